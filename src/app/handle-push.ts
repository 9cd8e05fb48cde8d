import type { Context } from 'probot'
import { CONFIG_PATH } from '../engine/config.js'
import { jobContext } from './app-context.js'
import type { AppDeps } from './deps.js'
import { queueTask, taskOrigin } from './jobs.js'

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
    await queueTask(job, deps, { kind: 'configuration', ...taskOrigin(job, context.repo()), branch })
  }
}
