import type { Context } from 'probot'
import { jobContext } from './app-context.js'
import type { AppDeps } from './deps.js'
import { queuePullRequest } from './jobs.js'

export const PULL_REQUEST_EVENTS = [
  'pull_request.opened',
  'pull_request.reopened',
  'pull_request.synchronize',
  'pull_request.edited',
  'pull_request.labeled',
  'pull_request.unlabeled',
  'pull_request.ready_for_review'
] as const

/** A pull request changed: evaluate its head (in the background; the webhook is answered at once). */
export function handlePullRequest(deps: AppDeps) {
  return async (context: Context<'pull_request'>): Promise<void> => {
    const pr = context.payload.pull_request
    if (pr.state === 'closed') {
      context.log.info(`Pull request #${pr.number} is closed, not evaluating.`)
      return
    }
    await queuePullRequest(jobContext(context), deps, context.repo(), pr.number, pr)
  }
}
