import type { GitHubClient } from './client.js'
import { statusOf } from './client.js'
import type { PullRef } from './issue-comments.js'

/** The head a pull request had when a waiver was posted, or why it cannot be told. */
export type GrantHead = (postedAt: string) => Promise<{ head: string } | { why: string }>

/** Commits looked at, newest first, before giving up: a bound on API calls. */
const MAX_HEADS = 6

/**
 * Finds the head a pull request had at a given time from what GitHub itself recorded: the newest
 * of its commits whose first check suite (created by GitHub when the commit was pushed) is older
 * than the comment. Commit dates are not used: an author can set them to anything. One
 * `GET /pulls/{n}/commits` per evaluation, then one `GET /commits/{sha}/check-suites` per head
 * looked at (usually one: the current head). A read that fails answers `why` (fail closed).
 */
export function pullRequestGrantHead(client: GitHubClient, pull: PullRef, head: string): GrantHead {
  const repo = { owner: pull.owner, repo: pull.repo }
  let heads: Promise<string[]> | undefined
  const pushedAt = new Map<string, Promise<string | undefined>>()
  const candidates = (): Promise<string[]> =>
    (heads ??= client
      .request('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
        ...repo,
        pull_number: pull.number,
        per_page: 100
      })
      .then(({ data }) => {
        const shas = data.map((c) => c.sha).reverse()
        return [head, ...shas.filter((sha) => sha !== head)].slice(0, MAX_HEADS)
      }))
  const firstSuite = (sha: string): Promise<string | undefined> => {
    let read = pushedAt.get(sha)
    if (!read) {
      read = client
        .request('GET /repos/{owner}/{repo}/commits/{ref}/check-suites', { ...repo, ref: sha, per_page: 100 })
        .then(
          ({ data }) =>
            data.check_suites
              .map((s) => s.created_at)
              .filter((t): t is string => typeof t === 'string')
              .sort()[0]
        )
      pushedAt.set(sha, read)
    }
    return read
  }
  return async (postedAt) => {
    try {
      for (const sha of await candidates()) {
        const pushed = await firstSuite(sha)
        if (pushed !== undefined && Date.parse(pushed) <= Date.parse(postedAt)) return { head: sha }
      }
      return {
        why: `none of the ${MAX_HEADS} newest commits of the pull request was pushed before it, as far as its check suites show`
      }
    } catch (error) {
      const status = statusOf(error)
      return {
        why:
          status === 403 || status === 401
            ? 'the token cannot read check suites (it needs "Checks: read")'
            : `the pull request's commits could not be read (${error instanceof Error ? error.message : String(error)})`
      }
    }
  }
}
