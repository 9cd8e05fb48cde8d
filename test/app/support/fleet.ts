import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { FakeGitHub } from '../../support/fake-github.js'
import { startPostgres, type PostgresServer } from '../../support/postgres-server.js'
import { addAppRoutes, type AppState } from './app-github.js'
import {
  busy,
  sampleMemory,
  signature,
  startInstance,
  stopInstance,
  type Instance
} from './fleet-instance.js'
import { everySubjectFinal, judgeOutcomes, type Outcomes } from './fleet-outcomes.js'
import { planDeliveries, type Delivery } from './fleet-plan.js'

/**
 * Several App processes (`node dist/app.js`) on one real PostgreSQL, GitHub played by the local
 * double, a burst of signed deliveries sent round-robin as a load balancer would, and one instance
 * SIGKILLed in the middle of it. Shared by test/app/many-instances.test.ts (which asserts the
 * figures) and `npm run bench:app` (which prints them).
 */
export interface FleetOptions {
  /** The repository root (default: from this file; the bench passes its working directory). */
  root?: string
  deliveries?: number
  instances?: number
  pulls?: number
  releases?: number
  deployments?: number
  /** `/release-readiness recheck` comments (at most 3 per pull request: the recheck limit). */
  comments?: number
  /** The deliveries are spread evenly over this many seconds. */
  seconds?: number
  /** SIGKILL instance `killInstance` when this delivery (0-based) is sent; -1: kill none. */
  killAt?: number
  killInstance?: number
  /** Start the killed instance again this many ms after the kill; undefined: leave it dead. */
  restartAfterMs?: number
  /** How long to wait, after the last delivery, for every subject to settle. */
  settleMs?: number
  /** Extra environment for every App process (queue tuning). */
  env?: Record<string, string>
  /** Pending jobs in the shared queue, if the test can see them (counted before calling it settled). */
  pendingJobs?: (databaseUrl: string) => Promise<number>
  log?: (line: string) => void
  seed?: number
}

export interface InstanceFigures {
  name: string
  pid: number
  /** Peak resident memory (VmHWM), MiB. */
  peakRssMiB: number
  deliveries: number
  killed: boolean
}

export interface FleetFigures extends Outcomes {
  deliveries: number
  instances: number
  mix: Record<string, number>
  killedAt?: { delivery: number; ms: number; instance: string; runningJobs: number }
  /** Jobs of the shared queue that ran more than once (expired with the killed instance, or failed). */
  jobsRunAgain: number
  restarted: boolean
  /** From the first delivery to the settled state, ms. */
  wallMs: number
  sendMs: number
  /** Deliveries acknowledged (2xx) per second while sending. */
  deliveriesPerSecond: number
  /** Check runs completed (PATCH with a conclusion) per second of wall time. */
  completionsPerSecond: number
  acknowledged: number
  /** Redeliveries sent: attempts after a first that failed (connection cut, or not 2xx). */
  retried: number
  /** The deliveries (0-based) whose first attempt failed. */
  cutOff: number[]
  /** Deliveries never acknowledged, even after retries. */
  unacknowledged: string[]
  perInstance: InstanceFigures[]
  settled: boolean
  openApiViolations: string[]
  serverErrors: number
  /** The first error lines of each instance's log. */
  serverErrorSamples: string[]
}

/**
 * Queue timings for the fleet, shorter than the defaults so that a run fits a test: a job whose
 * instance died is handed to another after 10 s (default 600), expired jobs are looked for every
 * second (15), idle instances look for work every 200 ms (1,000), and a retry waits 1 s (5).
 */
export const FLEET_ENV: Record<string, string> = {
  QUEUE_EXPIRE_SECONDS: '10',
  QUEUE_MAINTENANCE_SECONDS: '1',
  QUEUE_POLL_MS: '200',
  QUEUE_RETRY_DELAY_SECONDS: '1'
}

/**
 * Jobs still waiting or running in the shared queue (pg-boss's table, when the App made it): the
 * run is settled only once none is left.
 */
export async function pendingJobs(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  client.on('error', () => undefined)
  await client.connect()
  try {
    const { rows } = await client.query<{ table: string | null }>(
      "SELECT to_regclass('pgboss.job')::text AS table"
    )
    if (!rows[0]?.table) return 0
    const pending = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')"
    )
    return Number(pending.rows[0]!.n)
  } finally {
    await client.end()
  }
}

/** Jobs that pg-boss ran more than once (0 without its table). */
async function runAgain(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  client.on('error', () => undefined)
  await client.connect()
  try {
    const { rows } = await client.query<{ table: string | null }>(
      "SELECT to_regclass('pgboss.job')::text AS table"
    )
    if (!rows[0]?.table) return 0
    const again = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM pgboss.job WHERE retry_count > 0'
    )
    return Number(again.rows[0]!.n)
  } finally {
    await client.end()
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function runFleet(options: FleetOptions = {}): Promise<FleetFigures> {
  const root = options.root ?? fileURLToPath(new URL('../../../', import.meta.url))
  const total = options.deliveries ?? 1000
  const instanceCount = options.instances ?? 3
  const pullCount = options.pulls ?? 40
  const releaseCount = options.releases ?? 10
  const deploymentCount = options.deployments ?? 50
  const commentCount = Math.min(options.comments ?? 60, pullCount * 3)
  const killAt = options.killAt ?? Math.floor(total / 2)
  const killInstance = options.killInstance ?? 1
  const log = options.log ?? (() => undefined)

  // --- GitHub: the repository, its pull requests' heads, releases --------------------------------
  const github = new FakeGitHub('acme/shop')
  const state: AppState = addAppRoutes(github)
  await github.start()
  const plan = planDeliveries(github, {
    root,
    total,
    pullCount,
    releaseCount,
    deploymentCount,
    commentCount,
    seed: options.seed ?? 7
  })
  const { deliveries } = plan

  // --- PostgreSQL and the App instances -----------------------------------------------------------
  let postgres: PostgresServer | undefined
  const instances: Instance[] = []
  const figures = {} as FleetFigures
  const poll = setInterval(() => sampleMemory(instances), 100)
  try {
    postgres = await startPostgres()
    log(`PostgreSQL on port ${postgres.port} in ${postgres.startMs} ms`)
    const databaseUrl = postgres.url
    const launch = (name: string): Promise<Instance> =>
      startInstance(name, join(root, 'dist/app.js'), {
        GITHUB_API_URL: github.url,
        DATABASE_URL: databaseUrl,
        ...options.env
      })
    instances.push(
      ...(await Promise.all(Array.from({ length: instanceCount }, (_, i) => launch(`app-${i + 1}`))))
    )
    log(`${instanceCount} instances listening`)

    // --- send, round-robin over the live instances; SIGKILL one in the middle -----------------------
    const interval = ((options.seconds ?? 10) * 1000) / deliveries.length
    const started = performance.now()
    let turn = 0
    let retried = 0
    const cutOff: number[] = []
    const acknowledged = new Set<string>()
    const inFlight = new Set<Promise<void>>()
    const live = (): Instance[] => instances.filter((i) => !i.killed && i.url)
    /** Sends one delivery to `via`, or to the next live instance; retries what is not acknowledged. */
    const send = async (delivery: Delivery, body: string, attempt: number, via?: Instance): Promise<void> => {
      const targets = live()
      const instance = via ?? targets[turn++ % targets.length]!
      instance.deliveries++
      let ok = false
      try {
        const response = await fetch(`${instance.url}/api/github/webhooks`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-github-event': delivery.event,
            'x-github-delivery': delivery.id,
            'x-hub-signature-256': signature(body)
          },
          body,
          signal: AbortSignal.timeout(10_000) // GitHub gives up after 10 s
        })
        await response.text()
        ok = response.status >= 200 && response.status < 300
      } catch {
        ok = false
      }
      if (ok) {
        acknowledged.add(delivery.id)
        return
      }
      if (attempt >= 5) return
      // GitHub marks the delivery failed; it is redelivered (same id, same body) a moment later.
      retried++
      if (attempt === 1) cutOff.push(delivery.index)
      await sleep(500)
      await send(delivery, body, attempt + 1)
    }
    const track = (work: Promise<void>): void => {
      inFlight.add(work)
      void work.finally(() => inFlight.delete(work))
    }
    let lagging: Instance | undefined
    for (const delivery of deliveries) {
      const due = started + delivery.index * interval
      const wait = due - performance.now()
      if (wait > 0) await sleep(wait)
      if (delivery.index === killAt && instances[killInstance]) {
        const victim = instances[killInstance]!
        // Killed while it runs jobs (its /healthz says how many), so that the others must finish them.
        const running = await busy(victim.url!, 5_000)
        // This delivery is in flight to it when it dies (stored or not, it is never acknowledged).
        delivery.before?.()
        track(send(delivery, delivery.body(), 1, victim))
        await sleep(1)
        victim.killed = true
        victim.child.kill('SIGKILL')
        figures.killedAt = {
          delivery: killAt,
          ms: Math.round(performance.now() - started),
          instance: victim.name,
          runningJobs: running
        }
        log(`SIGKILL ${victim.name} at delivery ${killAt}, running ${running} job(s)`)
        // The load balancer notices at its next health check: the next delivery still goes there.
        lagging = victim
        if (options.restartAfterMs !== undefined) {
          track(
            sleep(options.restartAfterMs).then(async () => {
              instances.push(await launch(`${victim.name} (restarted)`))
              log(`${victim.name} restarted`)
            })
          )
        }
        continue
      }
      delivery.before?.()
      track(send(delivery, delivery.body(), 1, lagging))
      lagging = undefined
    }
    while (inFlight.size > 0) await Promise.all([...inFlight])
    const sendMs = performance.now() - started
    log(`sent ${deliveries.length} deliveries in ${Math.round(sendMs)} ms (${retried} retried)`)

    // --- settle: every subject final, every deployment answered, nothing queued, GitHub quiet -------
    const writes = (): number => github.requests.filter((r) => r.method !== 'GET').length
    const settleDeadline = Date.now() + (options.settleMs ?? 120_000)
    let quietSince = Date.now()
    let lastWrites = writes()
    let settled = false
    while (Date.now() < settleDeadline) {
      await sleep(250)
      const now = writes()
      if (now !== lastWrites) {
        lastWrites = now
        quietSince = Date.now()
      }
      if (!everySubjectFinal(state, plan)) continue
      const pending = options.pendingJobs ? await options.pendingJobs(databaseUrl).catch(() => 1) : 0
      if (pending === 0 && Date.now() - quietSince >= 2_000) {
        settled = true
        break
      }
    }
    const wallMs = performance.now() - started
    log(`${settled ? 'settled' : 'did NOT settle'} after ${Math.round(wallMs)} ms`)
    const jobsRunAgain = await runAgain(databaseUrl)

    // --- figures ------------------------------------------------------------------------------------
    const outcomes = judgeOutcomes(state, plan)
    const mix: Record<string, number> = {}
    for (const d of deliveries) mix[d.kind] = (mix[d.kind] ?? 0) + 1
    const completions = state.checkRuns.reduce((n, r) => n + r.completedAt.length, 0)
    Object.assign(figures, {
      deliveries: deliveries.length,
      instances: instanceCount,
      mix,
      restarted: options.restartAfterMs !== undefined,
      wallMs: Math.round(wallMs),
      sendMs: Math.round(sendMs),
      deliveriesPerSecond: Math.round((acknowledged.size / (sendMs / 1000)) * 10) / 10,
      completionsPerSecond: Math.round((completions / (wallMs / 1000)) * 10) / 10,
      acknowledged: acknowledged.size,
      retried,
      cutOff: cutOff.sort((a, b) => a - b),
      jobsRunAgain,
      unacknowledged: deliveries.filter((d) => !acknowledged.has(d.id)).map((d) => `${d.event} ${d.subject}`),
      ...outcomes,
      perInstance: instances.map((i) => ({
        name: i.name,
        pid: i.child.pid!,
        peakRssMiB: Math.round((i.peakKb / 1024) * 10) / 10,
        deliveries: i.deliveries,
        killed: i.killed
      })),
      settled,
      openApiViolations: github.violations,
      serverErrors: instances.reduce((n, i) => n + i.errors, 0),
      serverErrorSamples: instances.flatMap((i) => i.errorSamples.map((line) => `${i.name}: ${line}`))
    } satisfies Omit<FleetFigures, 'killedAt'>)
    return figures
  } finally {
    clearInterval(poll)
    await Promise.all(instances.map((i) => stopInstance(i)))
    await postgres?.stop()
    await github.stop()
  }
}
