import type { Logger } from '../engine/types.js'
import type { JobContext } from './jobs.js'
import type { ProbotOctokitLike } from './api-client.js'

/** The Probot context fields the jobs use, typed as ours (Probot's pino logger takes strings). */
export function jobContext(context: { octokit: unknown; log: Logger }): JobContext {
  const log = context.log
  return {
    octokit: context.octokit as ProbotOctokitLike,
    log: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m)
    }
  }
}
