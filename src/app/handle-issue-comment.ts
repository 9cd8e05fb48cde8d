import type { Context } from 'probot'
import { COMMAND_PREFIX, parseWaiverComment } from '../sources/github/waiver-command.js'
import { jobContext } from './app-context.js'
import type { AppDeps } from './deps.js'
import { queuePullRequest } from './jobs.js'

/** `/release-readiness waive …` or `/release-readiness recheck` on its own line. */
const COMMAND = new RegExp(`^\\s*${COMMAND_PREFIX.replace('/', '\\/')}\\s+(waive|recheck)\\b`, 'm')

/** The comment events that can change a pull request's waivers. */
export const ISSUE_COMMENT_EVENTS = [
  'issue_comment.created',
  'issue_comment.edited',
  'issue_comment.deleted'
] as const

type CommentEvent = (typeof ISSUE_COMMENT_EVENTS)[number]

/** Who may trigger an evaluation by comment, besides the pull request's author (GitHub's `author_association`). */
export const COMMAND_ASSOCIATIONS: readonly string[] = ['OWNER', 'MEMBER', 'COLLABORATOR']

/**
 * A pull request comment with a command re-evaluates that pull request, when it comes from the
 * repository's owner, an organization member, a collaborator or the pull request's author (anyone
 * else is ignored, and logged), and at most `deps.rechecks.limit` times per window per pull
 * request: past it, one evaluation is scheduled for when the window opens (later commands join
 * it), so the last word is still judged. Who may waive is decided during the evaluation (the
 * shared waiver code reads every comment), so a refused waiver is reported with its reason.
 * Editing or deleting a comment that has (or had) a waiver command re-evaluates too: the waiver is
 * withdrawn (an edited comment never grants one).
 */
export function handleIssueComment(deps: AppDeps) {
  return async (context: Context<CommentEvent>): Promise<void> => {
    const { issue, comment } = context.payload
    const action = context.payload.action
    if (!issue.pull_request) {
      context.log.info(`#${issue.number} is an issue, not a pull request; ignoring the comment.`)
      return
    }
    if (comment.user?.type === 'Bot') {
      context.log.info(`Comment by ${comment.user.login} (a bot); ignoring it.`)
      return
    }
    if (action === 'created' ? !COMMAND.test(comment.body ?? '') : !hadWaiver(context.payload)) {
      context.log.debug(`Comment on #${issue.number} has no ${COMMAND_PREFIX} command; ignoring it.`)
      return
    }
    const login = comment.user?.login ?? ''
    const isAuthor = login !== '' && login === issue.user?.login
    if (!isAuthor && !COMMAND_ASSOCIATIONS.includes(comment.author_association)) {
      context.log.info(
        `${COMMAND_PREFIX} command on #${issue.number} by ${login || '(unknown)'} ignored: ` +
          `only owners, members, collaborators and the pull request's author can run it (they are ${comment.author_association}).`
      )
      return
    }
    if (issue.state === 'closed') {
      context.log.info(`Pull request #${issue.number} is closed, not evaluating.`)
      return
    }
    const repo = context.repo()
    const key = `${repo.owner}/${repo.repo}#${issue.number}`
    const decision = deps.rechecks.take(key)
    if (decision.allowed) {
      await queuePullRequest(jobContext(context), deps, repo, issue.number)
      return
    }
    const at = new Date(decision.retryAtMs).toISOString()
    const job = jobContext(context)
    const scheduled = deps.rechecks.defer(key, decision.retryAtMs, () =>
      queuePullRequest(job, deps, repo, issue.number).catch((error: unknown) =>
        job.log.error(
          `[release-readiness] Could not queue the scheduled evaluation of #${issue.number}: ${(error as Error).message}`
        )
      )
    )
    context.log.info(
      `${COMMAND_PREFIX} command on #${issue.number} by ${login}: rate-limited (${deps.rechecks.limit} per ` +
        `${Math.round(deps.rechecks.windowMs / 1000)} s); ` +
        (scheduled
          ? `one evaluation is scheduled for ${at}.`
          : `it joins the evaluation scheduled for ${at}.`)
    )
  }
}

/** Whether an edited or deleted comment has or had a waiver command (before or after the edit). */
function hadWaiver(payload: {
  comment: { body?: string | null }
  changes?: { body?: { from?: string } }
}): boolean {
  return [payload.comment.body, payload.changes?.body?.from].some(
    (body) => typeof body === 'string' && parseWaiverComment(body).length > 0
  )
}
