/** `2026-12-31`: a calendar day (UTC). */
const DATE = /^\d{4}-\d{2}-\d{2}$/
/** `v1.6.0`, `1.6`, `v2`: a release version (a pre-release suffix is ignored for ordering). */
const VERSION = /^v?\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?$/

/** Why `until` cannot be an expiry, or undefined when it is a date or a version. */
export function untilProblem(until: string): string | undefined {
  if (DATE.test(until)) {
    return Number.isNaN(Date.parse(`${until}T00:00:00Z`)) ? `"${until}" is not a calendar date` : undefined
  }
  if (VERSION.test(until)) return undefined
  return `"${until}" is neither a date (2026-12-31) nor a release version (v1.6.0)`
}

/**
 * Why a waiver valid `until` has expired for this evaluation, or undefined while it holds. A date
 * holds through that day (UTC); a version holds while the release being judged (if any) is not
 * newer than it. Without a release (a pull request), a version expiry still holds.
 */
export function expiredReason(until: string, now: Date, release: string | undefined): string | undefined {
  const problem = untilProblem(until)
  if (problem) return `its expiry ${problem}; grant it again with a valid one`
  if (DATE.test(until)) {
    const end = Date.parse(`${until}T00:00:00Z`) + 24 * 60 * 60 * 1000
    return now.getTime() >= end ? `it expired at the end of ${until} (UTC)` : undefined
  }
  if (release && VERSION.test(release) && compareVersions(release, until) > 0) {
    return `it was granted until ${until}, and this is ${release}`
  }
  return undefined
}

/** Compares `v1.10.0` and `1.9` numerically; missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string): number[] =>
    v
      .replace(/^v/, '')
      .split(/[-+]/)[0]!
      .split('.')
      .map((n) => Number(n))
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}
