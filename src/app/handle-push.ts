import type { Context } from 'probot'
import { CONFIG_PATH } from '../engine/config.js'
import { jobContext } from './app-context.js'
import type { AppDeps } from './deps.js'
import { queuePullRequest } from './jobs.js'
import { apiClient } from './api-client.js'

/** Paths a push changed, from its commits (GitHub lists up to 20 commits in the payload). */
function changedPaths(commits: { added?: string[]; modified?: string[]; removed?: string[] }[]): Set<string> {
  return new Set(commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])]))
}

/**
 * The configuration changed on the default branch: re-evaluate the open pull requests that target
 * it (at most `maxPullsOnConfigChange` of them, most recently updated first).
 */
export function handlePush(deps: AppDeps) {
  return async (context: Context<'push'>): Promise<void> => {
    const { ref, repository, commits } = context.payload
    const branch = repository.default_branch
    if (ref !== `refs/heads/${branch}`) {
      context.log.debug(`Push to ${ref}, not to the default branch; nothing to re-evaluate.`)
      return
    }
    if (!changedPaths(commits ?? []).has(CONFIG_PATH)) {
      context.log.debug(`Push to ${branch} does not change ${CONFIG_PATH}; nothing to re-evaluate.`)
      return
    }
    const job = jobContext(context)
    const repo = context.repo()
    deps.queue.push({
      key: `${repo.owner}/${repo.repo}:configuration`,
      run: async () => {
        const client = await apiClient(job.octokit, deps, job.log)
        const { data } = await client.request('GET /repos/{owner}/{repo}/pulls', {
          ...repo,
          state: 'open',
          base: branch,
          sort: 'updated',
          direction: 'desc',
          per_page: Math.min(100, deps.maxPullsOnConfigChange)
        })
        const pulls = data.slice(0, deps.maxPullsOnConfigChange)
        job.log.info(
          `${CONFIG_PATH} changed on ${branch}: re-evaluating ${pulls.length} open pull request(s).`
        )
        for (const pull of pulls) queuePullRequest(job, deps, repo, pull.number, pull)
      }
    })
  }
}
