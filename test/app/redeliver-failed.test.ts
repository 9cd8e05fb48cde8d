import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { nextCursor } from '../../src/app/app-hook-client.js'
import { redeliverFailed } from '../../src/app/redeliver-failed.js'
import { selectRedeliveries, type HookDelivery } from '../../src/app/select-redeliveries.js'
import { FakeGitHub, type FakeHookDelivery } from '../support/fake-github.js'

import { HOUR, captureLog, iso, playDeliveries } from './support/hook-deliveries.js'

describe('choosing which deliveries to redeliver', () => {
  const d = (id: number, guid: string, hour: number, status_code: number): HookDelivery => ({
    id,
    guid,
    delivered_at: iso(Date.UTC(2026, 11, 5, hour)),
    redelivery: false,
    status: status_code === 200 ? 'OK' : 'failed',
    status_code,
    event: 'push',
    action: null
  })
  const since = new Date(Date.UTC(2026, 11, 5, 2))

  it('takes the latest attempt of each event whose attempts all failed, oldest event first', () => {
    const chosen = selectRedeliveries(
      [d(9, 'c', 6, 500), d(8, 'a', 5, 502), d(7, 'b', 4, 0), d(6, 'a', 3, 502), d(5, 'old', 1, 502)],
      since
    )
    expect(chosen.map((c) => c.id)).toEqual([8, 7, 9])
  })

  it('leaves an event alone when any of its attempts succeeded, before or after its failures', () => {
    expect(
      selectRedeliveries([d(4, 'a', 5, 200), d(3, 'a', 4, 502), d(2, 'b', 5, 502), d(1, 'b', 3, 204)], since)
    ).toEqual([])
  })

  it('leaves an event alone when its latest failed attempt is older than the window', () => {
    expect(selectRedeliveries([d(2, 'a', 1, 502), d(1, 'a', 0, 502)], since)).toEqual([])
  })
})

describe('the cursor of the next page', () => {
  it('is read from the rel="next" link among others', () => {
    expect(
      nextCursor(
        '<https://api.github.com/app/hook/deliveries?per_page=100&cursor=v1_12077215967>; rel="next", <https://api.github.com/app/hook/deliveries?per_page=100>; rel="first"'
      )
    ).toBe('v1_12077215967')
    expect(
      nextCursor('<https://api.github.com/app/hook/deliveries?per_page=100>; rel="first"')
    ).toBeUndefined()
    expect(nextCursor(null)).toBeUndefined()
  })
})

describe('redelivering the deliveries that failed', () => {
  let github: FakeGitHub
  let log: ReturnType<typeof captureLog>
  let plays: Record<string, FakeHookDelivery>
  const now = Date.now()
  const since = new Date(now - 6 * HOUR)
  const client = (): Parameters<typeof redeliverFailed>[0] => ({
    baseUrl: github.url,
    token: async () => 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NSJ9.c2lnbmF0dXJl',
    retries: 2,
    delayMs: 1
  })

  beforeEach(async () => {
    github = await new FakeGitHub().start()
    plays = playDeliveries(github, now)
    log = captureLog()
  })
  afterEach(() => github.stop())

  it('pages back to the window, then redelivers each failed event once, oldest first, as the App', async () => {
    const newestFirst = github.hookDeliveries.map((d) => d.id).reverse()
    const result = await redeliverFailed(client(), since, log)

    expect(github.redeliveries).toEqual([plays.twice2!.id, plays.refused!.id, plays.late!.id])
    const lists = github.requests.filter((r) => r.path === '/app/hook/deliveries')
    expect(lists.map((r) => [r.query.get('per_page'), r.query.get('cursor')])).toEqual([
      ['100', null],
      ['100', `c${newestFirst[100]}`],
      ['100', `c${newestFirst[200]}`]
    ])
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'POST', 'POST', 'POST'])
    expect(github.violations).toEqual([])
    expect(result).toEqual({
      since: since.toISOString(),
      pages: 3,
      listed: 300,
      complete: true,
      redelivered: [plays.twice2!.id, plays.refused!.id, plays.late!.id],
      failed: 0,
      calls: 6
    })
    expect(log.lines).toEqual([
      `info: [release-readiness] Redelivery: 300 delivery attempt(s) since ${since.toISOString()} read in 3 page(s); 3 failed delivery(ies) redelivered, 0 could not be.`
    ])
  })

  it('retries a 502 on the list and a secondary rate limit on a redelivery, with the same outcome', async () => {
    github.fail({ method: 'GET', path: /^\/app\/hook\/deliveries$/, status: 502 })
    github.fail({ method: 'POST', path: /\/attempts$/, status: 403, retryAfter: 0 })

    const result = await redeliverFailed(client(), since, log)

    expect(github.redeliveries).toEqual([plays.twice2!.id, plays.refused!.id, plays.late!.id])
    expect(github.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'GET 502',
      'GET 200',
      'GET 200',
      'GET 200',
      'POST 403',
      'POST 202',
      'POST 202',
      'POST 202'
    ])
    expect(result.calls).toBe(8)
    expect(log.lines.filter((l) => l.startsWith('warn'))).toEqual([])
  })

  it("is refused by GitHub with an installation token instead of the App's JWT", async () => {
    const result = await redeliverFailed({ ...client(), token: async () => 'ghs_installation' }, since, log)

    expect(github.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /app/hook/deliveries 401'
    ])
    expect(result).toMatchObject({ pages: 0, complete: false, redelivered: [] })
  })

  it('logs a redelivery GitHub refuses and goes on with the others', async () => {
    github.routes.push(({ method, path }) =>
      method === 'POST' && path === `/app/hook/deliveries/${plays.refused!.id}/attempts`
        ? [422, { message: 'Validation Failed' }]
        : undefined
    )

    const result = await redeliverFailed(client(), since, log)

    expect(github.redeliveries).toEqual([plays.twice2!.id, plays.late!.id])
    expect(result.failed).toBe(1)
    expect(log.lines).toContain(
      `warn: [release-readiness] Redelivery: could not redeliver deployment_protection_rule.requested refused (delivery ${plays.refused!.id}): POST /app/hook/deliveries/${plays.refused!.id}/attempts answered 422 (Validation Failed) after 1 try`
    )
  })

  it('gives up on a list that keeps failing after its retries, with a warning and nothing redelivered', async () => {
    github.fail({ method: 'GET', path: /^\/app\/hook\/deliveries$/, status: 503, times: Infinity })

    const result = await redeliverFailed(client(), since, log)

    expect(github.redeliveries).toEqual([])
    expect(github.count({ path: /^\/app\/hook\/deliveries$/ })).toBe(3)
    expect(result).toMatchObject({ pages: 0, complete: false, redelivered: [], calls: 3 })
    expect(log.lines[0]).toBe(
      "warn: [release-readiness] Redelivery: could not list the App's webhook deliveries (GET /app/hook/deliveries answered 503 (Injected failure 503) after 3 tries); redelivering what 0 page(s) showed."
    )
  })

  it('redelivers what the pages read before a failure showed', async () => {
    github.routes.push(({ method, path, query }) =>
      method === 'GET' && path === '/app/hook/deliveries' && query.get('cursor') !== null
        ? [404, { message: 'Not Found' }]
        : undefined
    )

    const result = await redeliverFailed(client(), since, log)

    expect(github.redeliveries).toEqual([plays.refused!.id, plays.late!.id])
    expect(result).toMatchObject({ pages: 1, listed: 100, complete: false })
  })

  it('abandons a request GitHub does not answer in time, and says so', async () => {
    github.latencyMs = 200

    const result = await redeliverFailed({ ...client(), retries: 1, timeoutMs: 50 }, since, log)

    expect(result).toMatchObject({ pages: 0, complete: false, redelivered: [], calls: 2 })
    expect(log.lines[0]).toBe(
      "warn: [release-readiness] Redelivery: could not list the App's webhook deliveries (GET /app/hook/deliveries failed after 2 tries: no answer within 50 ms); redelivering what 0 page(s) showed."
    )
  })

  it('stops at the page bound with a warning', async () => {
    const result = await redeliverFailed(client(), since, log, { perPage: 100, pages: 1, redeliveries: 500 })

    expect(result).toMatchObject({
      pages: 1,
      complete: false,
      redelivered: [plays.refused!.id, plays.late!.id]
    })
    expect(log.lines[0]).toBe(
      `warn: [release-readiness] Redelivery: stopped after 1 page(s) of deliveries without reaching ${since.toISOString()}; older failed deliveries are not redelivered (redeliver them from the App's settings page, Advanced).`
    )
  })
})
