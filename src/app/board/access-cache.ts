import { createHash } from 'node:crypto'

/**
 * Which repositories a token may read, remembered briefly (GitHub is asked again after `ttlMs`),
 * keyed by a hash of the token so that no token is kept in memory as a key. Bounded in size.
 */
export class AccessCache {
  private readonly entries = new Map<string, { repos: string[]; expires: number }>()

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000
  ) {}

  async get(token: string, load: () => Promise<string[]>): Promise<string[]> {
    const key = createHash('sha256').update(token).digest('base64url')
    const hit = this.entries.get(key)
    if (hit && hit.expires > this.now()) return hit.repos
    const repos = await load()
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, { repos, expires: this.now() + this.ttlMs })
    return repos
  }

  forget(token: string): void {
    this.entries.delete(createHash('sha256').update(token).digest('base64url'))
  }
}
