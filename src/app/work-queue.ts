import type { Task } from './tasks.js'

/** A unit of background work: what to run and a label for the logs. */
export interface Job {
  /** Jobs with the same key never run at the same time; a newer queued job replaces an older one. */
  key: string
  /** False for work that must never be dropped (a deployment protection rule must be answered). */
  supersedable?: boolean
  /**
   * Higher runs first (default 0). Deployment answers use `PRIORITY_DEPLOYMENT`: a release manager
   * waiting on a deployment is not kept behind a burst of pull request work.
   */
  priority?: number
  /**
   * What the job is about, as plain JSON: the durable queue stores this and runs it (on any
   * instance, after a restart) instead of `run`, which only this process can call.
   */
  task?: Task
  run(): Promise<void>
}

/** Where the App's handlers put their work: in memory (`WorkQueue`) or in the database (`DurableQueue`). */
export interface JobQueue {
  /**
   * Takes a job. Resolves once it is kept (in memory: at once; durable: stored in the database);
   * rejects when it cannot be kept, so the webhook is answered 5xx and GitHub can redeliver it.
   */
  push(job: Job): Promise<void>
  /** Resolves once nothing is queued or running here. */
  idle(): Promise<void>
  readonly stats: WorkQueueStats
  /** True when queued jobs survive this process (they live in the database). */
  readonly durable: boolean
}

/** The priority of deployment protection rule work: ahead of every pull request and release. */
export const PRIORITY_DEPLOYMENT = 10

export interface WorkQueueStats {
  queued: number
  running: number
  done: number
  failed: number
  superseded: number
}

export interface WorkQueueOptions {
  /** How many jobs run at once (default 4). */
  concurrency?: number
  /** Called when a job throws (the job itself should report its failure; this is the last resort). */
  onError?: (error: unknown, key: string) => void
  /** Called when a queued job is dropped because a newer one for the same key arrived. */
  onSupersede?: (key: string) => void
}

/**
 * A small in-process queue: at most `concurrency` jobs run at once, jobs with the same key run one
 * after the other, and a newer supersedable job for a key replaces the one still waiting for it (the
 * running one finishes; its result is overwritten by the newer one). The newer job keeps the older
 * one's place in line. Nothing is kept between
 * jobs, so another server instance needs nothing from this one; supersede works per instance.
 */
export class WorkQueue implements JobQueue {
  readonly durable = false
  private readonly concurrency: number
  private readonly waiting: Job[] = []
  private readonly busy = new Set<string>()
  private readonly idleWaiters: (() => void)[] = []
  private readonly counts = { done: 0, failed: 0, superseded: 0 }

  constructor(private readonly options: WorkQueueOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? 4)
  }

  get stats(): WorkQueueStats {
    return { queued: this.waiting.length, running: this.busy.size, ...this.counts }
  }

  push(job: Job): Promise<void> {
    this.take(job)
    return Promise.resolve()
  }

  private take(job: Job): void {
    if (job.supersedable !== false) {
      const older = this.waiting.findIndex((j) => j.key === job.key && j.supersedable !== false)
      if (older !== -1) {
        // The newer job takes the older one's place in line, so a busy pull request is not starved.
        this.waiting[older] = job
        this.counts.superseded++
        this.options.onSupersede?.(job.key)
        this.pump()
        return
      }
    }
    this.waiting.push(job)
    this.pump()
  }

  /** Resolves once nothing is queued or running. */
  idle(): Promise<void> {
    if (this.waiting.length === 0 && this.busy.size === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Drops every job still waiting (none starts any more); returns how many were dropped. */
  clear(): number {
    const dropped = this.waiting.splice(0).length
    this.pump()
    return dropped
  }

  private pump(): void {
    while (this.busy.size < this.concurrency) {
      // The first waiting job of the highest priority whose key is free.
      let next = -1
      this.waiting.forEach((j, i) => {
        if (this.busy.has(j.key)) return
        if (next === -1 || (j.priority ?? 0) > (this.waiting[next]!.priority ?? 0)) next = i
      })
      if (next === -1) break
      const [job] = this.waiting.splice(next, 1)
      this.start(job!)
    }
    if (this.waiting.length === 0 && this.busy.size === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve()
    }
  }

  private start(job: Job): void {
    this.busy.add(job.key)
    job
      .run()
      .then(
        () => this.counts.done++,
        (error: unknown) => {
          this.counts.failed++
          this.options.onError?.(error, job.key)
        }
      )
      .finally(() => {
        this.busy.delete(job.key)
        this.pump()
      })
  }
}
