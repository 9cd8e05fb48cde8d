import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import nock from 'nock'
import { openPull, shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { STICKY_MARKER } from '../../src/sources/github/sticky-comment.js'
import { INTERRUPTED_DEPLOYMENT_COMMENT } from '../../src/app/startup-sweep.js'
import { addAppRoutes, type FakeCheckRun } from './support/app-github.js'
import { deploymentProtectionEvent, pullRequestEvent } from './support/harness.js'
import {
  deliver,
  eventually,
  logMessages,
  sign,
  startAppProcess,
  type ServerProcess
} from './support/run-server.js'

const MiB = 1024 * 1024
const LIMIT = 25 * MiB

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

/** The server's peak resident memory (Linux `VmHWM`), in MiB. */
function peakMiB(server: ServerProcess): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024
}

/**
 * POSTs a delivery the way an attacker would: `declared` as content-length (or chunked when
 * undefined), then `send` bytes of filler in 1 MiB chunks. Resolves with the status as soon as the
 * server answers, however much of the body it took, and then hangs up.
 */
function post(
  url: string,
  id: string,
  options: { declared?: number; send: number }
): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  const target = new URL(`${url}/api/github/webhooks`)
  return new Promise((resolve, reject) => {
    const req = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'pull_request',
        'x-github-delivery': id,
        'x-hub-signature-256': sign('{}'),
        ...(options.declared !== undefined ? { 'content-length': String(options.declared) } : {})
      }
    })
    let answered = false
    req.on('response', (res) => {
      answered = true
      res.resume()
      resolve({ status: res.statusCode!, ms: performance.now() - started })
      // Told no, the sender hangs up; writes still queued are cancelled, which is not a failure.
      res.once('end', () => req.destroy())
    })
    req.on('socket', (socket) => socket.on('error', () => undefined))
    req.on('error', (error) => (req.writableEnded ? undefined : reject(error)))
    const chunk = Buffer.alloc(MiB, 'x')
    let sent = 0
    const pump = (): void => {
      while (sent < options.send && !answered) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      if (options.declared === undefined && !answered) req.end()
    }
    req.on('error', () => undefined)
    pump()
  })
}

describe('the App server under abuse (node dist/app.js)', () => {
  it('refuses a body declared over 25 MiB before reading it, and logs the delivery id and size', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    server = await startAppProcess(github.url)

    // 30 MiB declared, 1 MiB sent: the answer comes although the server never got the rest.
    const answer = await post(server.url, 'big-declared', { declared: 30 * MiB, send: MiB })

    expect(answer.status).toBe(413)
    expect(answer.ms).toBeLessThan(2000)
    await eventually(() => logMessages(server!).some((m) => m.includes('big-declared')))
    expect(logMessages(server)).toContain(
      `[release-readiness] Refused delivery big-declared: ${30 * MiB} bytes is over GitHub's ${LIMIT}-byte payload limit (not read)`
    )
    expect(github.count()).toBe(0)
  })

  it('stops reading a chunked body once it passes 25 MiB, and four at once stay within bounded memory', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    server = await startAppProcess(github.url)
    const before = peakMiB(server)

    const answers = await Promise.all(
      [1, 2, 3, 4].map((n) => post(server!.url, `chunked-${n}`, { send: 96 * MiB }))
    )

    expect(answers.map((a) => a.status)).toEqual([413, 413, 413, 413])
    const refused = (): string[] =>
      logMessages(server!).filter((m) => /^\[release-readiness\] Refused delivery chunked-/.test(m))
    await eventually(() => refused().length === 4)
    const refusals = logMessages(server).filter((m) =>
      /^\[release-readiness\] Refused delivery chunked-/.test(m)
    )
    expect(refusals).toHaveLength(4)
    for (const line of refusals) {
      const bytes = Number(/after (\d+) bytes/.exec(line)![1])
      expect(bytes).toBeGreaterThan(LIMIT)
      expect(bytes).toBeLessThanOrEqual(LIMIT + MiB)
    }
    // Four bodies of 96 MiB read whole would need 384 MiB; at most 25 MiB each is held.
    expect(peakMiB(server) - before).toBeLessThan(160)
    expect(github.count()).toBe(0)
  }, 30_000)

  it('forgets the bytes of bodies whose senders hang up, so later deliveries are still read', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const state = addAppRoutes(github)
    const pull = openPull(github, shop.documented, shop.base)
    server = await startAppProcess(github.url)

    // Six senders declare 20 MiB each (120 MiB: over the 100 MiB read at once), send 2 MiB, hang up.
    const target = new URL(`${server.url}/api/github/webhooks`)
    for (let n = 0; n < 6; n++) {
      await new Promise<void>((resolve) => {
        const req = request({
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-github-event': 'pull_request',
            'x-github-delivery': `hang-up-${n}`,
            'content-length': String(20 * MiB)
          }
        })
        req.on('error', () => resolve())
        req.write(Buffer.alloc(2 * MiB, 'x'), () => setTimeout(() => (req.destroy(), resolve()), 50))
      })
      // The next sender comes once the server has seen this one go (however slow the machine is).
      await eventually(
        () => logMessages(server!).filter((m) => m.includes('could not be read')).length === n + 1
      )
    }

    const answer = await deliver(server.url, 'pull_request', pullRequestEvent(github, pull, 'synchronize'))
    expect(answer.status).toBe(200)
    await eventually(() => state.checkRuns[0]?.status === 'completed')
  }, 20_000)

  it('answers 400 to an unsigned body and logs its id and size, never the body', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    addAppRoutes(github)
    const payload = pullRequestEvent(github, openPull(github, shop.documented, shop.base))
    payload.pull_request.body = 'SECRET-BODY-MARKER '.repeat(5000)
    server = await startAppProcess(github.url)

    const unsigned = await deliver(server.url, 'pull_request', payload, { signature: null, id: 'unsigned-1' })
    const wrong = await deliver(server.url, 'pull_request', payload, {
      signature: sign(JSON.stringify(payload), 'wrong'),
      id: 'wrong-1'
    })

    expect([unsigned.status, wrong.status]).toEqual([400, 400])
    const size = Buffer.byteLength(JSON.stringify(payload))
    await eventually(() => server!.logs.some((line) => line.includes('wrong-1')))
    const lines = server.logs.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.filter((l) => l.delivery === 'unsigned-1' || l.delivery === 'wrong-1')).toEqual([
      expect.objectContaining({
        delivery: 'unsigned-1',
        event: 'pull_request',
        bytes: size,
        signature: 'missing'
      }),
      expect.objectContaining({ delivery: 'wrong-1', event: 'pull_request', bytes: size, signature: 'wrong' })
    ])
    expect(server.logs.join('\n')).not.toContain('SECRET-BODY-MARKER')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(github.count()).toBe(0)
  })

  it('judges a signed body just under the limit', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const state = addAppRoutes(github)
    const payload = pullRequestEvent(github, openPull(github, shop.documented, shop.base), 'synchronize')
    payload.padding = 'p'.repeat(LIMIT - Buffer.byteLength(JSON.stringify(payload)) - 20)
    server = await startAppProcess(github.url)

    const answer = await deliver(server.url, 'pull_request', payload, { id: 'large-but-fine' })

    expect(answer.status).toBe(200)
    await eventually(() => state.checkRuns[0]?.status === 'completed')
    expect(state.checkRuns.map((r) => r.conclusion)).toEqual(['success'])
  }, 20_000)
})

describe('the App server and comments it did not write (node dist/app.js)', () => {
  it("never takes a person's or another bot's marked comment for its own sticky comment", async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const state = addAppRoutes(github)
    const pull = openPull(github, shop.undocumented, shop.base)
    const forged = `${STICKY_MARKER}\n## ✅ Release readiness: GO`
    github.addComment(pull.number, { login: 'mallory', type: 'User' }, forged)
    github.addComment(pull.number, { login: 'other-app[bot]', type: 'Bot' }, forged)
    server = await startAppProcess(github.url)

    await deliver(server.url, 'pull_request', pullRequestEvent(github, pull, 'synchronize'))
    await eventually(() => state.checkRuns[0]?.completedAt.length === 1)
    // A second evaluation finds the App's own comment (same report: left unchanged), never a third.
    await deliver(server.url, 'pull_request', pullRequestEvent(github, pull, 'synchronize'))
    await eventually(() => state.checkRuns[0]?.completedAt.length === 2)
    await new Promise((resolve) => setTimeout(resolve, 200))

    const comments = github.comments.get(pull.number)!
    expect(comments.map((c) => [c.user.login, c.body === forged])).toEqual([
      ['mallory', true],
      ['other-app[bot]', true],
      ['release-readiness[bot]', false]
    ])
    expect(comments[2]!.body).toMatch(
      /^<!-- release-readiness:sticky-comment -->\n## ❌ Release readiness: NO-GO/
    )
    expect(github.count({ method: 'POST', path: /\/issues\/\d+\/comments$/ })).toBe(1)
    expect(github.count({ method: 'PATCH', path: /\/issues\/comments\// })).toBe(0)
    expect(github.count({ method: 'GET', path: /^\/app$/ })).toBe(1)
  }, 20_000)
})

describe('the App server through restarts and crashes (node dist/app.js)', () => {
  it('retries a deployment answer GitHub rate-limits, waiting as long as retry-after says', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    const state = addAppRoutes(github)
    const answers = /\/actions\/runs\/\d+\/deployment_protection_rule$/
    github.fail({ method: 'POST', path: answers, status: 403, retryAfter: 1 })
    github.fail({ method: 'POST', path: answers, status: 429, retryAfter: 1 })
    server = await startAppProcess(github.url)

    await deliver(
      server.url,
      'deployment_protection_rule',
      deploymentProtectionEvent(github, shop.documented, 31)
    )

    await eventually(() => state.gateAnswers.length === 1)
    const tries = github.requests.filter((r) => r.method === 'POST' && answers.test(r.path))
    expect(tries.map((r) => r.status)).toEqual([403, 429, 204])
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(990)
    expect(tries[2]!.at - tries[1]!.at).toBeGreaterThanOrEqual(990)
    expect(state.gateAnswers[0]!.body).toMatchObject({ environment_name: 'production', state: 'approved' })
  }, 20_000)

  it('on SIGTERM, rejects a deployment it could not finish, with the reason, then exits', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    const state = addAppRoutes(github)
    server = await startAppProcess(github.url, { SHUTDOWN_DRAIN_MS: '100' })
    github.latencyMs = 400

    await deliver(
      server.url,
      'deployment_protection_rule',
      deploymentProtectionEvent(github, shop.documented, 32)
    )
    await eventually(() => github!.count() > 0)
    const exited = new Promise<number | null>((resolve) => server!.child.once('exit', resolve))
    server.child.kill('SIGTERM')

    expect(await exited).toBe(0)
    expect(state.gateAnswers.map((a) => [a.runId, a.body.state, a.body.comment])).toEqual([
      [
        32,
        'rejected',
        'Release readiness: the App server is restarting and could not finish evaluating this deployment (rejected: fail closed). Re-run the job to ask again.'
      ]
    ])
    await eventually(() =>
      logMessages(server!).some((m) => m.startsWith('[release-readiness] Shutting down'))
    )
    expect(logMessages(server)).toContain(
      '[release-readiness] Shutting down: 0 queued job(s) dropped, 1 pending deployment(s) rejected.'
    )
  }, 20_000)

  it('completes a check run a crash left in progress at start-up, says why, and evaluates again', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const state = addAppRoutes(github)
    const pull = openPull(github, shop.undocumented, shop.base)
    state.checkRuns.push({
      id: 41,
      name: 'Release readiness',
      head_sha: pull.head.sha,
      status: 'in_progress',
      conclusion: null,
      external_id: `pull_request:${pull.number}`,
      output: { annotations: [] },
      actions: [],
      html_url: 'https://github.com/acme/shop/runs/41',
      started_at: new Date(Date.now() - 60_000).toISOString(),
      completedAt: []
    })
    server = await startAppProcess(github.url, { STARTUP_SWEEP: 'on' })

    await eventually(() => state.checkRuns[0]!.completedAt.length === 2)
    const patches = github.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith('/check-runs/41'))
    expect(patches.map((r) => [(r.body as any).conclusion, (r.body as any).output?.title])).toEqual([
      ['failure', 'Evaluation interrupted'],
      [undefined, undefined],
      ['failure', 'NO-GO (docs-updated)']
    ])
    expect(state.checkRuns).toHaveLength(1)
    await eventually(() =>
      logMessages(server!).some((m) => m.startsWith('[release-readiness] Start-up sweep: 1 '))
    )
    expect(logMessages(server)).toContain(
      '[release-readiness] Start-up sweep: 1 recent open pull request(s) looked at, 1 interrupted check run(s) completed.'
    )
  }, 20_000)

  /** A check run of ours a crashed server left `in_progress` a minute ago. */
  function leftRun(id: number, externalId: string, sha: string): FakeCheckRun {
    const subject = externalId.replace(':', ': ')
    return {
      id,
      name: `Release readiness (${subject})`,
      head_sha: sha,
      status: 'in_progress',
      conclusion: null,
      external_id: externalId,
      output: { annotations: [] },
      actions: [],
      html_url: `https://github.com/acme/shop/runs/${id}`,
      started_at: new Date(Date.now() - 60_000).toISOString(),
      completedAt: []
    }
  }

  it('completes the release and deployment runs a crash left in progress, and rejects the waiting deployment once', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.1.0', shop.documented)
    // Two deployments of one SHA to one environment: one check run, one answer.
    github.addDeployment('production', shop.documented, ['waiting'])
    github.addDeployment('production', shop.documented, ['waiting'])
    const state = addAppRoutes(github)
    state.checkRuns.push(leftRun(42, 'release:v1.1.0', shop.documented))
    state.checkRuns.push(leftRun(43, 'deployment:production', shop.documented))
    state.waitingRuns.push({ id: 77, head_sha: shop.documented })
    server = await startAppProcess(github.url, { STARTUP_SWEEP: 'on' })

    await eventually(() =>
      logMessages(server!).some((m) => m.startsWith('[release-readiness] Start-up sweep: 1 release(s)'))
    )
    expect(state.checkRuns.map((r) => [r.id, r.status, r.conclusion, r.output.title])).toEqual([
      [42, 'completed', 'failure', 'Evaluation interrupted'],
      [43, 'completed', 'failure', 'Evaluation interrupted']
    ])
    expect(state.checkRuns[1]!.output.summary).toContain(
      'Evaluation interrupted: the server restarted; re-run.'
    )
    expect(github.count({ method: 'PATCH', path: /\/check-runs\/4[23]$/ })).toBe(2)
    expect(state.gateAnswers.map((a) => [a.runId, a.body])).toEqual([
      [77, { environment_name: 'production', state: 'rejected', comment: INTERRUPTED_DEPLOYMENT_COMMENT }]
    ])
    expect(INTERRUPTED_DEPLOYMENT_COMMENT).toBe(
      'Release readiness: evaluation interrupted: the server restarted; re-run (rejected: fail closed).'
    )
    expect(logMessages(server)).toContain(
      '[release-readiness] Start-up sweep: 1 release(s) and 1 deployment(s) looked at, 1 waiting deployment(s) rejected, 12 request(s), 0 failed read(s).'
    )
    expect(logMessages(server)).toContain(
      '[release-readiness] Start-up sweep: 0 recent open pull request(s) looked at, 2 interrupted check run(s) completed.'
    )
  }, 20_000)

  it('logs a start-up sweep read that fails and goes on with the rest, never crashing', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.1.0', shop.documented)
    github.addRelease('v1.2.0', shop.documented)
    github.addDeployment('staging', shop.documented, ['waiting'])
    const state = addAppRoutes(github)
    state.checkRuns.push(leftRun(42, 'release:v1.1.0', shop.documented))
    state.checkRuns.push(leftRun(43, 'deployment:staging', shop.documented))
    // The newest release's tag is gone (404): the older one is still looked at.
    github.fail({ method: 'GET', path: /\/commits\/v1\.2\.0$/, status: 404 })
    server = await startAppProcess(github.url, { STARTUP_SWEEP: 'on' })

    await eventually(() =>
      logMessages(server!).some((m) => m.startsWith('[release-readiness] Start-up sweep: 2 release(s)'))
    )
    expect(state.checkRuns.map((r) => [r.id, r.status])).toEqual([
      [42, 'completed'],
      [43, 'completed']
    ])
    expect(
      logMessages(server).some((m) =>
        m.startsWith(
          '[release-readiness] Start-up sweep: could not read the check run of release v1.2.0 on acme/shop: '
        )
      )
    ).toBe(true)
    // No workflow run waits on that SHA: nothing to answer, and the log says so.
    expect(state.gateAnswers).toEqual([])
    expect(logMessages(server)).toContain(
      `[release-readiness] Start-up sweep: no workflow run on ${shop.documented.slice(0, 7)} is waiting on acme/shop; no deployment answer to post for staging.`
    )
    expect(logMessages(server)).toContain(
      '[release-readiness] Start-up sweep: 2 release(s) and 1 deployment(s) looked at, 0 waiting deployment(s) rejected, 12 request(s), 1 failed read(s).'
    )
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    await server.stop()

    state.checkRuns[0]!.status = 'in_progress'
    state.checkRuns[0]!.conclusion = null
    github.fail({ method: 'GET', path: /\/releases$/, status: 404 })
    server = await startAppProcess(github.url, { STARTUP_SWEEP: 'on' })

    await eventually(() =>
      logMessages(server!).some((m) => m.startsWith('[release-readiness] Start-up sweep: 0 release(s)'))
    )
    expect(state.checkRuns.map((r) => [r.id, r.status])).toEqual([
      [42, 'in_progress'],
      [43, 'completed']
    ])
    expect(
      logMessages(server).some((m) =>
        m.startsWith('[release-readiness] Start-up sweep: could not look at the releases of acme/shop: ')
      )
    ).toBe(true)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  }, 20_000)
})
