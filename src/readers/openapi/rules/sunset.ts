/**
 * How long a deprecated operation or parameter must stay before its sunset, in days, by the
 * operation's `x-stability-level` (no level counts as `stable`). `deprecation: { stable: 180, beta: 31 }`.
 */
export interface DeprecationPolicy {
  stable?: number
  beta?: number
  alpha?: number
  draft?: number
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Whether `sunset` is a date: `undefined` when absent, NaN when it does not parse. */
export function sunsetTime(sunset: string | undefined): number | undefined {
  return sunset === undefined ? undefined : Date.parse(sunset)
}

/** The days the policy requires for an operation of this stability, or undefined when it requires none. */
export function requiredDays(
  policy: DeprecationPolicy | undefined,
  stability: string | undefined
): number | undefined {
  if (!policy) return undefined
  const level = stability === 'beta' || stability === 'alpha' || stability === 'draft' ? stability : 'stable'
  return policy[level]
}

/**
 * What the policy says about a deprecation announced now with `sunset`: `missing` (no date),
 * `too-small` (earlier than now + the required days), or undefined (fine, no policy, or not a date:
 * the parse rules report that).
 */
export function policyProblem(
  policy: DeprecationPolicy | undefined,
  stability: string | undefined,
  sunset: string | undefined,
  now: Date
): { problem: 'missing' | 'too-small'; days: number } | undefined {
  const days = requiredDays(policy, stability)
  if (days === undefined) return undefined
  const at = sunsetTime(sunset)
  if (at === undefined) return { problem: 'missing', days }
  if (!Number.isNaN(at) && at < now.getTime() + days * DAY_MS) return { problem: 'too-small', days }
  return undefined
}
