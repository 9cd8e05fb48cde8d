import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import nock from 'nock'
import { openPull, shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { addAppRoutes } from './support/app-github.js'
import { deploymentProtectionEvent, pullRequestEvent } from './support/harness.js'
import {
  APP_BUNDLE,
  deliver,
  eventually,
  logMessages,
  sign,
  startAppProcess,
  type ServerProcess
} from './support/run-server.js'

let github: FakeGitHub | undefined
let server: ServerProcess | undefined
beforeAll(() => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1')
})
afterEach(async () => {
  await server?.stop()
  const violations = github?.violations ?? []
  await github?.stop()
  expect(violations).toEqual([])
  github = server = undefined
})

describe('the App server (node dist/app.js)', () => {
  it('answers a signed delivery at once, then completes the check run through the API', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const state = addAppRoutes(github)
    const pull = openPull(github, shop.undocumented, shop.base)
    server = await startAppProcess(github.url)

    const answer = await deliver(server.url, 'pull_request', pullRequestEvent(github, pull, 'synchronize'))

    expect(answer.status).toBe(200)
    expect(answer.ms).toBeLessThan(2000)
    await eventually(() => state.checkRuns[0]?.status === 'completed')
    expect(state.checkRuns.map((r) => [r.head_sha, r.conclusion])).toEqual([[shop.undocumented, 'failure']])
    expect(state.tokensIssued).toBe(1)
    expect(github.requests.every((r) => r.violations.length === 0)).toBe(true)
    const stats = (): string | undefined =>
      server!.logs.map((line) => JSON.parse(line).msg as string).find((msg) => msg?.startsWith('[github] '))
    await eventually(() => stats() !== undefined)
    expect(stats()).toMatch(/^\[github\] \d+ API call\(s\) \(0 retries\)/)
  })

  it('does not judge a replayed delivery again, and updates the same check run for a new delivery', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const state = addAppRoutes(github)
    const payload = pullRequestEvent(github, openPull(github, shop.documented, shop.base), 'synchronize')
    server = await startAppProcess(github.url)

    expect((await deliver(server.url, 'pull_request', payload, { id: 'delivery-1' })).status).toBe(200)
    await eventually(() => state.checkRuns[0]?.completedAt.length === 1)
    // The evaluation is over once it logs its API calls (the sticky comment comes after the check run).
    await eventually(() => logMessages(server!).some((m) => m.startsWith('[github] ')))
    const calls = github.count()
    const replay = await deliver(server.url, 'pull_request', payload, { id: 'delivery-1' })
    expect(replay).toMatchObject({ status: 200, text: 'already received\n' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(github.count()).toBe(calls)
    await eventually(() => logMessages(server!).some((m) => m.includes('received already')))
    expect(logMessages(server)).toContain(
      '[release-readiness] Delivery delivery-1 was received already; not judging it again'
    )

    expect((await deliver(server.url, 'pull_request', payload, { id: 'delivery-2' })).status).toBe(200)
    await eventually(() => state.checkRuns[0]?.completedAt.length === 2)
    expect(state.checkRuns.map((r) => [r.head_sha, r.conclusion])).toEqual([[shop.documented, 'success']])
  })

  it('answers a deployment protection rule through the API', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    const state = addAppRoutes(github)
    server = await startAppProcess(github.url)

    const answer = await deliver(
      server.url,
      'deployment_protection_rule',
      deploymentProtectionEvent(github, shop.undocumented, 777)
    )

    expect(answer.status).toBe(200)
    await eventually(() => state.gateAnswers.length === 1)
    expect(state.gateAnswers[0]!.runId).toBe(777)
    expect(state.gateAnswers[0]!.body).toMatchObject({ environment_name: 'production', state: 'rejected' })
    expect(state.gateAnswers[0]!.body.comment).toContain(
      `NO-GO for ${shop.undocumented.slice(0, 7)} to production`
    )
  })

  it('answers 400 to a missing or wrong signature and calls no API', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    addAppRoutes(github)
    const payload = pullRequestEvent(github, openPull(github, shop.documented, shop.base))
    server = await startAppProcess(github.url)

    expect((await deliver(server.url, 'pull_request', payload, { signature: null })).status).toBe(400)
    expect((await deliver(server.url, 'pull_request', payload, { signature: sign('{}') })).status).toBe(400)
    expect(
      (
        await deliver(server.url, 'pull_request', payload, {
          signature: sign(JSON.stringify(payload), 'wrong')
        })
      ).status
    ).toBe(400)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(github.count()).toBe(0)
  })

  it('serves /healthz', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    server = await startAppProcess(github.url)
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', queue: { queued: 0, running: 0 } })
  })

  it('exits 2 with one line naming what is missing from the environment', () => {
    const run = spawnSync(process.execPath, [APP_BUNDLE], {
      env: { PATH: process.env.PATH ?? '', APP_ID: '1' },
      encoding: 'utf8'
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      "[release-readiness] Missing environment: PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET. Set them from the App's settings page (see docs/app.md) and start again.\n"
    )
    expect(run.stdout).toBe('')
  })
})
