import { statusOf, type GitHubClient } from './client.js'
import type { ReleaseLike } from './releases.js'

interface Repo {
  owner: string
  repo: string
}

/** How `head` relates to `base` in GitHub's comparison; `missing` when one of them does not exist. */
export type Ancestry = 'ahead' | 'behind' | 'identical' | 'diverged' | 'missing'

/**
 * One comparison, for its `status` only (one commit per page keeps the answer small): `behind`
 * means `head` is an ancestor of `base`. Only a 404 (an unknown ref) is `missing`; any other failure
 * throws.
 */
export async function ancestry(
  client: GitHubClient,
  repo: Repo,
  base: string,
  head: string
): Promise<Ancestry> {
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1
    })
    return data.status as Ancestry
  } catch (error) {
    if (statusOf(error) === 404) return 'missing'
    throw error
  }
}

/** Releases whose tag is compared with the commit at most: past them, no release counts as "before". */
export const MAX_RELEASES_COMPARED = 20

/**
 * Which release a commit is, or comes after: walks the published releases newest first and
 * compares each tag with `head`. `tagged` is a release whose tag points at `head` itself (a
 * pre-release too); `before` is the newest full release whose tag is an ancestor of `head`.
 * Stops at the first of either (one comparison per release looked at).
 */
export async function releaseOfCommit(
  client: GitHubClient,
  repo: Repo,
  releases: ReleaseLike[],
  head: string
): Promise<{ tagged?: ReleaseLike; before?: ReleaseLike; compared: number }> {
  const when = (r: ReleaseLike): string => r.published_at ?? r.created_at ?? ''
  const published = releases
    .filter((r) => !r.draft)
    .sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0))
    .slice(0, MAX_RELEASES_COMPARED)
  let compared = 0
  for (const release of published) {
    const status = await ancestry(client, repo, release.tag_name, head)
    compared++
    if (status === 'identical') return { tagged: release, compared }
    if (status === 'ahead' && !release.prerelease) return { before: release, compared }
  }
  return { compared }
}
