import type { Context } from 'probot'
import { jobContext } from './app-context.js'
import type { AppDeps } from './deps.js'
import { deploymentAnswer, type DeploymentAnswer } from './deployment-answer.js'
import { reportDeployment } from './jobs.js'
import { apiClient } from './api-client.js'

/** The workflow run id, from `…/actions/runs/{run_id}/deployment_protection_rule`. */
export function runIdFromCallbackUrl(url: string | undefined): number | undefined {
  const match = /\/actions\/runs\/(\d+)\/deployment_protection_rule\/?(?:\?.*)?$/.exec(url ?? '')
  return match ? Number(match[1]) : undefined
}

/**
 * A deployment to a protected environment waits for us: evaluate the exact SHA and approve or
 * reject it. Always answers: a bad configuration, an error or the deadline reject it (fail closed).
 * The deadline starts when the webhook arrives, so time spent waiting in the queue counts too.
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
    let answered = false
    const answer = async (reply: DeploymentAnswer): Promise<void> => {
      if (answered) return
      answered = true
      job.log.info(`Deployment of ${sha ?? '?'} to ${environment}: ${reply.state}.`)
      const client = await apiClient(job.octokit, deps, job.log)
      await client.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule', {
        ...repo,
        run_id: runId,
        environment_name: environment,
        state: reply.state,
        comment: reply.comment
      })
    }
    const report = (error: unknown): void =>
      job.log.error(`Could not answer the deployment protection rule: ${(error as Error).message}`)
    if (!sha) {
      await answer({
        state: 'rejected',
        comment: 'Release readiness: the event names no deployment SHA to evaluate (rejected: fail closed).'
      }).catch(report)
      return
    }
    const timer = setTimeout(
      () =>
        void answer(
          deploymentAnswer({ kind: 'timeout', ms: deps.deploymentTimeoutMs }, { sha, environment })
        ).catch(report),
      deps.deploymentTimeoutMs
    )
    deps.queue.push({
      key: `${repo.owner}/${repo.repo}:deploy:${runId}:${environment}`,
      supersedable: false,
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
        clearTimeout(timer)
        await answer(reply).catch(report)
      }
    })
  }
}
