/**
 * The deployment protection rule requests this server has taken and not yet answered. On shutdown
 * every one still here is rejected with a reason, so no deployment waits for an answer that will
 * never come (GitHub would wait up to 30 days).
 */
export class PendingDeployments {
  private readonly pending = new Map<string, (comment: string, untilMs: number) => Promise<void>>()

  /** `reject` answers the request `rejected` with `comment`, retrying until `untilMs` (epoch ms). */
  add(key: string, reject: (comment: string, untilMs: number) => Promise<void>): void {
    this.pending.set(key, reject)
  }

  delete(key: string): void {
    this.pending.delete(key)
  }

  get size(): number {
    return this.pending.size
  }

  /** Rejects every pending request with `comment` (all at once); resolves when all were tried. */
  async rejectAll(comment: string, untilMs: number): Promise<number> {
    const all = [...this.pending.values()]
    this.pending.clear()
    await Promise.all(all.map((reject) => reject(comment, untilMs).catch(() => undefined)))
    return all.length
  }
}
