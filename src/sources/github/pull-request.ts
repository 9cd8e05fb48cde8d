import type { Change } from '../../engine/types.js'
import type { GitHubClient } from './client.js'
import type { PullRef } from './issue-comments.js'

/** The fields of a pull request (webhook payload or REST response) that a Change needs. */
export interface PullRequestLike {
  number: number
  title: string
  body?: string | null
  user?: { login: string } | null
  labels?: ({ name?: string } | string)[]
  base: { sha: string; ref?: string }
  head: { sha: string; ref?: string; repo?: { full_name?: string } | null }
}

/** A pull request as the change to judge: its base SHA against its head SHA. Files come later. */
export function changeFromPullRequest(pr: PullRequestLike): Omit<Change, 'files'> {
  return {
    event: 'pull_request',
    base: pr.base.sha,
    head: pr.head.sha,
    title: pr.title,
    body: pr.body ?? '',
    labels: (pr.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    ...(pr.user?.login ? { author: pr.user.login } : {}),
    ...(pr.base.ref ? { baseBranch: pr.base.ref } : {}),
    number: pr.number
  }
}

/** Fetches a pull request (e.g. for an issue comment, whose payload has only the issue). */
export async function getPullRequest(client: GitHubClient, pull: PullRef): Promise<PullRequestLike> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: pull.owner,
    repo: pull.repo,
    pull_number: pull.number
  })
  return data as PullRequestLike
}

/** The pull request that brought `sha` in (merged first), for a deployment's title and body. */
export async function pullRequestForCommit(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  sha: string
): Promise<PullRequestLike | undefined> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
    ...repo,
    commit_sha: sha,
    per_page: 10
  })
  const pulls = data as (PullRequestLike & { merged_at?: string | null })[]
  return pulls.find((p) => p.merged_at) ?? pulls[0]
}
