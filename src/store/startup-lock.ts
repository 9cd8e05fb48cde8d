import type { SqlClient } from './sql-client.js'

/**
 * Runs `work` while one connection of the pool holds the PostgreSQL advisory lock `key` (in a
 * transaction that ends with it), so that App instances starting together on one server set the
 * database up one after the other: `CREATE TABLE IF NOT EXISTS` and pg-boss's queue creation fail
 * (duplicate type, deadlock) when two sessions run them at once. `work` runs its queries on the
 * pool's other connections. The embedded store is one process on one connection: `work` runs as is.
 */
export async function withStartupLock<T>(sql: SqlClient, key: number, work: () => Promise<T>): Promise<T> {
  if (sql.kind === 'embedded') return work()
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [key])
    return work()
  })
}
