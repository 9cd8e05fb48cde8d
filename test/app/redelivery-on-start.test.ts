import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  startRedelivery,
  REDELIVERY_SLACK_MS,
  type RedeliveryOptions
} from '../../src/app/redelivery-on-start.js'
import { claimSweep, lastUp, markPending, markUp } from '../../src/store/app-markers.js'
import { embeddedClient } from '../../src/store/clients.js'
import { RecordStore } from '../../src/store/record-store.js'
import { FakeGitHub, type FakeHookDelivery } from '../support/fake-github.js'
import { HOUR, captureLog, playDeliveries } from './support/hook-deliveries.js'

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NSJ9.c2lnbmF0dXJl'

describe('redelivery at start', () => {
  let store: RecordStore
  let github: FakeGitHub
  let plays: Record<string, FakeHookDelivery>
  let log: ReturnType<typeof captureLog>
  const now = Date.now()
  const running: Array<{ stop(): void }> = []
  const start = (extra: Partial<RedeliveryOptions> = {}): ReturnType<typeof startRedelivery> => {
    const redelivery = startRedelivery({
      settings: { enabled: true, windowHours: 6 },
      client: { baseUrl: github.url, token: async () => JWT, retries: 1, delayMs: 1 },
      store: Promise.resolve(store),
      log,
      now: () => new Date(now),
      ...extra
    })
    running.push(redelivery)
    return redelivery
  }

  beforeAll(async () => {
    store = await RecordStore.open(await embeddedClient(undefined))
  })
  afterAll(() => store.close())
  beforeEach(async () => {
    await store.client.query('DELETE FROM app_markers')
    github = await new FakeGitHub().start()
    plays = playDeliveries(github, now)
    log = captureLog()
  })
  afterEach(async () => {
    for (const redelivery of running.splice(0)) redelivery.stop()
    await github.stop()
  })

  it('looks back the configured window on a store that has never seen the App up, then marks it up', async () => {
    const result = await start().done

    expect(result?.since).toBe(new Date(now - 6 * HOUR).toISOString())
    expect(github.redeliveries).toEqual([plays.twice2!.id, plays.refused!.id, plays.late!.id])
    expect(await lastUp(store.client)).toEqual(new Date(now))
  })

  it('looks back to a little before the last time the App was known to be up', async () => {
    await markUp(store.client, new Date(now - 2 * HOUR))

    const result = await start().done

    expect(result?.since).toBe(new Date(now - 2 * HOUR - REDELIVERY_SLACK_MS).toISOString())
    expect(github.redeliveries).toEqual([plays.refused!.id, plays.late!.id])
    expect(github.count({ method: 'GET' })).toBe(1)
  })

  it('lets one of two instances starting together sweep, the other only says so', async () => {
    const [first, second] = await Promise.all([
      start({ holder: 'instance-a' }).done,
      start({ holder: 'instance-b' }).done
    ])

    expect([first, second].filter((r) => r !== undefined)).toHaveLength(1)
    expect(github.redeliveries).toEqual([plays.twice2!.id, plays.refused!.id, plays.late!.id])
    expect(github.count({ method: 'GET' })).toBe(3)
    expect(log.lines.filter((l) => l.includes('another instance'))).toEqual([
      `info: [release-readiness] Redelivery: another instance (${first ? 'instance-a' : 'instance-b'}) is redelivering failed deliveries; this one does not.`
    ])
  })

  it('sweeps again the window of a sweeper that died, once its claim has lapsed', async () => {
    await claimSweep(store.client, 'dead', new Date(now - 10 * 60_000), 3 * 60_000)
    await markPending(store.client, new Date(now - 5 * HOUR))
    await markUp(store.client, new Date(now - 10 * 60_000))

    const result = await start().done

    expect(result?.since).toBe(new Date(now - 5 * HOUR).toISOString())
    expect(github.redeliveries).toEqual([plays.twice2!.id, plays.refused!.id, plays.late!.id])
    const pending = await store.client.query("SELECT name FROM app_markers WHERE name = 'redelivery-pending'")
    expect(pending.rows).toEqual([])
  })

  it('keeps the window for the next start when the listing did not reach its end', async () => {
    github.fail({ method: 'GET', path: /^\/app\/hook\/deliveries$/, status: 502, times: Infinity })

    const result = await start().done

    expect(result?.complete).toBe(false)
    const pending = await store.client.query<{ at: Date }>(
      "SELECT at FROM app_markers WHERE name = 'redelivery-pending'"
    )
    expect(pending.rows.map((r) => new Date(r.at).toISOString())).toEqual([
      new Date(now - 6 * HOUR).toISOString()
    ])
  })

  it('leaves the sweep to an instance whose claim is still running', async () => {
    await claimSweep(store.client, 'busy', new Date(now - 60_000), 3 * 60_000)

    expect(await start().done).toBeUndefined()
    expect(github.requests).toEqual([])
  })

  it('skips the sweep, with a warning, when the configured store does not open', async () => {
    const result = await start({ store: Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) })
      .done

    expect(result).toBeUndefined()
    expect(github.requests).toEqual([])
    expect(log.lines).toEqual([
      "warn: [release-readiness] Redelivery: skipped, the store is unavailable (connect ECONNREFUSED 127.0.0.1:5432); redeliver failed deliveries from the App's settings page (Advanced) if any."
    ])
  })

  it('looks back the configured window without a store (STORE=off)', async () => {
    const result = await startRedelivery({
      settings: { enabled: true, windowHours: 2 },
      client: { baseUrl: github.url, token: async () => JWT, retries: 1, delayMs: 1 },
      log,
      now: () => new Date(now)
    }).done

    expect(result?.since).toBe(new Date(now - 2 * HOUR).toISOString())
    expect(github.redeliveries).toEqual([plays.refused!.id, plays.late!.id])
  })

  it('asks GitHub nothing when REDELIVERY=off, and still marks the App up', async () => {
    expect(await start({ settings: { enabled: false, windowHours: 6 } }).done).toBeUndefined()
    expect(github.requests).toEqual([])
    for (let i = 0; i < 50 && !(await lastUp(store.client)); i++)
      await new Promise((resolve) => setTimeout(resolve, 10))
    expect(await lastUp(store.client)).toEqual(new Date(now))
  })
})
