/**
 * What the store needs from a PostgreSQL connection: PGlite (embedded) and `pg` (a server) both
 * fit behind it, so one set of SQL and migrations serves both.
 */
export interface SqlClient {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>
  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (sql: Pick<SqlClient, 'query'>) => Promise<T>): Promise<T>
  /** Runs several statements separated by `;`, without parameters (the work queue's schema set-up). */
  exec(text: string): Promise<void>
  close(): Promise<void>
  /** `embedded` (PGlite in a data directory) or `postgresql` (DATABASE_URL). */
  readonly kind: 'embedded' | 'postgresql'
}
