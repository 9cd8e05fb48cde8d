import type { GitHubClient } from './client.js'

const stable = (value: Record<string, unknown> | undefined): string =>
  JSON.stringify(Object.entries(value ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

/**
 * `client`, answering repeated requests of one read-only `route` with the same parameters from
 * memory for as long as it lives (one evaluation). The release report reads the range's comparison
 * twice, once for its files and once for its commits: this makes that one call per page. Failed
 * requests are not kept. The call counts stay `client`'s own.
 */
export function memoizeRoute(client: GitHubClient, route: string): GitHubClient {
  const cache = new Map<string, Promise<unknown>>()
  const request = (r: string, parameters?: Record<string, unknown>): Promise<unknown> => {
    const send = client.request as (r: string, p?: Record<string, unknown>) => Promise<unknown>
    if (r !== route) return send(r, parameters)
    const key = stable(parameters)
    let hit = cache.get(key)
    if (!hit) {
      hit = send(r, parameters)
      cache.set(key, hit)
      hit.catch(() => cache.delete(key))
    }
    return hit
  }
  return { request: request as unknown as GitHubClient['request'], stats: client.stats }
}
