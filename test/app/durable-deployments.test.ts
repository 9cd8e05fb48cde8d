import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DeploymentAnswers } from '../../src/app/deployment-answers.js'
import { DurableQueue } from '../../src/app/durable-queue.js'
import { giveUpStoredTask, runStoredTask } from '../../src/app/durable-work.js'
import type { AppDeps } from '../../src/app/deps.js'
import type { EvaluationRecord } from '../../src/reports/record/index.js'
import type { Task } from '../../src/app/tasks.js'
import type { Logger } from '../../src/engine/types.js'
import { embeddedClient } from '../../src/store/clients.js'
import { RecordStore } from '../../src/store/record-store.js'
import type { SqlClient } from '../../src/store/sql-client.js'
import { openPull, shopOnFakeGitHub } from '../support/action-scenario.js'
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
  deploymentTimeoutMs = 300_000,
  overrides: Partial<AppDeps> & { retryLimit?: number } = {}
): Promise<Harness & { queue: DurableQueue }> {
  const { retryLimit = 2, ...deps } = overrides
  const queue = new DurableQueue(
    Promise.resolve(sql),
    {
      concurrency: 2,
      expireSeconds: 60,
      retryLimit,
      retryDelaySeconds: 1,
      pollMs: 50,
      maintenanceSeconds: 1,
      soleInstance: false
    },
    quiet
  )
  queues.push(queue)
  await queue.ready()
  const app = await appHarness(on, {
    queue,
    answers: new DeploymentAnswers(sql),
    deploymentTimeoutMs,
    ...deps
  })
  queue.start(
    (task, run) => runStoredTask(app.probot, app.deps, task, run),
    (task, error, attempts) => giveUpStoredTask(app.probot, app.deps, task, error, attempts)
  )
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

  it('rejects once, with the reason and what to do, a request whose every attempt failed, and keeps an error record', async () => {
    const { github, state, documented } = await shop()
    // The store drops the connection on both attempts (QUEUE_RETRY_LIMIT=1), then comes back.
    class FlakyAnswers extends DeploymentAnswers {
      failures = 2
      override async recorded(t: Parameters<DeploymentAnswers['recorded']>[0]) {
        if (this.failures-- > 0) throw new Error('Connection terminated unexpectedly')
        return super.recorded(t)
      }
    }
    const records: EvaluationRecord[] = []
    const app = await instance(github, 300_000, {
      retryLimit: 1,
      answers: new FlakyAnswers(sql),
      records: { save: async (r) => void records.push(r) }
    })

    await app.queue.push({ key: 'k', task: deploymentTask(documented, 80), run: () => Promise.resolve() })
    await app.queue.idle()

    expect(state.gateAnswers.map((a) => [a.runId, a.body])).toEqual([
      [
        80,
        {
          environment_name: 'production',
          state: 'rejected',
          comment:
            `Release readiness could not complete the evaluation of ${documented.slice(0, 7)} to production: all 2 attempt(s) failed (rejected: fail closed).\n` +
            'Last error: Connection terminated unexpectedly\n' +
            'Re-run the deployment job (or redeploy) to ask again once the cause is fixed; the App server logs say more.'
        }
      ]
    ])
    expect(await new DeploymentAnswers(sql).count()).toEqual({ decided: 1, posted: 1 })
    expect(state.checkRuns.map((r) => [r.name, r.head_sha, r.status, r.conclusion])).toEqual([
      ['Release readiness (deployment: production)', documented, 'completed', 'failure']
    ])
    expect(records.map((r) => [r.event, r.outcome, r.environment, r.head])).toEqual([
      ['deployment', 'error', 'production', documented]
    ])
    const { rows } = await sql.query<{ state: string; retry_count: number }>(
      "SELECT state, retry_count FROM pgboss.job WHERE name = 'release-readiness'"
    )
    expect(rows).toEqual([{ state: 'failed', retry_count: 1 }])
  }, 20_000)

  it('does not contradict a decision recorded before the last attempt failed', async () => {
    const { github, state, documented } = await shop()
    const ledger = new DeploymentAnswers(sql)
    await ledger.decide(target(81), { state: 'approved', comment: 'decided by the earlier attempt' })
    state.waitingRuns.push({ id: 81, head_sha: documented })
    // Both attempts fail before they read the ledger; giving up finds the recorded decision.
    class FlakyAnswers extends DeploymentAnswers {
      failures = 2
      override async recorded(t: Parameters<DeploymentAnswers['recorded']>[0]) {
        if (this.failures-- > 0) throw new Error('Connection terminated unexpectedly')
        return super.recorded(t)
      }
    }
    const app = await instance(github, 300_000, { retryLimit: 1, answers: new FlakyAnswers(sql) })

    await app.queue.push({ key: 'k', task: deploymentTask(documented, 81), run: () => Promise.resolve() })
    await app.queue.idle()

    expect(answers(state)).toEqual([[81, 'approved']])
    expect(state.gateAnswers[0]!.body.comment).toBe('decided by the earlier attempt')
  }, 20_000)

  it('completes the check run of a release whose every attempt failed as a failure: could not evaluate', async () => {
    const { github, state, base } = await shop()
    github.fail({ method: 'GET', path: /\/releases\/tags\//, status: 500, times: Infinity })
    const app = await instance(github, 300_000, { retryLimit: 1 })
    const task: Task = { kind: 'release', installation: 1, owner: 'acme', repo: 'shop', tag: 'v1.0.0' }

    await app.queue.push({ key: 'k', task, run: () => Promise.resolve() })
    await app.queue.idle()

    expect(state.checkRuns.map((r) => [r.name, r.head_sha, r.status, r.conclusion, r.external_id])).toEqual([
      ['Release readiness (release: v1.0.0)', base, 'completed', 'failure', 'release:v1.0.0']
    ])
    expect(state.checkRuns[0]!.output.title).toBe('Could not evaluate')
    expect(state.checkRuns[0]!.output.summary).toBe(
      [
        '## ⛔ Release readiness: could not evaluate',
        '',
        'The evaluation could not complete: all 2 attempt(s) failed. Last error: \\[release-readiness\\] The GitHub API kept failing: ' +
          'GET /repos/acme/shop/releases/tags/v1.0.0 answered 500 2 time(s) in a row, so the change could not be evaluated (this is not a GO). ' +
          'Re-run the job; if it keeps failing, check https://www.githubstatus.com.',
        '',
        'This is not a GO. Use the **Re-run** button above (or comment `/release-readiness recheck`) once the cause is fixed.'
      ].join('\n')
    )
  }, 20_000)

  it('completes the check run of a pull request whose every attempt failed as a failure: could not evaluate', async () => {
    const { github, state, base, documented } = await shop()
    openPull(github, documented, base)
    // A stored task without its installation asks GitHub for it: GitHub fails on both attempts.
    github.fail({ method: 'GET', path: /^\/repos\/acme\/shop\/installation$/, status: 500, times: 2 })
    const app = await instance(github, 300_000, { retryLimit: 1 })
    const task: Task = { kind: 'pull_request', owner: 'acme', repo: 'shop', number: 7 }

    await app.queue.push({ key: 'k', task, run: () => Promise.resolve() })
    await app.queue.idle()

    expect(state.checkRuns.map((r) => [r.name, r.head_sha, r.status, r.conclusion, r.external_id])).toEqual([
      ['Release readiness', documented, 'completed', 'failure', 'pull_request:7']
    ])
    expect(state.checkRuns[0]!.output.title).toBe('Could not evaluate')
    expect(state.checkRuns[0]!.output.summary!.split('\n')[2]).toBe(
      'The evaluation could not complete: all 2 attempt(s) failed. Last error: Injected failure 500'
    )
  }, 20_000)
})
