import type { MergedPullRequest, PullRequestInfo, PullRequestInfoProvider } from '../pull-request-types.js'
import type { Check } from '../../engine/types.js'
import type { GitHubClient } from './client.js'
import { listIssueComments } from './issue-comments.js'
import { githubWaiverAuthority } from './waiver-authority.js'
import { collectWaivers } from './waivers.js'

export type PullRequestWaivers = Pick<PullRequestInfo, 'waivers' | 'rejectedWaivers'>

export interface PullRequestWaiverOptions {
  owner: string
  repo: string
  /** `waivers.allowed` from the configuration; empty means "maintain or admin". */
  allowed: string[]
  /** The registered checks: what a waiver may name. */
  checks: readonly Check[]
}

/**
 * The waiver comments (`/release-readiness waive …`) of a merged pull request, decided exactly as
 * on the pull request itself (`collectWaivers`): one `GET /issues/{n}/comments` per 100 comments,
 * and one permission look-up per distinct commenter with a waiver command, cached across pull
 * requests. This is the `waivers(pr, author)` seam of `GitHubPullRequestInfo`.
 */
export function pullRequestWaivers(
  client: GitHubClient,
  options: PullRequestWaiverOptions
): (pr: Pick<MergedPullRequest, 'number'>, author: string | undefined) => Promise<PullRequestWaivers> {
  const repo = { owner: options.owner, repo: options.repo }
  const authority = githubWaiverAuthority(client, repo)
  return async (pr, author) => {
    const comments = await listIssueComments(client, { ...repo, number: pr.number })
    const set = await collectWaivers(
      comments,
      { ...(author ? { prAuthor: author } : {}), allowed: options.allowed, checks: options.checks },
      authority
    )
    return { waivers: set.waivers, rejectedWaivers: set.rejected }
  }
}

/**
 * An info provider that adds only the waiver comments, for pull requests whose title, body,
 * author and labels already came from the API (`GitHubPullRequestFinder`).
 */
export function waiverInfoProvider(read: ReturnType<typeof pullRequestWaivers>): PullRequestInfoProvider {
  return { describe: (pr) => read(pr, pr.author) }
}
