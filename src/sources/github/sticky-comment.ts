import { statusOf, type GitHubClient } from './client.js'
import type { Report } from '../../engine/types.js'
import type { IssueComment, PullRef } from './issue-comments.js'

/** Hidden marker that identifies our one comment on a pull request. */
export const STICKY_MARKER = '<!-- release-readiness:sticky-comment -->'

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_LENGTH = 65536

export type StickyResult =
  | { action: 'created' | 'updated'; id: number; url?: string }
  | { action: 'unchanged'; id: number }
  | { action: 'skipped'; reason: string }
  | { action: 'forbidden'; status: number }

/**
 * Our comment among `comments`: the oldest written by a bot account (this App's `…[bot]` user, or
 * `github-actions[bot]` for the Action) whose body starts with the marker. A person who pastes the
 * marker into a comment of their own does not get it edited, nor hides the real report behind it.
 * With `author`, only that login counts.
 */
export function findStickyComment(comments: IssueComment[], author?: string): IssueComment | undefined {
  return comments.find(
    (c) =>
      c.user?.type === 'Bot' &&
      (author === undefined || c.user.login === author) &&
      c.body?.trimStart().startsWith(STICKY_MARKER)
  )
}

/**
 * The comment body: the marker, then (once everything is green) a "resolved" line, then the
 * report. The marker comes first so that `findStickyComment` finds it.
 */
export function stickyBody(
  reportMarkdown: string,
  options: { resolved: boolean; blocking?: boolean }
): string {
  const head = options.resolved ? '> [!NOTE]\n> Resolved: every check passes now.\n\n' : ''
  const foot = options.blocking ? `\n\n${WAIVE_HINT}` : ''
  return `${STICKY_MARKER}\n${head}${reportMarkdown}${foot}`.slice(0, MAX_COMMENT_LENGTH)
}

/** Shown under a blocking report: how to ask for a waiver. */
export const WAIVE_HINT =
  '<sub>Cannot fix it in this pull request? Someone allowed to grant waivers (by default: maintain or admin permission; ' +
  'never the author) can comment `/release-readiness waive <check-id> <reason>`.</sub>'

/**
 * Creates or updates our one comment. With `createIfMissing: false` (everything green and no
 * comment yet) nothing is posted. A 403 (a fork pull request's read-only token, or a token without
 * `pull-requests: write`) is returned as `forbidden`, not thrown: the caller reports it and goes on.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  pull: PullRef,
  comments: IssueComment[],
  body: string,
  options: { createIfMissing: boolean; author?: string }
): Promise<StickyResult> {
  const existing = findStickyComment(comments, options.author)
  try {
    if (existing) {
      if (existing.body === body) return { action: 'unchanged', id: existing.id }
      const { data } = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: pull.owner,
        repo: pull.repo,
        comment_id: existing.id,
        body
      })
      return { action: 'updated', id: Number(data.id), url: data.html_url }
    }
    if (!options.createIfMissing)
      return { action: 'skipped', reason: 'every check passes and there is no earlier comment to update' }
    const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: pull.owner,
      repo: pull.repo,
      issue_number: pull.number,
      body
    })
    return { action: 'created', id: Number(data.id), url: data.html_url }
  } catch (error) {
    const status = statusOf(error)
    if (status === 403 || status === 401 || (status === 404 && !existing))
      return { action: 'forbidden', status }
    throw error
  }
}

/** Every check passed or was skipped, with no waiver: nothing to say on the pull request. */
export function allGreen(report: Report): boolean {
  return (
    report.verdict === 'go' &&
    report.checks.every((c) => c.status === 'pass' || c.status === 'skip') &&
    report.waivers.applied.length === 0
  )
}

/**
 * The report as our one pull request comment: created when there is something to say (a failure,
 * a warning, a waiver), updated in place on every later evaluation, and marked resolved once all
 * is green. `markdown` is the rendered report (at most `MAX_COMMENT_LENGTH` less the marker and hint).
 */
export function publishReportComment(
  client: GitHubClient,
  pull: PullRef,
  comments: IssueComment[],
  report: Report,
  markdown: string
): Promise<StickyResult> {
  const green = allGreen(report)
  const body = stickyBody(markdown, { resolved: green, blocking: report.verdict === 'no-go' })
  return upsertStickyComment(client, pull, comments, body, { createIfMissing: !green })
}
