import type { SqlClient } from './sql-client.js'

/**
 * The store's schema, one step per version, applied in order at start and never edited once
 * released: a change is a new step. PGlite and PostgreSQL run the same SQL.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'evaluation records',
    sql: `
CREATE TABLE evaluation_records (
  id text PRIMARY KEY,
  repository text NOT NULL,
  event text NOT NULL,
  subject text NOT NULL,
  environment text,
  head text NOT NULL,
  verdict text NOT NULL,
  outcome text NOT NULL,
  recorded_at timestamptz NOT NULL,
  schema_version integer NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX evaluation_records_repository_time ON evaluation_records (repository, recorded_at);
CREATE INDEX evaluation_records_time ON evaluation_records (recorded_at);
`
  },
  {
    version: 2,
    name: 'app markers',
    sql: `
CREATE TABLE app_markers (
  name text PRIMARY KEY,
  at timestamptz NOT NULL,
  holder text
);
`
  },
  {
    version: 3,
    name: 'work queue leases and deployment answers',
    // The work queue's own jobs live in pg-boss's schema (created by pg-boss); these two tables are ours.
    sql: `
CREATE TABLE queue_subject_leases (
  subject text PRIMARY KEY,
  holder text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE TABLE deployment_answers (
  answer_key text PRIMARY KEY,
  repository text NOT NULL,
  run_id bigint NOT NULL,
  environment text NOT NULL,
  state text NOT NULL,
  comment text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  posted_at timestamptz
);
`
  }
]

/** An advisory lock key: instances that start together migrate one after the other. */
const LOCK = 7_260_514_001

/**
 * Brings the schema up to the newest version, each step in its own transaction with its row in
 * `release_readiness_migrations`. Refuses a database migrated by a newer release of the App.
 * Returns the versions it applied.
 */
export async function migrate(sql: SqlClient): Promise<number[]> {
  // Under the lock too: two sessions that run CREATE TABLE IF NOT EXISTS at once can both create it.
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK])
    await tx.query(`CREATE TABLE IF NOT EXISTS release_readiness_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
  })
  const applied: number[] = []
  for (const step of MIGRATIONS) {
    const done = await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK])
      const { rows } = await tx.query<{ version: number }>(
        'SELECT version FROM release_readiness_migrations WHERE version = $1',
        [step.version]
      )
      if (rows.length > 0) return false
      for (const statement of step.sql
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.query(statement)
      await tx.query('INSERT INTO release_readiness_migrations (version, name) VALUES ($1, $2)', [
        step.version,
        step.name
      ])
      return true
    })
    if (done) applied.push(step.version)
  }
  const newest = MIGRATIONS.at(-1)!.version
  const { rows } = await sql.query<{ version: number }>(
    'SELECT max(version) AS version FROM release_readiness_migrations'
  )
  if ((rows[0]?.version ?? 0) > newest) {
    throw new Error(
      `[release-readiness] The database is at schema version ${rows[0]!.version}, newer than this App knows (${newest}). Run the newer release of the App, or restore a backup made by this one.`
    )
  }
  return applied
}
