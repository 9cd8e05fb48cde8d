import type { Probot } from 'probot'
import type { Logger } from '../engine/types.js'
import type { RecordStore } from '../store/record-store.js'
import type { ProbotOctokitLike } from './api-client.js'
import type { AppDeps } from './deps.js'
import { DeploymentAnswers } from './deployment-answers.js'
import { DurableQueue } from './durable-queue.js'
import { giveUpTask } from './give-up.js'
import { runTask, type JobContext, type TaskRun } from './jobs.js'
import type { ServerSettings } from './server-settings.js'
import type { Task } from './tasks.js'

export interface DurableWork {
  queue: DurableQueue
  answers: DeploymentAnswers
}

/**
 * The durable queue and the deployment answer ledger on the store's connection, or `undefined`
 * with `STORE=off`. Neither delays the server's start: a webhook that arrives while the store
 * opens waits for it (and is answered 5xx if it cannot open).
 */
export function durableWork(
  settings: Pick<ServerSettings, 'store' | 'queue' | 'concurrency'>,
  store: Promise<RecordStore> | undefined,
  log: Logger
): DurableWork | undefined {
  if (!store || !settings.store || !settings.queue) return undefined
  const sql = store.then((opened) => opened.sql)
  return {
    queue: new DurableQueue(
      sql,
      { ...settings.queue, concurrency: settings.concurrency, soleInstance: !settings.store.databaseUrl },
      log
    ),
    answers: new DeploymentAnswers({ query: async (text, params) => (await sql).query(text, params) })
  }
}

/**
 * Runs a task taken from the durable queue: the installation's client is made again from the
 * stored installation id (the token is never stored; without an id, the repository's installation
 * is asked for), the log lines name the delivery.
 */
export async function runStoredTask(probot: Probot, deps: AppDeps, task: Task, run: TaskRun): Promise<void> {
  await runTask(task, await storedContext(probot, task), deps, run)
}

/** A stored task whose every attempt failed: its subject is left failed closed (`giveUpTask`). */
export async function giveUpStoredTask(
  probot: Probot,
  deps: AppDeps,
  task: Task,
  error: Error,
  attempts: number
): Promise<void> {
  await giveUpTask(task, await storedContext(probot, task), deps, error, attempts)
}

async function storedContext(probot: Probot, task: Task): Promise<JobContext> {
  const prefix = task.delivery ? `[delivery ${task.delivery}] ` : ''
  const log: Logger = {
    debug: (m) => probot.log.debug(prefix + m),
    info: (m) => probot.log.info(prefix + m),
    warn: (m) => probot.log.warn(prefix + m),
    error: (m) => probot.log.error(prefix + m)
  }
  const installation = task.installation ?? (await installationOf(probot, task))
  const octokit = (await probot.auth(installation)) as unknown as ProbotOctokitLike
  return { octokit, log, installation, ...(task.delivery ? { delivery: task.delivery } : {}) }
}

/** A delivery without `installation` (GitHub always sends it to Apps; a replayed test payload may not): ask, with the App's JWT. */
async function installationOf(probot: Probot, task: Task): Promise<number> {
  const app = await probot.auth()
  const { data } = (await app.request('GET /repos/{owner}/{repo}/installation', {
    owner: task.owner,
    repo: task.repo
  })) as { data: { id: number } }
  return data.id
}
