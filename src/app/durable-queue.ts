import { randomUUID } from 'node:crypto'
import PgBoss from 'pg-boss'
import type { Logger } from '../engine/types.js'
import type { SqlClient } from '../store/sql-client.js'
import { withStartupLock } from '../store/startup-lock.js'
import type { TaskRun } from './jobs.js'
import { asTask, leaseKey, taskKey, taskPriority, type Task } from './tasks.js'
import type { Job, JobQueue, WorkQueueStats } from './work-queue.js'

/** The pg-boss queue every App instance puts its work in and takes it from. */
export const QUEUE_NAME = 'release-readiness'
/** pg-boss keeps its tables in this schema of the store's database. */
export const QUEUE_SCHEMA = 'pgboss'
/** The advisory lock under which an instance starts pg-boss and creates the queue. */
const QUEUE_LOCK = 7_260_514_002

export interface DurableQueueSettings {
  /** `CONCURRENCY`: jobs this instance runs at once. */
  concurrency: number
  /**
   * `QUEUE_EXPIRE_SECONDS` (default 180): a job still running this long after it started (its
   * instance died, or hangs) is handed to another instance; its subject lease lapses with it. Below
   * `DEPLOYMENT_TIMEOUT_MS` (5 minutes), so a deployment whose instance died is evaluated again in time.
   */
  expireSeconds: number
  /** `QUEUE_RETRY_LIMIT` (default 5): how many times a job that failed or expired is run again. */
  retryLimit: number
  /** `QUEUE_RETRY_DELAY_SECONDS` (default 5): the first retry's delay, doubling after each. */
  retryDelaySeconds: number
  /** `QUEUE_POLL_MS` (default 1000): how often an idle instance looks for work. */
  pollMs: number
  /** `QUEUE_MAINTENANCE_SECONDS` (default 15): how often expired jobs are looked for (by one instance). */
  maintenanceSeconds: number
  /**
   * True with the embedded store (one process per data directory): at start, jobs left running
   * and subject leases held are a dead process's, and are handed back at once.
   */
  soleInstance: boolean
}

export const DEFAULT_QUEUE_SETTINGS: Omit<DurableQueueSettings, 'concurrency' | 'soleInstance'> = {
  expireSeconds: 180,
  retryLimit: 5,
  retryDelaySeconds: 5,
  pollMs: 1000,
  maintenanceSeconds: 15
}

/** Runs a task taken from the queue; `run.current()` says whether this instance still holds its subject. */
export type TaskRunner = (task: Task, run: TaskRun) => Promise<void>

/**
 * Called once when a task's last attempt failed (`QUEUE_RETRY_LIMIT` retries spent), before the
 * job is stored `failed`: it leaves the task's subject answered (fail closed) instead of waiting.
 */
export type GiveUp = (task: Task, error: Error, attempts: number) => Promise<void>

/** How long a job whose subject is busy elsewhere waits before it is tried again. */
const DEFER_SECONDS = 1

/**
 * pg-boss on the store's own connection (`SqlClient`): PGlite in process or a `pg` pool. pg-boss
 * sends its schema set-up as several statements in one string (no parameters): those go to `exec`.
 */
export function bossDb(sql: SqlClient): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if ((!values || values.length === 0) && text.trim().replace(/;$/, '').includes(';')) {
        await sql.exec(text)
        return { rows: [] }
      }
      return sql.query(text, values ?? [])
    }
  }
}

/**
 * The App's durable work queue, on pg-boss in the store's database (embedded PGlite or PostgreSQL):
 * - `push` stores the job's task (plain JSON) and resolves once it is stored; a webhook is
 *   acknowledged only then (the server answers 5xx when storing fails, so GitHub can redeliver);
 * - every instance takes jobs (`start`), deployment work first (priority), at most `concurrency` at once;
 * - one subject (pull request, release, deployment request…) runs on one instance at a time: a job
 *   takes the subject's lease (`queue_subject_leases`) before it runs, and a job whose subject is
 *   busy is put back for a second later;
 * - a newer job for a subject that has one queued is folded into it (pg-boss `short` policy: one
 *   queued job per subject); since a job re-reads its subject from GitHub when it runs, the queued
 *   one judges the newest state: the newer replaces the older;
 * - a job whose instance dies (SIGKILL) expires after `expireSeconds` and runs again elsewhere (or
 *   at once after a restart with the embedded store); a job that lost its subject lease meanwhile
 *   writes no final result (`TaskRun.current`).
 */
export class DurableQueue implements JobQueue {
  readonly durable = true
  private readonly boss: Promise<PgBoss>
  private readonly counts = { queued: 0, running: 0, done: 0, failed: 0, superseded: 0 }
  private readonly active = new Map<string, { key: string; holder: string; done: Promise<void> }>()
  private runner?: TaskRunner
  private giveUp?: GiveUp
  private stopping = false
  private loops: Promise<void>[] = []
  private wake: (() => void)[] = []
  private sql?: SqlClient

  /** `sql` is the store's connection, once the store is open (migrated: the lease table exists). */
  constructor(
    sql: Promise<SqlClient>,
    private readonly settings: DurableQueueSettings,
    private readonly log: Logger
  ) {
    this.boss = sql.then((opened) => this.open(opened))
    // A store that cannot open is reported by the store; each push then fails with its reason.
    this.boss.catch(() => undefined)
  }

  private async open(sql: SqlClient): Promise<PgBoss> {
    this.sql = sql
    const boss = new PgBoss({
      db: bossDb(sql),
      schema: QUEUE_SCHEMA,
      migrate: true,
      supervise: true,
      schedule: false,
      maintenanceIntervalSeconds: this.settings.maintenanceSeconds
    })
    boss.on('error', (error: Error) => this.log.warn(`[release-readiness] Queue: ${error.message}`))
    const options = {
      name: QUEUE_NAME,
      policy: 'short' as const,
      retryLimit: this.settings.retryLimit,
      retryDelay: this.settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.settings.expireSeconds
    }
    // Instances that start together would deadlock in pg-boss 10's createQueue: one at a time.
    await withStartupLock(sql, QUEUE_LOCK, async () => {
      await boss.start()
      await boss.createQueue(QUEUE_NAME, options)
      await boss.updateQueue(QUEUE_NAME, options)
    })
    if (this.settings.soleInstance) await this.recover(boss, sql)
    return boss
  }

  /** Jobs a dead process left running go back to the queue now, and its leases are dropped. */
  private async recover(boss: PgBoss, sql: SqlClient): Promise<void> {
    const { rows } = await sql.query<{ id: string }>(
      `SELECT id FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'active'`,
      [QUEUE_NAME]
    )
    await sql.query('DELETE FROM queue_subject_leases')
    if (rows.length === 0) return
    await failAll(
      boss,
      rows.map((r) => r.id),
      'the App stopped while this job ran'
    )
    this.log.info(
      `[release-readiness] Queue: ${rows.length} job(s) interrupted by the last stop are queued again.`
    )
  }

  /** Resolves once the queue is ready (pg-boss started, the queue created); rejects when it cannot be. */
  async ready(): Promise<void> {
    await this.boss
  }

  get stats(): WorkQueueStats {
    return { ...this.counts, running: this.active.size }
  }

  async push(job: Job): Promise<void> {
    if (!job.task) throw new Error(`[release-readiness] Job ${job.key} has no task to store.`)
    const boss = await this.boss
    const task = job.task
    const id = await boss.send(QUEUE_NAME, task as object, {
      singletonKey: taskKey(task),
      priority: taskPriority(task)
    })
    if (id === null) this.counts.superseded++
    for (const wake of this.wake.splice(0)) wake()
  }

  /**
   * Starts taking jobs: `concurrency` loops, each running one job at a time. `giveUp` runs when a
   * job's last attempt fails (its retries are spent).
   */
  start(runner: TaskRunner, giveUp?: GiveUp): void {
    this.runner = runner
    if (giveUp) this.giveUp = giveUp
    for (let i = 0; i < Math.max(1, this.settings.concurrency); i++) this.loops.push(this.loop())
  }

  private async loop(): Promise<void> {
    let boss: PgBoss
    try {
      boss = await this.boss
    } catch {
      return
    }
    while (!this.stopping) {
      let found = false
      try {
        const [job] = await boss.fetch<unknown>(QUEUE_NAME, { batchSize: 1, includeMetadata: true })
        if (job) {
          found = true
          await this.handle(boss, job)
        }
      } catch (error) {
        this.log.warn(`[release-readiness] Queue: ${(error as Error).message}; trying again.`)
      }
      if (!found && !this.stopping) await this.pause()
    }
  }

  /** Waits `pollMs`, or less when a job is pushed here or the queue stops. */
  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.settings.pollMs)
      function done(): void {
        clearTimeout(timer)
        resolve()
      }
      this.wake.push(done)
    })
  }

  private async handle(boss: PgBoss, job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
    const task = asTask(job.data)
    if (!task) {
      this.log.error(`[release-readiness] Queue: job ${job.id} holds no task this App knows; dropping it.`)
      await boss.fail(QUEUE_NAME, job.id, { message: 'unknown task' })
      return
    }
    const key = leaseKey(task)
    const holder = randomUUID()
    if (!(await this.lease(key, holder))) {
      // Busy on another instance (or another loop here): try again shortly; a job queued for the subject meanwhile covers this one.
      const again = await boss.send(QUEUE_NAME, task as object, {
        singletonKey: taskKey(task),
        priority: taskPriority(task),
        startAfter: DEFER_SECONDS
      })
      if (again === null) this.counts.superseded++
      await boss.complete(QUEUE_NAME, job.id, { deferred: true })
      return
    }
    let finished!: () => void
    this.active.set(job.id, { key, holder, done: new Promise((resolve) => (finished = resolve)) })
    // A job whose lease lapsed was handed to another instance (same job id): that one settles it.
    const mine = async (): Promise<boolean> => this.active.has(job.id) && (await this.holds(key, holder))
    try {
      await this.runner!(task, { current: () => this.holds(key, holder) })
      this.counts.done++
      if (await mine()) await boss.complete(QUEUE_NAME, job.id)
    } catch (error) {
      this.counts.failed++
      // pg-boss counts a job's retries when it fetches it again: this attempt is the last one.
      const last = job.retryCount >= job.retryLimit
      const message = (error as Error).message
      this.log.error(
        `[release-readiness] Job ${key} failed: ${message}; ${last ? `giving up after ${job.retryCount + 1} attempt(s)` : 'it is retried'}.`
      )
      if (await mine()) {
        if (last && this.giveUp) {
          await this.giveUp(task, error as Error, job.retryCount + 1).catch((e: unknown) =>
            this.log.error(
              `[release-readiness] Job ${key}: could not leave its subject failed closed: ${(e as Error).message}.`
            )
          )
        }
        await boss.fail(QUEUE_NAME, job.id, { message })
      }
    } finally {
      if (this.active.delete(job.id)) await this.unlease(key, holder)
      finished()
    }
  }

  /** Takes the subject's lease (free, or lapsed: its holder died); false when another holds it. */
  private async lease(key: string, holder: string): Promise<boolean> {
    const { rows } = await this.sql!.query<{ holder: string }>(
      `INSERT INTO queue_subject_leases (subject, holder, expires_at)
       VALUES ($1, $2, now() + $3 * interval '1 second')
       ON CONFLICT (subject) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
       WHERE queue_subject_leases.expires_at < now()
       RETURNING holder`,
      [key, holder, this.settings.expireSeconds]
    )
    return rows[0]?.holder === holder
  }

  private async holds(key: string, holder: string): Promise<boolean> {
    const { rows } = await this.sql!.query(
      'SELECT 1 FROM queue_subject_leases WHERE subject = $1 AND holder = $2 AND expires_at > now()',
      [key, holder]
    )
    return rows.length === 1
  }

  private async unlease(key: string, holder: string): Promise<void> {
    await this.sql!.query('DELETE FROM queue_subject_leases WHERE subject = $1 AND holder = $2', [
      key,
      holder
    ]).catch(() => undefined)
  }

  /** Jobs stored and not finished (queued, waiting for a retry, or running on any instance). */
  async pending(): Promise<number> {
    await this.boss
    const { rows } = await this.sql!.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state < 'completed'`,
      [QUEUE_NAME]
    )
    this.counts.queued = Number(rows[0]!.n) - this.active.size
    return Number(rows[0]!.n)
  }

  /** Resolves once no job is stored unfinished (on any instance): for tests and benchmarks. */
  async idle(): Promise<void> {
    while ((await this.pending()) > 0) await new Promise((resolve) => setTimeout(resolve, 50))
  }

  /**
   * Stops taking jobs and lets the running ones finish for at most `drainMs`. Those still running
   * then are handed back to the queue (another instance, or this one's restart, runs them again;
   * whatever they would still write is not written: their leases are dropped). Queued jobs stay
   * stored. Returns how many running jobs were handed back.
   */
  async close(drainMs: number): Promise<number> {
    this.stopping = true
    for (const wake of this.wake.splice(0)) wake()
    let boss: PgBoss
    try {
      boss = await this.boss
    } catch {
      return 0
    }
    let timer: NodeJS.Timeout | undefined
    const running = [...this.active.values()].map((a) => a.done)
    await Promise.race([
      Promise.all(running),
      new Promise((resolve) => (timer = setTimeout(resolve, drainMs)))
    ])
    clearTimeout(timer)
    const left = [...this.active.entries()]
    this.active.clear()
    if (left.length > 0) {
      await failAll(
        boss,
        left.map(([id]) => id),
        'the App stopped while this job ran'
      ).catch(() => undefined)
      for (const [, { key, holder }] of left) await this.unlease(key, holder)
    }
    await boss.stop({ graceful: false, close: false }).catch(() => undefined)
    await Promise.race([Promise.all(this.loops), new Promise((resolve) => setTimeout(resolve, 1000))])
    return left.length
  }
}

/** Fails jobs by id with a reason (pg-boss takes an array of ids with data; its types say otherwise). */
function failAll(boss: PgBoss, ids: string[], message: string): Promise<void> {
  const fail = boss.fail as unknown as (name: string, ids: string[], data: object) => Promise<void>
  return fail.call(boss, QUEUE_NAME, ids, { message })
}
