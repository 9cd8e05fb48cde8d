import type { Logger } from '../../engine/types.js'
import type { EvaluationRecord } from './types.js'

export interface PostRecordOptions {
  url: string
  record: EvaluationRecord
  log: Logger
  /** Sent as `authorization: Bearer …` when set. */
  token?: string
  /** Retries after the first try of a network error, 429 or 5xx (default 3). */
  retries?: number
  /** Delay before the first retry; doubles each time (default 1000 ms). */
  delayMs?: number
  /** Each try gives up after this long (default 10 s). */
  timeoutMs?: number
  fetch?: typeof fetch
}

export interface PostRecordResult {
  ok: boolean
  /** The last HTTP status, when there was an answer. */
  status?: number
  attempts: number
  /** Why it failed, in one sentence, when it did. */
  error?: string
}

/**
 * POSTs a record as JSON to a collector. Retries network errors, 429 and 5xx; a 4xx other than
 * 429 is final. Never throws: the caller reports a failure (the Action warns, it never fails the
 * gate for it) and the record is still in the artifact.
 */
export function postRecord(options: PostRecordOptions): Promise<PostRecordResult> {
  return postJson({ ...options, body: options.record })
}

/** POSTs any JSON body with the retries of `postRecord`; never throws. */
export async function postJson(
  options: Omit<PostRecordOptions, 'record'> & { body: unknown }
): Promise<PostRecordResult> {
  const send = options.fetch ?? fetch
  const retries = options.retries ?? 3
  let delay = options.delayMs ?? 1000
  let last: PostRecordResult = { ok: false, attempts: 0 }
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    try {
      const response = await send(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'release-readiness',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {})
        },
        body: JSON.stringify(options.body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000)
      })
      await response.arrayBuffer().catch(() => undefined)
      if (response.ok) return { ok: true, status: response.status, attempts: attempt }
      last = { ok: false, status: response.status, attempts: attempt, error: `HTTP ${response.status}` }
      if (response.status !== 429 && response.status < 500) return last
    } catch (error) {
      last = { ok: false, attempts: attempt, error: (error as Error).message }
    }
    if (attempt <= retries) {
      options.log.debug(`[release-readiness] POST failed (${last.error}); retrying in ${delay} ms`)
      await new Promise((resolve) => setTimeout(resolve, delay))
      delay *= 2
    }
  }
  return last
}
