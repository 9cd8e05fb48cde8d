import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import nock from 'nock'
import { openPull, shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { addAppRoutes } from './support/app-github.js'
import { deploymentProtectionEvent, pullRequestEvent } from './support/harness.js'
import {
  deliver,
  eventually,
  logMessages,
  startAppProcess,
  type ServerProcess
} from './support/run-server.js'

let github: FakeGitHub | undefined
const servers: ServerProcess[] = []
const cleanup: Array<() => Promise<void> | void> = []
beforeAll(() => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1')
})
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop()
  const violations = github?.violations ?? []
  await github?.stop()
  for (const step of cleanup.splice(0).reverse()) await step()
  expect(violations).toEqual([])
  github = undefined
})

/** The queue's counts on /healthz. */
async function health(server: ServerProcess): Promise<Record<string, number>> {
  const body = (await (await fetch(`${server.url}/healthz`)).json()) as { queue: Record<string, number> }
  return body.queue
}

async function until(condition: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** A "GitHub" that accepts connections and never answers: work started against it makes no write. */
async function unresponsive(): Promise<string> {
  const sockets: Socket[] = []
  const server: Server = createServer((socket) => void sockets.push(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanup.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  )
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const durable = (dataDir: string): Record<string, string> => ({
  STORE: 'on',
  DATA_DIR: dataDir,
  QUEUE_POLL_MS: '100',
  QUEUE_RETRY_DELAY_SECONDS: '1',
  QUEUE_MAINTENANCE_SECONDS: '1'
})

describe('the App server with the durable queue (node dist/app.js)', () => {
  it('answers 500 while it cannot store the job, so GitHub marks the delivery failed and its redelivery is judged', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    addAppRoutes(github)
    const payload = pullRequestEvent(github, openPull(github, shop.documented, shop.base), 'synchronize')
    // Nothing listens on port 1: the store cannot open, so no job can be stored.
    const server = await startAppProcess(github.url, {
      STORE: 'on',
      DATABASE_URL: 'postgres://rr:pw@127.0.0.1:1/rr?sslmode=disable'
    })
    servers.push(server)

    const first = await deliver(server.url, 'pull_request', payload, { id: 'delivery-7' })
    const again = await deliver(server.url, 'pull_request', payload, { id: 'delivery-7' })

    expect([first.status, again.status]).toEqual([500, 500])
    expect(github.count()).toBe(0)
  })

  it('keeps accepted deliveries across a SIGTERM and a SIGKILL: the App restarted on the same data directory runs each once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rr-app-data-'))
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    const state = addAppRoutes(github)
    const documented = openPull(github, shop.documented, shop.base)
    const undocumented = openPull(github, shop.undocumented, shop.base, { number: 8 })
    const nowhere = await unresponsive()

    // The first process takes two jobs but cannot reach GitHub; SIGTERM hands them back.
    const first = await startAppProcess(nowhere, { ...durable(dataDir), SHUTDOWN_DRAIN_MS: '200' })
    const accepted = [
      await deliver(first.url, 'pull_request', pullRequestEvent(github, documented, 'synchronize')),
      await deliver(first.url, 'pull_request', pullRequestEvent(github, undocumented, 'opened'))
    ]
    await until(async () => (await health(first)).running === 2)
    const exited = new Promise<number | null>((resolve) => first.child.once('exit', (code) => resolve(code)))
    first.child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(logMessages(first)).toContain(
      '[release-readiness] Shutting down: queued jobs stay stored; 2 running job(s) handed back to the queue.'
    )

    // The second process takes them again, and a deployment, and is killed.
    const killed = await startAppProcess(nowhere, durable(dataDir))
    accepted.push(
      await deliver(
        killed.url,
        'deployment_protection_rule',
        deploymentProtectionEvent(github, shop.undocumented, 4242)
      )
    )
    expect(accepted.map((a) => a.status)).toEqual([200, 200, 200])
    await until(async () => (await health(killed)).running >= 1)
    killed.child.kill('SIGKILL')
    await new Promise((resolve) => killed.child.once('exit', resolve))
    expect(github.count()).toBe(0)

    const second = await startAppProcess(github.url, durable(dataDir))
    servers.push(second)
    await eventually(
      () =>
        state.gateAnswers.length === 1 &&
        state.checkRuns.filter((r) => r.external_id?.startsWith('pull_request:') && r.status === 'completed')
          .length === 2,
      40_000
    )
    await eventually(() => logMessages(second).some((m) => m.includes('interrupted by the last stop')))
    // Nothing more arrives: every job ran once.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(
      state.checkRuns
        .map((r) => [r.external_id, r.head_sha, r.conclusion, r.completedAt.length])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0])))
    ).toEqual([
      ['deployment:production', shop.undocumented, 'failure', 1],
      ['pull_request:7', shop.documented, 'success', 1],
      ['pull_request:8', shop.undocumented, 'failure', 1]
    ])
    expect(state.gateAnswers.map((a) => [a.runId, a.body.state])).toEqual([[4242, 'rejected']])
    expect(await health(second)).toMatchObject({ queued: 0, running: 0, failed: 0 })
  }, 120_000)
})
