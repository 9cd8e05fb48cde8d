import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../../src/engine/types.js'
import type { EvaluationRecord } from '../../src/reports/record/types.js'
import { embeddedClient, postgresClient } from '../../src/store/clients.js'
import { MIGRATIONS } from '../../src/store/migrations.js'
import { scheduleRetention } from '../../src/store/open-store.js'
import { RecordStore } from '../../src/store/record-store.js'
import type { SqlClient } from '../../src/store/sql-client.js'
import { boardRecords } from '../support/board-records.js'
import { startPostgres } from '../support/postgres-server.js'

/**
 * One database, reached through one client that the tests share (`connect` hands out a view whose
 * `close` does nothing, so a PGlite starts once per suite); `restart` closes it and opens a new
 * one on the same data.
 */
interface Backend {
  connect(): SqlClient
  restart(): Promise<void>
  teardown(): Promise<void>
}

function shared(open: () => Promise<SqlClient>, after: () => Promise<void>): Promise<Backend> {
  return open().then((first) => {
    let client = first
    return {
      connect: () => ({
        kind: client.kind,
        query: (text, params) => client.query(text, params),
        transaction: (work) => client.transaction(work),
        exec: (text) => client.exec(text),
        close: async () => undefined
      }),
      async restart() {
        await client.close()
        client = await open()
      },
      async teardown() {
        await client.close()
        await after()
      }
    }
  })
}

function embedded(): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), 'rr-pglite-'))
  return shared(
    () => embeddedClient(join(dir, 'pglite')),
    async () => rmSync(dir, { recursive: true, force: true })
  )
}

/** A real PostgreSQL server on 127.0.0.1 (started by the test from npm's binaries), reached through `pg`. */
async function postgres(): Promise<Backend> {
  const server = await startPostgres()
  return shared(() => postgresClient(server.url, { max: 2 }), server.stop)
}

const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const records = boardRecords({ repos: 2, releases: 2, pullRecords: 4 })
const byTime = (list: EvaluationRecord[]): string[] => list.map((r) => r.id)

describe.each([
  ['the embedded store (PGlite in a data directory)', embedded],
  ['the PostgreSQL store (DATABASE_URL)', postgres]
])('%s', (_name, make) => {
  let backend: Backend
  let store: RecordStore | undefined
  beforeAll(async () => {
    backend = await make()
  }, 60_000)
  afterEach(async () => {
    await store?.close()
    store = undefined
  })
  afterAll(async () => backend.teardown())

  it('migrates an empty database to the newest schema, once', async () => {
    const sql = backend.connect()
    store = await RecordStore.open(sql)
    const { rows } = await sql.query<{ version: number; name: string }>(
      'SELECT version, name FROM release_readiness_migrations ORDER BY version'
    )
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })))
    await store.close()
    const again = backend.connect()
    store = await RecordStore.open(again)
    expect((await again.query('SELECT version FROM release_readiness_migrations')).rows).toHaveLength(
      MIGRATIONS.length
    )
  }, 60_000)

  it('refuses a database that a newer release of the App migrated', async () => {
    const sql = backend.connect()
    await sql.query("INSERT INTO release_readiness_migrations (version, name) VALUES (99, 'from the future')")
    await expect(RecordStore.open(sql)).rejects.toThrow(
      `[release-readiness] The database is at schema version 99, newer than this App knows (${MIGRATIONS.length}). Run the newer release of the App, or restore a backup made by this one.`
    )
    await sql.query('DELETE FROM release_readiness_migrations WHERE version = 99')
    await sql.close()
  }, 60_000)

  it('keeps every record it is given, and reads them back unchanged, newest first, after a restart', async () => {
    store = await RecordStore.open(backend.connect())
    for (const record of records) await store.save(record)
    await store.save(records[0]!) // the same evaluation again: still one row
    await backend.restart()
    store = await RecordStore.open(backend.connect())
    expect(await store.count()).toBe(records.length)
    const back = await store.list()
    const expected = [...records].sort(
      (a, b) => b.recordedAt.localeCompare(a.recordedAt) || a.id.localeCompare(b.id)
    )
    expect(byTime(back)).toEqual(byTime(expected))
    expect(back.find((r) => r.id === records[0]!.id)).toEqual(records[0])
  }, 60_000)

  it('lists only the repositories asked for, and only since a time', async () => {
    store = await RecordStore.open(backend.connect())
    const one = await store.list({ repositories: ['acme/svc-01'] })
    expect(new Set(one.map((r) => r.repository.fullName))).toEqual(new Set(['acme/svc-01']))
    expect(one).toHaveLength(records.filter((r) => r.repository.fullName === 'acme/svc-01').length)
    expect(await store.list({ repositories: [] })).toEqual([])
    const since = new Date('2026-01-05T00:00:00Z')
    expect(byTime(await store.list({ since }))).toEqual(
      byTime(await store.list()).filter(
        (id) => Date.parse(records.find((r) => r.id === id)!.recordedAt) >= since.getTime()
      )
    )
    expect(await store.list({ limit: 2 })).toHaveLength(2)
  }, 60_000)

  it('deletes what is older than the retention, and nothing else', async () => {
    store = await RecordStore.open(backend.connect())
    const before = await store.count()
    const cutoff = new Date('2026-01-03T00:00:00Z')
    const old = records.filter((r) => Date.parse(r.recordedAt) < cutoff.getTime()).length
    expect(old).toBeGreaterThan(0)
    const retention = scheduleRetention(store, 10, quiet, () => new Date(cutoff.getTime() + 10 * 86_400_000))
    await retention.first
    retention.stop()
    expect(await store.count()).toBe(before - old)
    expect(await store.prune(cutoff)).toBe(0)
  }, 60_000)
})
