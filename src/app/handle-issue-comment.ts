import type { Context } from 'probot'
import { COMMAND_PREFIX } from '../github/waiver-command.js'
import { jobContext } from './app-context.js'
import type { AppDeps } from './deps.js'
import { queuePullRequest } from './jobs.js'

/** `/release-readiness waive …` or `/release-readiness recheck` on its own line. */
const COMMAND = new RegExp(`^\\s*${COMMAND_PREFIX.replace('/', '\\/')}\\s+(waive|recheck)\\b`, 'm')

/**
 * A pull request comment with a command re-evaluates that pull request. Who may waive is decided
 * during the evaluation (the shared waiver code reads every comment), so a refused waiver is
 * reported with its reason.
 */
export function handleIssueComment(deps: AppDeps) {
  return async (context: Context<'issue_comment.created'>): Promise<void> => {
    const { issue, comment } = context.payload
    if (!issue.pull_request) {
      context.log.info(`#${issue.number} is an issue, not a pull request; ignoring the comment.`)
      return
    }
    if (comment.user?.type === 'Bot') {
      context.log.info(`Comment by ${comment.user.login} (a bot); ignoring it.`)
      return
    }
    if (!COMMAND.test(comment.body ?? '')) {
      context.log.debug(`Comment on #${issue.number} has no ${COMMAND_PREFIX} command; ignoring it.`)
      return
    }
    if (issue.state === 'closed') {
      context.log.info(`Pull request #${issue.number} is closed, not evaluating.`)
      return
    }
    queuePullRequest(jobContext(context), deps, context.repo(), issue.number)
  }
}
