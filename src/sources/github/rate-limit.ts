/** The longest `retry-after` an evaluation waits out; past it the call fails (not a GO). */
export const MAX_RETRY_AFTER_MS = 60_000

function headerOf(error: unknown, name: string): string | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers
  const value = headers?.[name]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/**
 * How long GitHub asks us to wait before trying again, in milliseconds, when `error` is a rate
 * limit; `undefined` otherwise. Secondary rate limits answer 403 or 429 with `retry-after`
 * (seconds) and a message naming the secondary rate limit; the primary limit answers 403 or 429 with
 * `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch seconds). A plain 403 (no permission)
 * is not a rate limit.
 */
export function rateLimitDelayMs(error: unknown, now = Date.now()): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  if (status !== 403 && status !== 429) return undefined
  const retryAfter = headerOf(error, 'retry-after')
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Math.max(0, date - now)
  }
  if (headerOf(error, 'x-ratelimit-remaining') === '0') {
    const reset = Number(headerOf(error, 'x-ratelimit-reset'))
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now)
  }
  const message = String((error as { message?: unknown } | null)?.message ?? '')
  if (/secondary rate limit/i.test(message)) return 60_000
  return status === 429 ? 0 : undefined
}
