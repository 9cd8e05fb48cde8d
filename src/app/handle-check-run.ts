import type { Context } from 'probot'
import { jobContext } from './app-context.js'
import { CHECK_NAME, RERUN_ACTION, isOurCheckRunName, subjectOf } from './check-run.js'
import type { AppDeps } from './deps.js'
import {
  queuePullRequest,
  queueRelease,
  queueTask,
  taskOrigin,
  type JobContext,
  type RepoFullName
} from './jobs.js'

/** At most this many pull requests are re-evaluated for one re-requested check suite. */
const MAX_SUITE_PULLS = 10

interface RunLike {
  name: string
  head_sha: string
  external_id: string | null
  pull_requests: { number: number }[]
}

/**
 * Re-evaluates what a check run was about, from its `external_id` (the server keeps no state): a
 * pull request's run re-judges the pull request, a release's the release, a deployment's the
 * deployment of its commit to its environment.
 */
async function rerun(
  job: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  run: RunLike,
  htmlUrl?: string
): Promise<void> {
  const subject = subjectOf(run.external_id)
  const kind = subject?.kind
  const value = subject?.value ?? ''
  if (kind === 'pull_request' && /^\d+$/.test(value)) return queuePullRequest(job, deps, repo, Number(value))
  if (kind === 'release') return queueRelease(job, deps, repo, value, undefined, htmlUrl)
  if (kind === 'deployment') {
    return queueTask(job, deps, {
      kind: 'deployment_check',
      ...taskOrigin(job, repo),
      sha: run.head_sha,
      environment: value
    })
  }
  // Only the pull request's run may stand for its pull requests: a release's or deployment's never does.
  const pull = run.name === CHECK_NAME ? run.pull_requests[0] : undefined
  if (pull) return queuePullRequest(job, deps, repo, pull.number)
  job.log.info(
    `Check run on ${run.head_sha} names nothing to re-evaluate (external_id "${run.external_id}").`
  )
}

export const CHECK_RUN_EVENTS = ['check_run.rerequested', 'check_run.requested_action'] as const

/** "Re-run" on our check run, or its button: evaluate the same change again. */
export function handleCheckRun(deps: AppDeps) {
  return async (context: Context<'check_run.rerequested' | 'check_run.requested_action'>): Promise<void> => {
    const { check_run: run } = context.payload
    if (!isOurCheckRunName(run.name)) {
      context.log.debug(`Check run "${run.name}" is not ours; ignoring it.`)
      return
    }
    if (context.payload.action === 'requested_action') {
      const identifier = (context.payload as { requested_action?: { identifier?: string } }).requested_action
        ?.identifier
      if (identifier !== RERUN_ACTION.identifier) {
        context.log.info(`Unknown check run action "${identifier}"; ignoring it.`)
        return
      }
    }
    await rerun(jobContext(context), deps, context.repo(), run, context.payload.repository.html_url)
  }
}

/** "Re-run all checks" on a suite: re-evaluate its pull requests. */
export function handleCheckSuite(deps: AppDeps) {
  return async (context: Context<'check_suite.rerequested'>): Promise<void> => {
    const suite = context.payload.check_suite
    const pulls = (suite.pull_requests ?? []).slice(0, MAX_SUITE_PULLS)
    if (pulls.length === 0) {
      context.log.info(`Check suite on ${suite.head_sha} has no pull request; nothing to re-evaluate.`)
      return
    }
    const job = jobContext(context)
    for (const pull of pulls) await queuePullRequest(job, deps, context.repo(), pull.number)
  }
}
