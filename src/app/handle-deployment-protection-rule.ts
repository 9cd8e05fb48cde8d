import type { Context } from 'probot'
import { jobContext } from './app-context.js'
import type { AppDeps } from './deps.js'
import { deploymentAnswer, type DeploymentAnswer } from './deployment-answer.js'
import { answerOnce } from './deployment-task.js'
import { queueTask, reportDeployment, taskOrigin } from './jobs.js'
import { postDeploymentAnswer } from './post-deployment-answer.js'
import { PRIORITY_DEPLOYMENT } from './work-queue.js'

const NO_SHA: DeploymentAnswer = {
  state: 'rejected',
  comment: 'Release readiness: the event names no deployment SHA to evaluate (rejected: fail closed).'
}

/** The workflow run id, from `…/actions/runs/{run_id}/deployment_protection_rule`. */
export function runIdFromCallbackUrl(url: string | undefined): number | undefined {
  const match = /\/actions\/runs\/(\d+)\/deployment_protection_rule\/?(?:\?.*)?$/.exec(url ?? '')
  return match ? Number(match[1]) : undefined
}

/**
 * A deployment to a protected environment waits for us: evaluate the exact SHA and approve or
 * reject it. Always answers: a bad configuration, an error or the deadline reject it (fail closed).
 * The deadline starts when the webhook arrives, so time spent waiting in the queue counts too. The
 * work runs ahead of pull request work; posting the answer is retried (with back-off, honouring
 * `retry-after`) for up to the deadline's length again; a server that shuts down first rejects it
 * with the reason (see `PendingDeployments`). With the durable queue the request is stored as a
 * job instead, and answered exactly once by whichever instance runs it (`answerDeploymentTask`).
 */
export function handleDeploymentProtectionRule(deps: AppDeps) {
  return async (context: Context<'deployment_protection_rule.requested'>): Promise<void> => {
    const payload = context.payload
    const runId = runIdFromCallbackUrl(payload.deployment_callback_url)
    if (runId === undefined) {
      context.log.error(
        `deployment_callback_url "${payload.deployment_callback_url}" names no workflow run; cannot answer.`
      )
      return
    }
    const repo = context.repo()
    const environment = payload.environment ?? ''
    const sha = payload.deployment?.sha
    const job = jobContext(context)
    if (deps.queue.durable) {
      // Stored, then taken by any instance; answered once through the ledger (deployment-task.ts).
      if (!sha) {
        await answerOnce(job, deps, { ...repo, runId, environment }, NO_SHA)
        return
      }
      const deploymentId = payload.deployment?.id
      await queueTask(job, deps, {
        kind: 'deployment',
        ...taskOrigin(job, repo),
        runId,
        environment,
        sha,
        ...(deploymentId !== undefined ? { deploymentId } : {}),
        defaultBranch: payload.repository.default_branch,
        receivedAt: Date.now()
      })
      return
    }
    const key = `${repo.owner}/${repo.repo}:deploy:${runId}:${environment}`
    let answered = false
    const deadline: { timer?: NodeJS.Timeout } = {}
    const answer = async (
      reply: DeploymentAnswer,
      untilMs = Date.now() + deps.deploymentTimeoutMs
    ): Promise<void> => {
      if (answered) return
      answered = true
      clearTimeout(deadline.timer)
      deps.deployments.delete(key)
      job.log.info(`Deployment of ${sha ?? '?'} to ${environment}: ${reply.state}.`)
      await postDeploymentAnswer(job.octokit, deps, job.log, { ...repo, runId, environment }, reply, untilMs)
    }
    if (!sha) {
      await answer(NO_SHA)
      return
    }
    deadline.timer = setTimeout(
      () =>
        void answer(
          deploymentAnswer({ kind: 'timeout', ms: deps.deploymentTimeoutMs }, { sha, environment })
        ),
      deps.deploymentTimeoutMs
    )
    deps.deployments.add(key, (comment, untilMs) => answer({ state: 'rejected', comment }, untilMs))
    deps.queue.push({
      key,
      supersedable: false,
      priority: PRIORITY_DEPLOYMENT,
      run: async () => {
        if (answered) return
        let reply: DeploymentAnswer
        try {
          const deployment = {
            sha,
            environment,
            ...(payload.deployment?.id !== undefined ? { id: payload.deployment.id } : {}),
            defaultBranch: payload.repository.default_branch
          }
          reply = deploymentAnswer(await reportDeployment(job, deps, repo, deployment), { sha, environment })
        } catch (error) {
          reply = deploymentAnswer({ kind: 'error', message: (error as Error).message }, { sha, environment })
        }
        await answer(reply)
      }
    })
  }
}
