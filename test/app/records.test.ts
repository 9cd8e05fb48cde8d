import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
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

describe('the App’s evaluation records', () => {
  it('stores a record of every evaluation in PostgreSQL when DATABASE_URL is set, and announces a rejected deployment', async () => {
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
    const db = await PGlite.create()
    const pgServer = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 })
    await pgServer.start()
    cleanup.push(async () => {
      await pgServer.stop()
      await db.close()
    })
    const url = `postgres://postgres:pw@${pgServer.getServerConn()}/postgres?sslmode=disable`
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    const state = addAppRoutes(github)
    const pull = openPull(github, shop.undocumented, shop.base)
    server = await startAppProcess(github.url, {
      STORE: 'on',
      DATABASE_URL: url,
      NOTIFY_WEBHOOK_URL: hookUrl,
      NOTIFY_FORMAT: 'teams',
      BOARD_URL: 'https://rr.example.com'
    })
    await eventually(() => server!.logs.join('\n').includes('Store: '), 30_000)
    expect(server.logs.join('\n')).toContain(
      `Store: PostgreSQL at 127.0.0.1:${pgServer.getServerConn().split(':')[1]}/postgres`
    )
    expect(server.logs.join('\n')).not.toContain(':pw@')

    await deliver(server.url, 'pull_request', pullRequestEvent(github, pull, 'synchronize'))
    await deliver(
      server.url,
      'deployment_protection_rule',
      deploymentProtectionEvent(github, shop.undocumented, 777)
    )
    await eventually(() => state.gateAnswers.length === 1 && state.checkRuns.length >= 1)

    const store = await RecordStore.open(await postgresClient(url, { max: 1 }))
    cleanup.push(() => store.close())
    let records = await store.list()
    for (let i = 0; i < 100 && records.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      records = await store.list()
    }
    expect(records.map((r) => recordProblems(r))).toEqual([[], []])
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
    // One message, for the rejected deployment only (a pull request is not announced).
    for (let i = 0; i < 100 && messages.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 50))
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
    expect(server.logs.join('\n')).not.toContain('secret-path')
  }, 60_000)

  it('keeps them in the embedded store in DATA_DIR with nothing configured, and they outlive the process', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rr-app-store-'))
    cleanup.push(async () => rmSync(dataDir, { recursive: true, force: true }))
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const state = addAppRoutes(github)
    const pull = openPull(github, shop.documented, shop.base)
    // The embedded store is the default: STORE unset, DATABASE_URL unset.
    server = await startAppProcess(github.url, { STORE: '', DATA_DIR: dataDir })
    await eventually(() => server!.logs.join('\n').includes('Store: '), 30_000)
    expect(server.logs.join('\n')).toContain(`Store: embedded (PGlite) in ${join(dataDir, 'pglite')}`)
    await deliver(server.url, 'pull_request', pullRequestEvent(github, pull, 'synchronize'))
    await eventually(() => state.checkRuns[0]?.status === 'completed')
    await server.stop()
    server = undefined

    const store = await RecordStore.open(await embeddedClient(join(dataDir, 'pglite')))
    cleanup.push(() => store.close())
    const records = await store.list()
    expect(records.map((r) => [r.event, r.subject.number, r.verdict])).toEqual([
      ['pull_request', pull.number, 'go']
    ])
  }, 60_000)
})
