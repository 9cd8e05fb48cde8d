import { checks as registry } from '../../checks/index.js'
import type { Check } from '../engine/types.js'
import type { RetryOptions } from '../sources/github/client.js'
import type { RecordSink } from './keep-record.js'
import { PendingDeployments } from './pending-deployments.js'
import { RecheckLimiter } from './recheck-limiter.js'
import { WorkQueue, type JobQueue } from './work-queue.js'
import type { DeploymentAnswers } from './deployment-answers.js'

/** What the App's handlers need from outside; the server passes its settings, tests their fakes. */
export interface AppDeps {
  checks: readonly Check[]
  /**
   * Background work: a webhook is answered once its job is kept, evaluations run here. The App
   * server stores jobs in the database (`DurableQueue`); tests and `STORE=off` keep them in memory.
   */
  queue: JobQueue
  /** The ledger of deployment protection rule answers (with the durable queue): each request is answered once. */
  answers?: DeploymentAnswers
  /** Retries of a failing API call (5xx, 429, network). */
  retry: Partial<RetryOptions>
  /** A deployment protection rule still unanswered after this long is rejected (fail closed). */
  deploymentTimeoutMs: number
  /** Writes (POST, PATCH…) per installation are spaced this far apart (GitHub asks for about one a second). */
  writeIntervalMs: number
  /** At most this many open pull requests are re-evaluated when the configuration changes. */
  maxPullsOnConfigChange: number
  /** Deployment protection rule requests taken and not answered yet (rejected on shutdown). */
  deployments: PendingDeployments
  /** `/release-readiness recheck` (and waive) commands allowed per pull request. */
  rechecks: RecheckLimiter
  /**
   * This App's own login (`<slug>[bot]`), when known: only its comments can be the sticky comment.
   * Without it, any bot's comment that starts with the marker is taken (never a person's).
   */
  ownLogin?: () => Promise<string | undefined>
  /** Where every evaluation record goes (the store); none in tests that do not ask for it. */
  records?: RecordSink
}

export const DEFAULT_DEPLOYMENT_TIMEOUT_MS = 5 * 60_000
export const DEFAULT_CONCURRENCY = 4

export function defaultDeps(overrides: Partial<AppDeps> = {}): AppDeps {
  return {
    checks: registry,
    queue: overrides.queue ?? new WorkQueue({ concurrency: DEFAULT_CONCURRENCY }),
    retry: { retries: 3, delayMs: 500 },
    deploymentTimeoutMs: DEFAULT_DEPLOYMENT_TIMEOUT_MS,
    maxPullsOnConfigChange: 50,
    writeIntervalMs: 1000,
    deployments: new PendingDeployments(),
    rechecks: new RecheckLimiter(),
    ...overrides
  }
}
