import type { EventName } from '../../engine/types.js'
import { buildRecord, type RecordContext } from './build-record.js'
import type { EvaluationRecord } from './types.js'

export interface FailedEvaluation extends Omit<RecordContext, 'release' | 'deployment' | 'durationMs'> {
  event: EventName
  /** What was to be judged, as far as it was known (`''` when not). */
  base?: string
  head?: string
  /** Why nothing could be judged: the message the user saw. */
  error: string
  /** A deployment that could not be judged was rejected (fail closed): the record says so. */
  deploymentRejected?: boolean
}

/**
 * The record of an evaluation that could not run at all (a configuration that does not parse, a
 * change that cannot be read, GitHub failing past its retries): outcome `error`, verdict `no-go`
 * (it never reads as GO), no checks, and the reason in `error`. Every front door writes one, so
 * that the board and the history show the failure instead of a gap.
 */
export function errorRecord(failed: FailedEvaluation): EvaluationRecord {
  const { event, base, head, error, deploymentRejected, ...context } = failed
  const record = buildRecord(
    {
      event,
      base: base ?? '',
      head: head ?? '',
      verdict: 'no-go',
      outcome: 'no-go',
      mode: 'enforce',
      blocking: [],
      checks: [],
      waivers: { applied: [], rejected: [] }
    },
    {
      ...context,
      durationMs: 0,
      ...(event === 'deployment' && deploymentRejected ? { deployment: { decision: 'rejected' } } : {})
    }
  )
  return {
    ...record,
    judged: 'Not judged: the evaluation could not run (see error).',
    outcome: 'error',
    error: error.slice(0, 4000)
  }
}
