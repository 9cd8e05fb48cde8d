import { spawn, type ChildProcess } from 'node:child_process'
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { example, PLAN } from '../../support/action-scenario.js'
import { FakeGitHub, readFolder, type Files } from '../../support/fake-github.js'
import { startPostgres, type PostgresServer } from '../../support/postgres-server.js'
import { addAppRoutes, type AppState } from './app-github.js'

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

export interface FleetFigures {
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
  /** Subjects whose latest head has no completed final check run. */
  lost: string[]
  /** Subjects with more than one check run of theirs on one head. */
  doubleFinal: string[]
  /** Subjects whose final check run concluded other than the head's verdict. */
  wrong: string[]
  deploymentsAnswered: { once: number; twice: number; never: number }
  /** Deployments of one commit to one environment answered differently. */
  inconsistentDeployments: string[]
  releaseConclusions: Record<string, string | null>
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

/** Waits (at most `timeoutMs`) until the instance at `url` runs a job; returns how many it runs. */
async function busy(url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const health = (await fetch(`${url}/healthz`)
      .then((r) => r.json())
      .catch(() => undefined)) as { queue?: { running?: number } } | undefined
    const running = health?.queue?.running ?? 0
    if (running > 0 || Date.now() > deadline) return running
    await sleep(10)
  }
}

const SECRET = 'fleet-webhook-secret'
const APP_PRIVATE_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs1', format: 'pem' })
  .toString()

type Delivery = {
  index: number
  id: string
  event: string
  /** `pull_request.opened`, `issue_comment.created`, … (for the figures). */
  kind: string
  /** The signed body, made when the delivery is sent (after `before`). */
  body: () => string
  /** What the delivery changes on the double before it is sent (a push moves the pull request's head). */
  before?: () => void
  subject: string
}

interface Instance {
  name: string
  child: ChildProcess
  url?: string
  peakKb: number
  deliveries: number
  killed: boolean
  errors: number
  errorSamples: string[]
}

/** A small deterministic generator, so a run can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0
    return state / 2 ** 32
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
  const rand = random(options.seed ?? 7)
  const pushes = total - pullCount - releaseCount - deploymentCount - commentCount
  if (pushes < 0) throw new Error(`[fleet] ${total} deliveries cannot hold the mix asked for`)

  // --- GitHub: the repository, its pull requests' heads, releases --------------------------------
  const github = new FakeGitHub('acme/shop')
  const shop = (folder: string): Files => readFolder(join(root, 'test/fixtures/repos/action-shop', folder))
  const base = github.commit(shop('base'))
  github.refs.set('heads/main', base)
  github.roles.set('pr-author', 'maintain')
  const variants = { go: shop('head-documented'), 'no-go': shop('head-undocumented') }
  const state: AppState = addAppRoutes(github)
  await github.start()
  /** head SHA → the verdict its files give. */
  const verdictOf = new Map<string, 'go' | 'no-go'>()
  let revision = 0
  const newHead = (number: number): string => {
    const verdict = rand() < 0.5 ? 'go' : 'no-go'
    const files = new Map(variants[verdict])
    files.set(
      'src/pets.ts',
      Buffer.concat([files.get('src/pets.ts')!, Buffer.from(`// revision ${number}.${revision++}\n`)])
    )
    const sha = github.commit(files, base)
    verdictOf.set(sha, verdict)
    return sha
  }

  // --- the deliveries, in the order they are sent ---------------------------------------------------
  const kinds: string[] = [
    ...Array<string>(pushes).fill('synchronize'),
    ...Array<string>(releaseCount).fill('release'),
    ...Array<string>(deploymentCount).fill('deployment'),
    ...Array<string>(commentCount).fill('comment')
  ]
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!]
  }
  // Every pull request is opened first; the other deliveries follow, interleaved.
  const plan: Array<Omit<Delivery, 'index'>> = []
  const latestHead = new Map<number, string>()
  const commentsOn = new Map<number, number>()
  const deploymentsOf = new Map<number, { sha: string; environment: string }>()
  const releases: Array<{ tag: string; sha: string }> = []
  const deliveryId = (): string => randomUUID()
  const pullEvent = (number: number, action: string, sha: string): Omit<Delivery, 'index'> => {
    const payload = repositoryOf(example('pull_request', action), github)
    Object.assign(payload.pull_request, {
      number,
      state: 'open',
      title: `Change ${number}`,
      body: PLAN,
      labels: [],
      user: { ...payload.pull_request.user, login: 'pr-author' }
    })
    Object.assign(payload.pull_request.base, { sha: base, ref: 'main' })
    Object.assign(payload.pull_request.head, { sha, ref: `change-${number}` })
    payload.number = number
    const body = JSON.stringify(payload)
    return {
      id: deliveryId(),
      event: 'pull_request',
      kind: `pull_request.${action}`,
      body: () => body,
      subject: `pull #${number}`,
      before: () => {
        const pull = github.pulls.get(number)
        if (pull) pull.head = { ref: `change-${number}`, sha }
        else
          github.addPull({
            number,
            title: `Change ${number}`,
            body: PLAN,
            user: { login: 'pr-author' },
            base: { ref: 'main', sha: base },
            head: { ref: `change-${number}`, sha }
          })
      }
    }
  }
  for (let n = 1; n <= pullCount; n++) {
    const sha = newHead(n)
    latestHead.set(n, sha)
    plan.push(pullEvent(n, 'opened', sha))
  }
  let nextPull = 0
  const deploymentFixture = JSON.parse(
    readFileSync(join(root, 'test/fixtures/events/deployment_protection_rule.requested.json'), 'utf8')
  ) as Record<string, any>
  for (const kind of kinds) {
    const number = (nextPull++ % pullCount) + 1
    if (kind === 'synchronize') {
      const sha = newHead(number)
      latestHead.set(number, sha)
      plan.push(pullEvent(number, 'synchronize', sha))
    } else if (kind === 'comment') {
      // At most three per pull request: the App's recheck limit (per window) would defer more.
      let target = number
      while ((commentsOn.get(target) ?? 0) >= 3) target = (target % pullCount) + 1
      commentsOn.set(target, (commentsOn.get(target) ?? 0) + 1)
      const payload = repositoryOf(example('issue_comment', 'created'), github)
      payload.issue.number = target
      payload.issue.state = 'open'
      payload.issue.pull_request = { url: '', html_url: '', diff_url: '', patch_url: '' }
      payload.issue.user = { ...payload.issue.user, login: 'pr-author' }
      payload.comment.body = '/release-readiness recheck'
      payload.comment.user = { ...payload.comment.user, login: 'pr-author', type: 'User' }
      payload.comment.author_association = 'COLLABORATOR'
      const body = JSON.stringify(payload)
      plan.push({
        id: deliveryId(),
        event: 'issue_comment',
        kind: 'issue_comment.created',
        body: () => body,
        subject: `pull #${target}`
      })
    } else if (kind === 'release') {
      const tag = `v2.${releases.length}.0`
      const sha = newHead(1000 + releases.length)
      releases.push({ tag, sha })
      const payload = repositoryOf(example('release', 'published'), github)
      plan.push({
        id: deliveryId(),
        event: 'release',
        kind: 'release.published',
        body: () => JSON.stringify(payload),
        subject: `release ${tag}`,
        // The release exists on the double only from its delivery on.
        before: () => {
          const release = github.addRelease(tag, sha, { body: PLAN })
          Object.assign(payload.release, {
            id: release.id,
            tag_name: tag,
            name: tag,
            body: release.body,
            draft: false,
            prerelease: false,
            target_commitish: 'main',
            published_at: release.published_at
          })
        }
      })
    } else {
      const runId = 9_000_000 + deploymentsOf.size
      const environment = deploymentsOf.size % 3 === 2 ? 'staging' : 'production'
      const sha = latestHead.get(number)!
      deploymentsOf.set(runId, { sha, environment })
      const payload = repositoryOf(structuredClone(deploymentFixture), github)
      payload.environment = environment
      payload.deployment.sha = sha
      payload.deployment.environment = environment
      payload.deployment.original_environment = environment
      payload.deployment.id = 500_000 + runId
      payload.deployment_callback_url = `${github.url}/repos/acme/shop/actions/runs/${runId}/deployment_protection_rule`
      const body = JSON.stringify(payload)
      plan.push({
        id: deliveryId(),
        event: 'deployment_protection_rule',
        kind: 'deployment_protection_rule.requested',
        body: () => body,
        subject: `deployment run ${runId}`
      })
    }
  }
  const deliveries: Delivery[] = plan.map((d, index) => ({ ...d, index }))

  // --- PostgreSQL and the App instances -----------------------------------------------------------
  let postgres: PostgresServer | undefined
  const instances: Instance[] = []
  const figures = {} as FleetFigures
  const poll = setInterval(() => {
    for (const instance of instances) {
      if (instance.killed || instance.child.exitCode !== null) continue
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${instance.child.pid}/status`, 'utf8'))
        if (m) instance.peakKb = Math.max(instance.peakKb, Number(m[1]))
      } catch {
        // it exited
      }
    }
  }, 100)
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
            'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`
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
    const finalRun = (name: string, sha: string) =>
      state.checkRuns.filter((r) => r.name === name && r.head_sha === sha)
    const complete = (): boolean =>
      [...latestHead.entries()].every(([, sha]) =>
        finalRun('Release readiness', sha).some((r) => r.status === 'completed')
      ) &&
      releases.every(({ tag, sha }) =>
        finalRun(`Release readiness (release: ${tag})`, sha).some((r) => r.status === 'completed')
      ) &&
      [...deploymentsOf.keys()].every((runId) => state.gateAnswers.some((a) => a.runId === runId))
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
      if (!complete()) continue
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
    const lost: string[] = []
    const doubleFinal: string[] = []
    const wrong: string[] = []
    const judge = (subject: string, runs: AppState['checkRuns'], want?: string): void => {
      if (runs.length > 1)
        doubleFinal.push(`${subject}: ${runs.length} runs on ${runs[0]!.head_sha.slice(0, 7)}`)
      if (!runs.some((r) => r.status === 'completed')) lost.push(`${subject}: no completed run`)
      else if (want && runs.some((r) => r.conclusion !== want))
        wrong.push(`${subject}: ${runs.map((r) => r.conclusion).join(', ')}; want ${want}`)
    }
    for (const [number, sha] of latestHead) {
      judge(
        `pull #${number}`,
        finalRun('Release readiness', sha),
        verdictOf.get(sha) === 'go' ? 'success' : 'failure'
      )
    }
    const releaseConclusions: Record<string, string | null> = {}
    for (const { tag, sha } of releases) {
      const runs = finalRun(`Release readiness (release: ${tag})`, sha)
      judge(`release ${tag}`, runs)
      releaseConclusions[tag] = runs[0]?.conclusion ?? null
    }
    // Runs of any name on one head: a second run of the same name is a double, whatever the subject.
    const byNameAndHead = new Map<string, number>()
    for (const run of state.checkRuns) {
      const key = `${run.name} on ${run.head_sha.slice(0, 7)}`
      byNameAndHead.set(key, (byNameAndHead.get(key) ?? 0) + 1)
    }
    for (const [key, n] of byNameAndHead)
      if (n > 1 && !doubleFinal.some((d) => d.includes(key.slice(-7)))) doubleFinal.push(`${key}: ${n} runs`)
    const answers = new Map<number, string[]>()
    for (const answer of state.gateAnswers)
      answers.set(answer.runId, [...(answers.get(answer.runId) ?? []), answer.body.state])
    const deploymentsAnswered = { once: 0, twice: 0, never: 0 }
    const decisions = new Map<string, Set<string>>()
    for (const [runId, { sha, environment }] of deploymentsOf) {
      const given = answers.get(runId) ?? []
      if (given.length === 0) deploymentsAnswered.never++
      else if (given.length === 1) deploymentsAnswered.once++
      else deploymentsAnswered.twice++
      const key = `${sha.slice(0, 7)} to ${environment}`
      decisions.set(key, new Set([...(decisions.get(key) ?? []), ...given]))
    }
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
      lost,
      doubleFinal,
      wrong,
      deploymentsAnswered,
      inconsistentDeployments: [...decisions]
        .filter(([, s]) => s.size > 1)
        .map(([k, s]) => `${k}: ${[...s]}`),
      releaseConclusions,
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

/** Points a real example payload at the double's repository. */
function repositoryOf(payload: Record<string, any>, github: FakeGitHub): Record<string, any> {
  Object.assign(payload.repository, {
    name: github.repo,
    full_name: `${github.owner}/${github.repo}`,
    html_url: `https://github.com/${github.owner}/${github.repo}`,
    default_branch: 'main'
  })
  payload.repository.owner.login = github.owner
  payload.installation = { id: 1, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' }
  return payload
}

function startInstance(name: string, bundle: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [bundle], {
    env: {
      PATH: process.env.PATH ?? '',
      APP_ID: '12345',
      PRIVATE_KEY: APP_PRIVATE_KEY,
      WEBHOOK_SECRET: SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      API_WRITE_INTERVAL_MS: '0',
      API_RETRY_DELAY_MS: '10',
      STARTUP_SWEEP: 'off',
      LOG_LEVEL: 'info',
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const instance: Instance = {
    name,
    child,
    peakKb: 0,
    deliveries: 0,
    killed: false,
    errors: 0,
    errorSamples: []
  }
  const logs: string[] = []
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`[fleet] ${name} did not start:\n${logs.join('\n')}`)),
      30_000
    )
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`[fleet] ${name} exited with ${code}:\n${logs.slice(-20).join('\n')}`))
    })
    child.stderr!.on('data', (d) => logs.push(String(d)))
    let buffer = ''
    child.stdout!.on('data', (data) => {
      buffer += String(data)
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) {
        if (logs.length < 200) logs.push(line)
        if (/"level":50/.test(line)) {
          instance.errors++
          if (instance.errorSamples.length < 5) instance.errorSamples.push(line.slice(0, 600))
        }
        const match = /Listening on (http:\/\/[^/]+)\//.exec(line)
        if (match && !instance.url) {
          clearTimeout(timer)
          instance.url = match[1]!
          resolve(instance)
        }
      }
    })
  })
}

function stopInstance(instance: Instance): Promise<void> {
  return new Promise((resolve) => {
    const { child } = instance
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
