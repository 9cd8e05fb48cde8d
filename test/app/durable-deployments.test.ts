import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DeploymentAnswers } from '../../src/app/deployment-answers.js'
import { DurableQueue } from '../../src/app/durable-queue.js'
import { runStoredTask } from '../../src/app/durable-work.js'
import type { Task } from '../../src/app/tasks.js'
import type { Logger } from '../../src/engine/types.js'
import { embeddedClient } from '../../src/store/clients.js'
import { RecordStore } from '../../src/store/record-store.js'
import type { SqlClient } from '../../src/store/sql-client.js'
import { shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { addAppRoutes, type AppState } from './support/app-github.js'
import { appHarness, deploymentProtectionEvent, type Harness } from './support/harness.js'

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined
}

let dir: string
let sql: SqlClient
let github: FakeGitHub | undefined
const queues: DurableQueue[] = []

// One PGlite for the file (it takes seconds to start); every test starts from empty tables.
beforeAll(async () => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1')
  dir = mkdtempSync(join(tmpdir(), 'rr-durable-'))
  sql = (await RecordStore.open(await embeddedClient(join(dir, 'pglite')))).sql
}, 60_000)
afterAll(async () => {
  await sql.close()
  rmSync(dir, { recursive: true, force: true })
})
afterEach(async () => {
  for (const q of queues.splice(0)) await q.close(0)
  for (const table of ['pgboss.job', 'queue_subject_leases', 'deployment_answers'])
    await sql.query(`DELETE FROM ${table}`)
  const violations = github?.violations ?? []
  await github?.stop()
  expect(violations).toEqual([])
  github = undefined
})

/** acme/shop with release v1.0.0 at the base; the documented head is a GO, the undocumented one a NO-GO. */
async function shop() {
  const scenario = await shopOnFakeGitHub()
  github = scenario.github
  github.addRelease('v1.0.0', scenario.base)
  return { ...scenario, state: addAppRoutes(github) }
}

/** One App instance: Probot in process, its work in the durable queue on the shared database. */
async function instance(
  on: FakeGitHub,
  deploymentTimeoutMs = 300_000
): Promise<Harness & { queue: DurableQueue }> {
  const queue = new DurableQueue(
    Promise.resolve(sql),
    {
      concurrency: 2,
      expireSeconds: 60,
      retryLimit: 2,
      retryDelaySeconds: 1,
      pollMs: 50,
      maintenanceSeconds: 1,
      soleInstance: false
    },
    quiet
  )
  queues.push(queue)
  await queue.ready()
  const app = await appHarness(on, { queue, answers: new DeploymentAnswers(sql), deploymentTimeoutMs })
  queue.start((task, run) => runStoredTask(app.probot, app.deps, task, run))
  return { ...app, queue }
}

const target = (runId: number) => ({ owner: 'acme', repo: 'shop', runId, environment: 'production' })
const deploymentTask = (sha: string, runId: number, receivedAt = Date.now()): Task => ({
  kind: 'deployment',
  installation: 1,
  owner: 'acme',
  repo: 'shop',
  runId,
  environment: 'production',
  sha,
  defaultBranch: 'main',
  receivedAt
})
const answers = (state: AppState) => state.gateAnswers.map((a) => [a.runId, a.body.state])

describe('deployment protection rules with the durable queue', () => {
  it('answers a request once when GitHub delivers it twice, to two instances', async () => {
    const { github, state, undocumented } = await shop()
    const [a, b] = [await instance(github), await instance(github)]
    const event = deploymentProtectionEvent(github, undocumented, 4242)

    await Promise.all([
      a.receive('deployment_protection_rule', event),
      b.receive('deployment_protection_rule', event)
    ])
    await a.queue.idle()

    expect(answers(state)).toEqual([[4242, 'rejected']])
    expect(state.gateAnswers[0]!.body.comment).toContain(
      `NO-GO for ${undocumented.slice(0, 7)} to production`
    )
    expect(await new DeploymentAnswers(sql).count()).toEqual({ decided: 1, posted: 1 })
  })

  it('does not post again when the process died after posting and before recording it', async () => {
    const { github, state, documented } = await shop()
    const ledger = new DeploymentAnswers(sql)
    // The earlier attempt decided and posted, then died before marking it posted.
    await ledger.decide(target(77), { state: 'approved', comment: 'decided by the earlier attempt' })
    state.gateAnswers.push({
      runId: 77,
      body: { environment_name: 'production', state: 'approved', comment: 'decided by the earlier attempt' },
      at: Date.now()
    })
    const app = await instance(github)

    await app.queue.push({ key: 'k', task: deploymentTask(documented, 77), run: () => Promise.resolve() })
    await app.queue.idle()

    expect(state.gateAnswers).toHaveLength(1)
    expect(await ledger.recorded(target(77))).toEqual({
      state: 'approved',
      comment: 'decided by the earlier attempt',
      posted: true
    })
    expect(state.checkRuns).toEqual([])
  })

  it('posts the recorded decision, without evaluating again, when the process died before posting it', async () => {
    const { github, state, undocumented } = await shop()
    const ledger = new DeploymentAnswers(sql)
    await ledger.decide(target(78), { state: 'approved', comment: 'decided by the earlier attempt' })
    const app = await instance(github)

    // The undocumented head would be rejected now; the recorded decision stands.
    await app.queue.push({ key: 'k', task: deploymentTask(undocumented, 78), run: () => Promise.resolve() })
    await app.queue.idle()

    expect(state.gateAnswers.map((a) => [a.runId, a.body])).toEqual([
      [78, { environment_name: 'production', state: 'approved', comment: 'decided by the earlier attempt' }]
    ])
    expect((await ledger.recorded(target(78)))?.posted).toBe(true)
    expect(state.checkRuns).toEqual([])
  })

  it('rejects at once, with the reason, a request whose deadline passed while it was stored', async () => {
    const { github, state, documented } = await shop()
    const app = await instance(github, 60_000)

    await app.queue.push({
      key: 'k',
      task: deploymentTask(documented, 79, Date.now() - 61_000),
      run: () => Promise.resolve()
    })
    await app.queue.idle()

    expect(answers(state)).toEqual([[79, 'rejected']])
    expect(state.gateAnswers[0]!.body.comment).toBe(
      `Release readiness did not finish evaluating ${documented.slice(0, 7)} to production within 60 s (rejected: fail closed).\n` +
        'Re-run the deployment job to ask again; if it keeps timing out, check the App server logs.'
    )
    expect(state.checkRuns).toEqual([])
  })
})
