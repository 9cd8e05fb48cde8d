import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { recordProblems } from '../../src/reports/record/parse-record.js'
import type { EvaluationRecord } from '../../src/reports/record/types.js'
import { openPull, pullRequestPayload, shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { FakeResults, fakeRuntimeToken, unzip } from '../support/fake-results.js'
import { runAction } from '../support/run-action.js'

/** A record collector on 127.0.0.1 that answers the given statuses in turn (the last one repeats). */
async function collector(statuses: number[]): Promise<{
  url: string
  received: Array<{ authorization?: string; body: unknown }>
  server: Server
}> {
  const received: Array<{ authorization?: string; body: unknown }> = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8'))
      })
      res.writeHead(statuses[Math.min(received.length - 1, statuses.length - 1)]!).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/records`, received, server }
}

let github: FakeGitHub | undefined
let results: FakeResults | undefined
let server: Server | undefined
afterEach(async () => {
  if (github) expect(github.violations).toEqual([])
  await github?.stop()
  await results?.stop()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  github = results = server = undefined
})

describe('the Action’s evaluation record', () => {
  it('uploads the record as an artifact and POSTs it to record-url, retrying a 503', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    results = await new FakeResults().start()
    const sink = await collector([503, 202])
    server = sink.server
    const pull = openPull(github, shop.undocumented, shop.base)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull),
      inputs: { 'record-url': sink.url, 'record-url-token': 'collector-secret' },
      env: { ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(), ACTIONS_RESULTS_URL: results.url }
    })

    expect(run.code).toBe(1)
    const text = readFileSync(run.outputs['record-json']!, 'utf8')
    const record = JSON.parse(text) as EvaluationRecord
    expect(recordProblems(record)).toEqual([])
    expect(record).toMatchObject({
      verdict: 'no-go',
      blocking: ['docs-updated'],
      repository: { fullName: 'acme/shop', url: 'https://github.com/acme/shop' },
      subject: {
        type: 'pull_request',
        number: pull.number,
        url: `https://github.com/acme/shop/pull/${pull.number}`
      },
      tool: { runtime: 'action' }
    })
    const artifact = results.artifacts.get(`release-readiness-record-pull_request-pr-${pull.number}`)
    expect(artifact?.finalized).toBe(true)
    expect([...unzip(artifact!.content)]).toEqual([['release-readiness-record.json', Buffer.from(text)]])
    expect(sink.received).toEqual([
      { authorization: 'Bearer collector-secret', body: record },
      { authorization: 'Bearer collector-secret', body: record }
    ])
    // The token is masked in the log, and printed nowhere else.
    expect(run.stdout.split('\n').filter((line) => line.includes('collector-secret'))).toEqual([
      '::add-mask::collector-secret'
    ])
  })

  it('uploads and POSTs a record with outcome error when the evaluation cannot run at all', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    results = await new FakeResults().start()
    const sink = await collector([202])
    server = sink.server
    github.fail({ method: 'GET', path: /release-readiness\.yml$/, status: 500, times: Infinity })
    const pull = openPull(github, shop.undocumented, shop.base)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull),
      inputs: { 'record-url': sink.url },
      env: { ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(), ACTIONS_RESULTS_URL: results.url }
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBeUndefined()
    const record = JSON.parse(readFileSync(run.outputs['record-json']!, 'utf8')) as EvaluationRecord
    expect(recordProblems(record)).toEqual([])
    expect(record).toMatchObject({
      event: 'pull_request',
      subject: { type: 'pull_request', number: pull.number },
      head: shop.undocumented,
      verdict: 'no-go',
      outcome: 'error',
      checks: [],
      tool: { runtime: 'action' }
    })
    expect(run.summary).toContain(record.error!.split('\n')[0]!)
    expect(results.artifacts.get(`release-readiness-record-pull_request-pr-${pull.number}`)?.finalized).toBe(
      true
    )
    expect(sink.received.map((r) => (r.body as EvaluationRecord).outcome)).toEqual(['error'])
  })

  it('warns, and keeps the verdict, when record-url keeps failing', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const sink = await collector([500])
    server = sink.server
    const pull = openPull(github, shop.documented, shop.base)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull),
      inputs: { 'record-url': sink.url }
    })

    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('go')
    expect(sink.received).toHaveLength(3)
    expect(run.annotations.filter((a) => a.command === 'warning').map((a) => a.message)).toEqual([
      `[release-readiness] The record could not be sent to record-url after 3 attempt(s) (HTTP 500). The verdict stands; the record is in the release-readiness-record-pull_request-pr-${pull.number} artifact and at ${run.outputs['record-json']}.`
    ])
  })

  it('refuses a record-url that is not an http(s) address', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const pull = openPull(github, shop.documented, shop.base)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull),
      inputs: { 'record-url': 'file:///etc/passwd' }
    })
    expect(run.code).toBe(1)
    expect(run.annotations.find((a) => a.command === 'error')?.message).toBe(
      '[release-readiness] Invalid input record-url: "file:///etc/passwd". Give the http(s) address that receives the evaluation record, or leave it empty.'
    )
  })
})
