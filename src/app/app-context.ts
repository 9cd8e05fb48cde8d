import type { Logger } from '../engine/types.js'
import type { JobContext } from './jobs.js'
import type { ProbotOctokitLike } from './api-client.js'

/** The Probot context fields the jobs use, typed as ours (Probot's pino logger takes strings). */
export function jobContext(context: {
  octokit: unknown
  log: Logger
  id?: string
  payload?: unknown
}): JobContext {
  const log = context.log
  const installation = (context.payload as { installation?: { id?: unknown } } | undefined)?.installation?.id
  return {
    octokit: context.octokit as ProbotOctokitLike,
    ...(typeof installation === 'number' ? { installation } : {}),
    ...(context.id ? { delivery: context.id } : {}),
    log: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m)
    }
  }
}
