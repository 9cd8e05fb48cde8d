import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../../src/engine/types.js'
import { DurableQueue, QUEUE_NAME, type DurableQueueSettings } from '../../src/app/durable-queue.js'
import type { Task } from '../../src/app/tasks.js'
import { embeddedClient, postgresClient } from '../../src/store/clients.js'
import { RecordStore } from '../../src/store/record-store.js'
import { startPostgres } from '../support/postgres-server.js'
import type { SqlClient } from '../../src/store/sql-client.js'

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined
}
const FAST: DurableQueueSettings = {
  concurrency: 2,
  expireSeconds: 600,
  retryLimit: 3,
  retryDelaySeconds: 1,
  pollMs: 50,
  maintenanceSeconds: 1,
  soleInstance: false
}

const pr = (number: number): Task => ({
  kind: 'pull_request',
  installation: 1,
  owner: 'acme',
  repo: 'shop',
  number
})
const deployment = (runId: number): Task => ({
  kind: 'deployment',
  installation: 1,
  owner: 'acme',
  repo: 'shop',
  runId,
  environment: 'production',
  sha: 'a'.repeat(40),
  receivedAt: Date.now()
})
const job = (task: Task) => ({ key: 'ignored', task, run: () => Promise.reject(new Error('not in memory')) })
const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await tick(20)
  }
}

let dir: string
let sql: SqlClient
const queues: DurableQueue[] = []

// One PGlite for the file (it takes seconds to start); every test starts from empty tables.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rr-queue-'))
  sql = (await RecordStore.open(await embeddedClient(join(dir, 'pglite')))).sql
}, 60_000)
afterAll(async () => {
  await sql.close()
  rmSync(dir, { recursive: true, force: true })
})
afterEach(async () => {
  for (const q of queues.splice(0)) await q.close(0)
  await sql.query('DELETE FROM pgboss.job')
  await sql.query('DELETE FROM queue_subject_leases')
})

function queue(settings: Partial<DurableQueueSettings> = {}): DurableQueue {
  const q = new DurableQueue(Promise.resolve(sql), { ...FAST, ...settings }, quiet)
  queues.push(q)
  return q
}

/** A runner that records starts and ends per task and holds pull request #7 until released. */
function recorder() {
  const log: string[] = []
  const running = new Map<string, number>()
  let most = 0
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  const name = (task: Task): string =>
    task.kind === 'pull_request'
      ? `#${task.number}`
      : task.kind === 'deployment'
        ? `deploy ${task.runId}`
        : task.kind
  return {
    log,
    release,
    get most() {
      return most
    },
    run: (who: string) => async (task: Task) => {
      const n = name(task)
      running.set(n, (running.get(n) ?? 0) + 1)
      most = Math.max(most, running.get(n)!)
      log.push(`${who} start ${n}`)
      if (n === '#7') await held
      log.push(`${who} end ${n}`)
      running.set(n, running.get(n)! - 1)
    }
  }
}

describe('DurableQueue (pg-boss on the embedded store)', () => {
  it('stores a job before push resolves, and runs it once', async () => {
    const q = queue()
    await q.push(job(pr(7)))
    const { rows } = await sql.query<{ data: Task; state: string }>(
      'SELECT data, state FROM pgboss.job WHERE name = $1',
      [QUEUE_NAME]
    )
    expect(rows).toEqual([{ data: pr(7), state: 'created' }])
    const ran: Task[] = []
    q.start(async (task) => void ran.push(task))
    await q.idle()
    expect(ran).toEqual([pr(7)])
    expect(q.stats).toMatchObject({ done: 1, failed: 0, running: 0 })
  })

  it('refuses a job without a task: only plain JSON tasks can be stored', async () => {
    await expect(queue().push({ key: 'k', run: async () => undefined })).rejects.toThrow(
      '[release-readiness] Job k has no task to store.'
    )
  })

  it('runs one subject on one of two instances at a time, folds a third job for it into the queued one, and keeps other subjects moving', async () => {
    const a = queue()
    const b = queue()
    const r = recorder()
    a.start(r.run('a'))
    b.start(r.run('b'))
    await a.push(job(pr(7)))
    await until(() => r.log.some((l) => l.endsWith('start #7')))
    // While #7 runs: one job for it waits, a third is folded into that one, #8 runs meanwhile.
    await b.push(job(pr(7)))
    await a.push(job(pr(7)))
    await b.push(job(pr(8)))
    await until(() => r.log.some((l) => l.endsWith('end #8')))
    await tick(300)
    expect(r.log.filter((l) => l.includes('#7'))).toHaveLength(1)
    r.release()
    await a.idle()
    expect(r.log.filter((l) => l.endsWith('start #7'))).toHaveLength(2)
    expect(r.log.filter((l) => l.endsWith('start #8'))).toHaveLength(1)
    expect(r.most).toBe(1)
  })

  it('runs deployment work before pull request work queued earlier', async () => {
    const q = queue({ concurrency: 1 })
    for (const n of [1, 2, 3]) await q.push(job(pr(n)))
    await q.push(job(deployment(99)))
    const r = recorder()
    q.start(r.run('q'))
    await q.idle()
    expect(r.log.filter((l) => l.includes('start'))).toEqual([
      'q start deploy 99',
      'q start #1',
      'q start #2',
      'q start #3'
    ])
  })

  it('hands the job of an instance that stopped answering to another once it expires; the first one then holds nothing', async () => {
    // One loop, stuck in its job: like a process that stopped, it takes nothing more.
    const dead = queue({ expireSeconds: 1, concurrency: 1 })
    const alive = queue({ expireSeconds: 1 })
    let wakeDead!: () => void
    const deadWoke = new Promise<void>((resolve) => (wakeDead = resolve))
    let deadStillCurrent: boolean | undefined
    dead.start(async (_task, run) => {
      await deadWoke
      deadStillCurrent = await run.current!()
    })
    await dead.push(job(pr(7)))
    await until(() => dead.stats.running === 1)
    const ran: string[] = []
    alive.start(async (task, run) => void ran.push(`${task.kind}:${await run.current!()}`))
    const started = Date.now()
    await until(() => ran.length === 1, 15_000)
    expect(ran).toEqual(['pull_request:true'])
    expect(Date.now() - started).toBeLessThan(8_000)
    wakeDead()
    await until(() => deadStillCurrent !== undefined)
    expect(deadStillCurrent).toBe(false)
    await alive.idle()
    const { rows } = await sql.query<{ state: string; retry_count: number }>(
      'SELECT state, retry_count FROM pgboss.job WHERE name = $1',
      [QUEUE_NAME]
    )
    expect(rows).toEqual([{ state: 'completed', retry_count: 1 }])
  }, 20_000)

  it('after a restart on the embedded store, runs at once the jobs the stopped process left running', async () => {
    const before = queue({ concurrency: 1 })
    before.start(() => new Promise(() => undefined))
    await before.push(job(pr(7)))
    await until(() => before.stats.running === 1)
    // The process "dies": its queue never settles the job; a new one opens the same data.
    const ran: Task[] = []
    const after = queue({ soleInstance: true })
    after.start(async (task) => void ran.push(task))
    await until(() => ran.length === 1, 8_000)
    expect(ran).toEqual([pr(7)])
  }, 15_000)

  it('starts two instances together on PostgreSQL (a real server, two pg pools) and shares the work between them', async () => {
    const postgres = await startPostgres()
    const [one, two] = [await postgresClient(postgres.url), await postgresClient(postgres.url)]
    try {
      await RecordStore.open(one)
      const settings = { ...FAST, concurrency: 2 }
      const a = new DurableQueue(Promise.resolve(one), settings, quiet)
      const b = new DurableQueue(Promise.resolve(two), settings, quiet)
      await Promise.all([a.ready(), b.ready()])
      const ran: string[] = []
      a.start(async (task) => void ran.push(`a ${(task as { number: number }).number}`))
      b.start(async (task) => void ran.push(`b ${(task as { number: number }).number}`))
      for (const n of [1, 2, 3, 4, 5, 6]) await (n % 2 ? a : b).push(job(pr(n)))
      await a.idle()
      expect(ran.map((r) => Number(r.split(' ')[1])).sort()).toEqual([1, 2, 3, 4, 5, 6])
      await Promise.all([a.close(0), b.close(0)])
    } finally {
      await Promise.all([one.close(), two.close()])
      await postgres.stop()
    }
  }, 60_000)
})
