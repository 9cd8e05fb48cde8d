import type { Context } from 'probot'
import { jobContext } from './app-context.js'
import type { AppDeps } from './deps.js'
import { queueTask, taskOrigin } from './jobs.js'

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
    await queueTask(job, deps, {
      kind: 'workflow_run',
      ...taskOrigin(job, context.repo()),
      runId: run.id,
      headSha: run.head_sha,
      repositoryUrl: context.payload.repository.html_url
    })
  }
}
