import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DurableQueue, QUEUE_NAME } from '../../src/app/durable-queue.js'
import type { Logger } from '../../src/engine/types.js'
import { postgresClient } from '../../src/store/clients.js'
import { MIGRATIONS } from '../../src/store/migrations.js'
import { RecordStore } from '../../src/store/record-store.js'
import { startPostgres, type PostgresServer } from '../support/postgres-server.js'

const problems: string[] = []
const log: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (message) => problems.push(message),
  error: (message) => problems.push(message)
}

describe('App instances that start together on one empty PostgreSQL', () => {
  let postgres: PostgresServer
  beforeAll(async () => {
    postgres = await startPostgres()
  }, 60_000)
  afterAll(async () => postgres.stop())

  it('each open the store and the work queue: the schema is made once, one after the other', async () => {
    const stores = await Promise.all(
      Array.from({ length: 4 }, async () => RecordStore.open(await postgresClient(postgres.url)))
    )
    const queues = stores.map(
      (store) =>
        new DurableQueue(
          Promise.resolve(store.sql),
          {
            concurrency: 1,
            expireSeconds: 60,
            retryLimit: 1,
            retryDelaySeconds: 1,
            pollMs: 1000,
            maintenanceSeconds: 60,
            soleInstance: false
          },
          log
        )
    )
    try {
      await Promise.all(queues.map((queue) => queue.ready()))
      const sql = stores[0]!.sql
      const { rows } = await sql.query<{ version: number }>(
        'SELECT version FROM release_readiness_migrations ORDER BY version'
      )
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version))
      const queue = await sql.query<{ name: string }>('SELECT name FROM pgboss.queue')
      expect(queue.rows).toEqual([{ name: QUEUE_NAME }])
      expect(problems).toEqual([])
    } finally {
      for (const queue of queues) await queue.close(0)
      for (const store of stores) await store.close()
    }
  }, 60_000)
})
