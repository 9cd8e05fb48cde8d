import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { UserError } from '../../engine/errors.js'
import { buildRecordSchema } from './record-schema.js'
import { RECORD_SCHEMA_VERSION, type EvaluationRecord } from './types.js'

const validators: { fast?: ValidateFunction; full?: ValidateFunction } = {}

/** `fast` stops at the first problem (most records are valid); `full` lists them all for the message. */
function validator(kind: 'fast' | 'full'): ValidateFunction {
  let validate = validators[kind]
  if (!validate) {
    const ajv = new Ajv({ allErrors: kind === 'full', strict: false })
    ajv.addFormat('date-time', {
      type: 'string',
      validate: (text: string) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) &&
        !Number.isNaN(Date.parse(text))
    })
    validate = validators[kind] = ajv.compile(buildRecordSchema())
  }
  return validate
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(the record)'
  if (error.keyword === 'required')
    return `${where} is missing "${(error.params as { missingProperty: string }).missingProperty}"`
  if (error.keyword === 'enum')
    return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
  return `${where} ${error.message ?? 'is invalid'}`
}

/** The record's problems against the published schema; empty when it is valid. */
export function recordProblems(value: unknown): string[] {
  if (validator('fast')(value)) return []
  const check = validator('full')
  check(value)
  return (check.errors ?? []).slice(0, 5).map(describe)
}

/**
 * One record from a file's text (a record, or a release report JSON that carries one as
 * `record`). Throws a UserError naming the file and what is wrong.
 */
export function parseRecord(text: string, file: string): EvaluationRecord {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UserError(`${file} is not JSON (${(error as Error).message}). Records are JSON files.`)
  }
  if (value && typeof value === 'object' && 'record' in value && !('schemaVersion' in value))
    value = (value as { record: unknown }).record
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion
  if (version !== undefined && version !== RECORD_SCHEMA_VERSION) {
    throw new UserError(
      `${file} is a version ${String(version)} record; this release-readiness reads version ${RECORD_SCHEMA_VERSION}. Upgrade release-readiness to read it.`
    )
  }
  const problems = recordProblems(value)
  if (problems.length > 0) {
    throw new UserError(
      `${file} is not an evaluation record (schema/evaluation-record.schema.json): ${problems.join('; ')}. Write records with "release-readiness check --format json".`
    )
  }
  return value as EvaluationRecord
}
