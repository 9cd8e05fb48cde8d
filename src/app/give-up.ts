import { apiClient } from './api-client.js'
import { completeCheckRun, startCheckRun } from './check-run.js'
import { resultFromError } from './check-run-result.js'
import type { AppDeps } from './deps.js'
import { deploymentAnswer } from './deployment-answer.js'
import { answerOnce } from './deployment-task.js'
import { commitOf, type JobContext } from './jobs.js'
import { failedRecord, keepRecord } from './keep-record.js'
import type { Task } from './tasks.js'

/** An error as a reason fit for GitHub: its first line, at most 300 characters (never a stack). */
export function reasonOf(error: Error): string {
  const line = (error.message || String(error)).split('\n')[0]!.trim()
  return line.length > 300 ? `${line.slice(0, 299)}…` : line
}

/**
 * A task whose every attempt failed (its queue retries spent) is left failed closed, never
 * waiting: a deployment protection rule request is rejected once (through the answer ledger: a
 * decision recorded earlier stands), a pull request's, release's or deployment's check run is
 * completed `failure` ("could not evaluate") and an evaluation record with outcome `error` is kept.
 * What cannot be written is thrown (the queue logs it); the check run is best effort after a
 * deployment's answer.
 */
export async function giveUpTask(
  task: Task,
  context: JobContext,
  deps: AppDeps,
  error: Error,
  attempts: number
): Promise<void> {
  const repo = { owner: task.owner, repo: task.repo }
  const reason = reasonOf(error)
  const message = `The evaluation could not complete: all ${attempts} attempt(s) failed. Last error: ${reason}`
  const conclude = async (externalId: string, sha: () => Promise<string>): Promise<void> => {
    const client = await apiClient(context.octokit, deps, context.log)
    const head = await sha()
    const run = await startCheckRun(client, repo, head, externalId)
    await completeCheckRun(client, repo, run, resultFromError(message))
    await keepRecord(deps.records, context.log, () =>
      failedRecord({ ...repo, externalId, headSha: head, error: message })
    )
  }
  switch (task.kind) {
    case 'deployment': {
      const target = { ...repo, runId: task.runId, environment: task.environment }
      const subject = { sha: task.sha, environment: task.environment }
      context.log.error(
        `[release-readiness] Rejecting the deployment of ${task.sha.slice(0, 7)} to ${task.environment} (run ${task.runId}): ${message}`
      )
      await answerOnce(
        context,
        deps,
        target,
        deploymentAnswer({ kind: 'exhausted', attempts, message: reason }, subject)
      )
      await conclude(`deployment:${task.environment}`.slice(0, 100), async () => task.sha).catch(
        (e: unknown) =>
          context.log.warn(
            `[release-readiness] Could not complete the deployment's check run: ${(e as Error).message}`
          )
      )
      return
    }
    case 'deployment_check':
      await conclude(`deployment:${task.environment}`.slice(0, 100), async () => task.sha)
      return
    case 'pull_request':
      await conclude(`pull_request:${task.number}`, async () => {
        const client = await apiClient(context.octokit, deps, context.log)
        const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
          ...repo,
          pull_number: task.number
        })
        return data.head.sha
      })
      return
    case 'release':
      await conclude(`release:${task.tag}`.slice(0, 100), async () =>
        commitOf(await apiClient(context.octokit, deps, context.log), repo, task.tag)
      )
      return
    case 'configuration':
    case 'workflow_run':
      // Nothing waits on these: the pull requests keep their own check runs, a link is only a link.
      return
  }
}
