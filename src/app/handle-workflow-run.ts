import type { Context } from 'probot'
import { describeStats } from '../sources/github/client.js'
import { apiClient } from './api-client.js'
import { jobContext } from './app-context.js'
import type { AppDeps } from './deps.js'
import { linkReleaseReport } from './link-release-report.js'

/**
 * A workflow run finished: if it is the Action's run on a release, link the HTML page it uploaded
 * from the release's check run (the workflow usually finishes after the App has reported). Runs
 * of other events upload no release page, so they cost no API call.
 */
export function handleWorkflowRun(deps: AppDeps) {
  return async (context: Context<'workflow_run.completed'>): Promise<void> => {
    const run = context.payload.workflow_run
    if (run.event !== 'release') {
      context.log.debug(`Workflow run ${run.id} ran on "${run.event}", not a release; no report to link.`)
      return
    }
    const job = jobContext(context)
    const repo = context.repo()
    const repositoryUrl = context.payload.repository.html_url
    deps.queue.push({
      key: `${repo.owner}/${repo.repo}:workflow_run:${run.id}`,
      run: async () => {
        const client = await apiClient(job.octokit, deps, job.log)
        try {
          await linkReleaseReport(client, repo, { id: run.id, sha: run.head_sha, repositoryUrl }, job.log)
        } catch (error) {
          // Only a link is lost: the release's check run and its conclusion stay as they are.
          job.log.warn(
            `[release-readiness] Could not link the HTML report of workflow run ${run.id} (${(error as Error).message}). Re-run the Release readiness check run on ${run.head_sha} to link it.`
          )
        } finally {
          job.log.debug(describeStats(client))
        }
      }
    })
  }
}
