/** By default a pull request gets at most this many command-triggered evaluations per window. */
export const DEFAULT_RECHECKS_PER_WINDOW = 3
export const DEFAULT_RECHECK_WINDOW_MS = 5 * 60_000
/** Pull requests tracked at once; past this the oldest is forgotten (memory stays bounded). */
const MAX_TRACKED = 10_000

export type RecheckDecision = { allowed: true } | { allowed: false; retryAtMs: number }

/**
 * Counts command-triggered evaluations (`/release-readiness recheck`, `waive`) per pull request in
 * a sliding window, so that comments cannot spend the installation's API budget: past the limit,
 * `take` says when the window opens again.
 */
export class RecheckLimiter {
  private readonly taken = new Map<string, number[]>()
  private readonly scheduled = new Map<string, NodeJS.Timeout>()

  constructor(
    readonly limit = DEFAULT_RECHECKS_PER_WINDOW,
    readonly windowMs = DEFAULT_RECHECK_WINDOW_MS,
    private readonly now: () => number = Date.now
  ) {}

  take(key: string): RecheckDecision {
    const now = this.now()
    const recent = (this.taken.get(key) ?? []).filter((at) => at > now - this.windowMs)
    this.taken.delete(key)
    if (recent.length >= this.limit) {
      this.taken.set(key, recent)
      return { allowed: false, retryAtMs: recent[0]! + this.windowMs }
    }
    recent.push(now)
    this.taken.set(key, recent)
    if (this.taken.size > MAX_TRACKED) this.taken.delete(this.taken.keys().next().value!)
    return { allowed: true }
  }

  /**
   * Runs `run` once at `atMs` for `key` (taking a turn then); false when one is scheduled already
   * (the later command joins it).
   */
  defer(key: string, atMs: number, run: () => void): boolean {
    if (this.scheduled.has(key)) return false
    const timer = setTimeout(
      () => {
        this.scheduled.delete(key)
        this.take(key)
        run()
      },
      Math.max(0, atMs - this.now())
    )
    timer.unref()
    this.scheduled.set(key, timer)
    return true
  }

  /** Cancels every scheduled evaluation (shutdown); returns how many there were. */
  cancelAll(): number {
    for (const timer of this.scheduled.values()) clearTimeout(timer)
    const n = this.scheduled.size
    this.scheduled.clear()
    return n
  }
}
