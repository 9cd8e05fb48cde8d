import { mkdirSync } from 'node:fs'
import type { SqlClient } from './sql-client.js'

/**
 * PGlite (PostgreSQL compiled to WebAssembly, in process) with its data in `dataDir`: the App's
 * store when no DATABASE_URL is set. One process at a time may open a data directory.
 */
export async function embeddedClient(dataDir: string | undefined): Promise<SqlClient> {
  const { PGlite } = await import('@electric-sql/pglite')
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const db = await PGlite.create(dataDir ? { dataDir } : {})
  return {
    kind: 'embedded',
    query: async <T>(text: string, params?: unknown[]) => ({ rows: (await db.query<T>(text, params)).rows }),
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <T>(text: string, params?: unknown[]) => ({
            rows: (await tx.query<T>(text, params)).rows
          })
        })
      ),
    async exec(text) {
      try {
        await db.exec(text)
      } catch (error) {
        // A failed statement inside the text's own BEGIN leaves the one connection in an aborted transaction.
        await db.exec('ROLLBACK').catch(() => undefined)
        throw error
      }
    },
    close: () => db.close()
  }
}

/** A pool of connections to the PostgreSQL server at `url` (DATABASE_URL). */
export async function postgresClient(url: string, options: { max?: number } = {}): Promise<SqlClient> {
  const { default: pg } = await import('pg')
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 5 })
  // An idle connection that the server drops must not crash the App: the next query reconnects.
  pool.on('error', () => undefined)
  await pool.query('SELECT 1')
  return {
    kind: 'postgresql',
    query: async <T>(text: string, params?: unknown[]) => ({
      rows: (await pool.query(text, params as unknown[])).rows as T[]
    }),
    async transaction(work) {
      const connection = await pool.connect()
      try {
        await connection.query('BEGIN')
        const result = await work({
          query: async <T>(text: string, params?: unknown[]) => ({
            rows: (await connection.query(text, params as unknown[])).rows as T[]
          })
        })
        await connection.query('COMMIT')
        return result
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        connection.release()
      }
    },
    async exec(text) {
      // One connection: a failure inside the text's own BEGIN is rolled back before it goes back to the pool.
      const connection = await pool.connect()
      try {
        await connection.query(text)
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        connection.release()
      }
    },
    close: () => pool.end()
  }
}
