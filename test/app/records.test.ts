import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import nock from 'nock'
import { recordProblems } from '../../src/reports/record/parse-record.js'
import { embeddedClient, postgresClient } from '../../src/store/clients.js'
import { RecordStore } from '../../src/store/record-store.js'
import { openPull, shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { startPostgres } from '../support/postgres-server.js'
import { addAppRoutes } from './support/app-github.js'
import { deploymentProtectionEvent, pullRequestEvent } from './support/harness.js'
import { deliver, eventually, startAppProcess, type ServerProcess } from './support/run-server.js'

let github: FakeGitHub | undefined
let server: ServerProcess | undefined
const cleanup: Array<() => Promise<void>> = []
beforeAll(() => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1')
})
afterEach(async () => {
  await server?.stop()
  await github?.stop()
  for (const step of cleanup.splice(0).reverse()) await step()
  github = server = undefined
})

/**
 * Where the App is told to keep its records, the environment that says so, the log line it must
 * write, and how the test opens the same store afterwards (once the App has stopped).
 */
interface StoreUnderTest {
  env: Record<string, string>
  announced: string
  open(): Promise<RecordStore>
  /** What must not appear in the App's log (a password). */
  secret?: string
}

async function embeddedStore(): Promise<StoreUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rr-app-store-'))
  cleanup.push(async () => rmSync(dataDir, { recursive: true, force: true }))
  return {
    // The embedded store is the default: STORE unset, DATABASE_URL unset.
    env: { STORE: '', DATA_DIR: dataDir },
    announced: `Store: embedded (PGlite) in ${join(dataDir, 'pglite')}`,
    open: async () => RecordStore.open(await embeddedClient(join(dataDir, 'pglite')))
  }
}

async function postgresStore(): Promise<StoreUnderTest> {
  const postgres = await startPostgres()
  cleanup.push(postgres.stop)
  return {
    env: { STORE: 'on', DATABASE_URL: postgres.url },
    announced: `Store: PostgreSQL at 127.0.0.1:${postgres.port}/postgres`,
    open: async () => RecordStore.open(await postgresClient(postgres.url, { max: 1 })),
    secret: postgres.password
  }
}

describe.each([
  ['in the embedded store in DATA_DIR, with nothing configured', embeddedStore],
  ['in PostgreSQL when DATABASE_URL is set (a real server)', postgresStore]
])('the App’s evaluation records, %s', (_name, makeStore) => {
  it('keeps a record of every evaluation that outlives the process, and announces a rejected deployment', async () => {
    const messages: Array<{
      attachments: Array<{ content: { body: Array<{ text: string }>; actions: unknown[] } }>
    }> = []
    const hook = createServer((req, res) => {
      let raw = ''
      req.on('data', (c) => (raw += c))
      req.on('end', () => {
        messages.push(JSON.parse(raw))
        res.writeHead(200).end()
      })
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    cleanup.push(() => new Promise((resolve) => hook.close(() => resolve())))
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/webhookb2/secret-path`
    const where = await makeStore()
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    const state = addAppRoutes(github)
    const pull = openPull(github, shop.undocumented, shop.base)
    server = await startAppProcess(github.url, {
      ...where.env,
      NOTIFY_WEBHOOK_URL: hookUrl,
      NOTIFY_FORMAT: 'teams',
      BOARD_URL: 'https://rr.example.com'
    })
    await eventually(() => server!.logs.join('\n').includes('Store: '), 30_000)
    expect(server.logs.join('\n')).toContain(where.announced)

    await deliver(server.url, 'pull_request', pullRequestEvent(github, pull, 'synchronize'))
    await deliver(
      server.url,
      'deployment_protection_rule',
      deploymentProtectionEvent(github, shop.undocumented, 777)
    )
    await eventually(() => state.gateAnswers.length === 1 && state.checkRuns[0]?.status === 'completed')
    // One message, for the rejected deployment only (a pull request is not announced).
    await eventually(() => messages.length === 1)
    // Both records are written before the App stops: a stop waits for the evaluations in flight.
    const logs = server.logs.join('\n')
    await server.stop()
    server = undefined

    const store = await where.open()
    cleanup.push(() => store.close())
    const records = await store.list()
    expect(records.map((r) => recordProblems(r))).toEqual([[], []])
    expect(records.map((r) => r.event).sort()).toEqual(['deployment', 'pull_request'])
    const byEvent = Object.fromEntries(records.map((r) => [r.event, r]))
    expect(byEvent.pull_request).toMatchObject({
      repository: { fullName: 'acme/shop' },
      subject: { type: 'pull_request', number: pull.number, state: 'open' },
      head: shop.undocumented,
      verdict: 'no-go',
      blocking: ['docs-updated'],
      tool: { runtime: 'app' }
    })
    expect(byEvent.deployment).toMatchObject({
      environment: 'production',
      head: shop.undocumented,
      deployment: { decision: 'rejected' }
    })
    expect(messages.map((m) => m.attachments[0]!.content.body.map((b) => b.text))).toEqual([
      [
        `Release readiness: deployment of acme/shop ${shop.undocumented.slice(0, 7)} to production rejected`,
        // The owners the deployed pull request's plan names (not its author).
        'Owners: @pets-oncall, @pets-team',
        `• docs-updated: ${byEvent.deployment!.checks.find((c) => c.id === 'docs-updated')!.summary}`
      ]
    ])
    expect(messages[0]!.attachments[0]!.content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open the board', url: 'https://rr.example.com/board' }
    ])
    expect(logs).not.toContain('secret-path')
    if (where.secret) expect(logs).not.toContain(where.secret)
  }, 60_000)
})
