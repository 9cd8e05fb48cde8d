import type { Logger } from '../engine/types.js'
import { isTransient, statusOf } from '../sources/github/client.js'
import { rateLimitDelayMs } from '../sources/github/rate-limit.js'
import { apiClient, type ProbotOctokitLike } from './api-client.js'
import type { AppDeps } from './deps.js'
import type { DeploymentAnswer } from './deployment-answer.js'

/** The longest pause between two tries of an answer (unless GitHub's `retry-after` asks for more). */
export const MAX_ANSWER_BACKOFF_MS = 30_000

export interface AnswerTarget {
  owner: string
  repo: string
  runId: number
  environment: string
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Posts a deployment protection rule answer, and keeps trying while GitHub fails (5xx, network)
 * or rate-limits us (403 or 429 with `retry-after`, which is honoured): the pause doubles from
 * `deps.retry.delayMs` up to MAX_ANSWER_BACKOFF_MS, and no try starts after `untilMs`. A refusal
 * that will not change (404: the run is gone; 422: answered already) is not retried. Returns
 * whether GitHub took the answer; every failure is logged with the reason.
 */
export async function postDeploymentAnswer(
  octokit: ProbotOctokitLike,
  deps: AppDeps,
  log: Logger,
  target: AnswerTarget,
  reply: DeploymentAnswer,
  untilMs: number
): Promise<boolean> {
  const what = `the answer (${reply.state}) to run ${target.runId} for ${target.environment}`
  // One try per loop turn: the shared client's own retries are off, the pacing is here.
  const once = { ...deps, retry: { retries: 0, delayMs: 0 } }
  for (let attempt = 0; ; attempt++) {
    try {
      const client = await apiClient(octokit, once, log)
      await client.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule', {
        owner: target.owner,
        repo: target.repo,
        run_id: target.runId,
        environment_name: target.environment,
        state: reply.state,
        comment: reply.comment
      })
      if (attempt > 0) log.info(`[release-readiness] GitHub took ${what} on try ${attempt + 1}.`)
      return true
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause ?? error
      const status = statusOf(cause)
      if (!isTransient(cause)) {
        log.error(
          `[release-readiness] GitHub refused ${what}: HTTP ${status} (${(cause as Error).message}); not retrying.`
        )
        return false
      }
      const backoff = Math.min(MAX_ANSWER_BACKOFF_MS, Math.max(1, deps.retry.delayMs ?? 500) * 2 ** attempt)
      const wait = Math.max(backoff, rateLimitDelayMs(cause) ?? 0)
      if (Date.now() + wait > untilMs) {
        log.error(
          `[release-readiness] Could not post ${what} after ${attempt + 1} tries (last: ${status ?? 'network error'}); ` +
            'the deadline passed. The deployment stays waiting: re-run its job.'
        )
        return false
      }
      log.warn(
        `[release-readiness] Posting ${what} failed (${status ?? 'network error'}); try ${attempt + 2} in ${wait} ms.`
      )
      await sleep(wait)
    }
  }
}
