import type { GitHubClient } from './client.js'

export interface ReleaseLike {
  id?: number
  tag_name: string
  name?: string | null
  body?: string | null
  draft?: boolean
  prerelease?: boolean
  created_at?: string
  published_at?: string | null
}

/**
 * The release that `current` is measured against: the latest published release before it, other
 * than itself. A full release skips pre-releases, so `v2.0.0` is compared with `v1.9.0`, not with
 * `v2.0.0-rc.2`. Pure: `releases` is GitHub's list (any order).
 */
export function previousRelease(
  releases: ReleaseLike[],
  current: { tag?: string; prerelease?: boolean; publishedAt?: string }
): ReleaseLike | undefined {
  const when = (r: ReleaseLike): string => r.published_at ?? r.created_at ?? ''
  return releases
    .filter((r) => !r.draft && r.tag_name !== current.tag)
    .filter((r) => current.prerelease || !r.prerelease)
    .filter((r) => !current.publishedAt || when(r) <= current.publishedAt)
    .sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0))[0]
}

/** The repository's releases, newest first: one call (the 100 most recent are enough to find the previous one). */
export async function listReleases(
  client: GitHubClient,
  repo: { owner: string; repo: string }
): Promise<ReleaseLike[]> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/releases', { ...repo, per_page: 100 })
  return data as ReleaseLike[]
}
