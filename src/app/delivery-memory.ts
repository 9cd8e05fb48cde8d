/** How long, and how many, delivery ids are remembered by default. */
export const DELIVERY_MEMORY_MS = 24 * 3_600_000
export const DELIVERY_MEMORY_SIZE = 50_000

/**
 * The delivery ids (`x-github-delivery`) this server accepted lately, so that a replayed delivery
 * is not judged twice. Bounded both ways: an id is forgotten after `ttlMs`, and past `size` ids the
 * oldest goes first (about 100 bytes each). In memory, per server instance.
 */
export class DeliveryMemory {
  private readonly seen = new Map<string, number>()

  constructor(
    private readonly ttlMs = DELIVERY_MEMORY_MS,
    private readonly size = DELIVERY_MEMORY_SIZE,
    private readonly now: () => number = Date.now
  ) {}

  /** Records `id`; false when it was seen within the window (a replay). */
  remember(id: string): boolean {
    const now = this.now()
    for (const [old, at] of this.seen) {
      if (at > now - this.ttlMs) break
      this.seen.delete(old)
    }
    if (this.seen.has(id)) return false
    this.seen.set(id, now)
    if (this.seen.size > this.size) this.seen.delete(this.seen.keys().next().value!)
    return true
  }

  /** Forgets `id`: its handling failed, so GitHub's redelivery must be judged. */
  forget(id: string): void {
    this.seen.delete(id)
  }

  get count(): number {
    return this.seen.size
  }
}
