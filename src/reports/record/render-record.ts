import type { EvaluationRecord } from './types.js'

/** A record as written to a file or stdout: indented JSON and a final newline. */
export function renderRecord(record: EvaluationRecord): string {
  return JSON.stringify(record, null, 2) + '\n'
}
