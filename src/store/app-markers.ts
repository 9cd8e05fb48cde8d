import type { SqlClient } from './sql-client.js'

/** The row whose `at` is the last time an instance of the App was known to be up (its heartbeat). */
export const LAST_UP = 'last-up'
/** The row that says which instance holds the start-up redelivery sweep, and until when. */
export const REDELIVERY_LEASE = 'redelivery-lease'

/** The row whose `at` is where a sweep that has not finished started looking from (kept when it dies). */
export const REDELIVERY_PENDING = 'redelivery-pending'

/** An advisory lock key for the claim: instances that start together claim one after the other. */
const CLAIM_LOCK = 7_260_514_002

/** Records that the App is up at `at` (never moves the mark backwards). */
export async function markUp(sql: Pick<SqlClient, 'query'>, at: Date): Promise<void> {
  await sql.query(
    `INSERT INTO app_markers (name, at) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET at = GREATEST(app_markers.at, EXCLUDED.at)`,
    [LAST_UP, at.toISOString()]
  )
}

/** The last time an instance of the App was known to be up; undefined on a new store. */
export async function lastUp(sql: Pick<SqlClient, 'query'>): Promise<Date | undefined> {
  const { rows } = await sql.query<{ at: Date | string }>('SELECT at FROM app_markers WHERE name = $1', [
    LAST_UP
  ])
  return rows[0] ? new Date(rows[0].at) : undefined
}

export type SweepClaim =
  | {
      claimed: true
      /** The last time an instance was known to be up (before this one's first heartbeat). */
      lastUp: Date | undefined
      /** Where an earlier sweep that never finished started looking from. */
      pendingSince: Date | undefined
    }
  | { claimed: false; holder: string }

/**
 * Claims the start-up redelivery sweep for `holder` until `now + leaseMs`, unless another holder's
 * lease is still running; on success also returns the last time the App was known to be up, read
 * in the same transaction (under an advisory lock, so two instances starting together cannot both
 * claim, and the second cannot read a mark the first has already moved). PGlite and PostgreSQL
 * run the same SQL.
 */
export async function claimSweep(
  sql: SqlClient,
  holder: string,
  now: Date,
  leaseMs: number
): Promise<SweepClaim> {
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK])
    const { rows } = await tx.query<{ at: Date | string; holder: string | null }>(
      'SELECT at, holder FROM app_markers WHERE name = $1 FOR UPDATE',
      [REDELIVERY_LEASE]
    )
    const lease = rows[0]
    if (lease && lease.holder !== holder && new Date(lease.at).getTime() > now.getTime())
      return { claimed: false, holder: lease.holder ?? 'unknown' }
    await tx.query(
      `INSERT INTO app_markers (name, at, holder) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET at = EXCLUDED.at, holder = EXCLUDED.holder`,
      [REDELIVERY_LEASE, new Date(now.getTime() + leaseMs).toISOString(), holder]
    )
    const pending = await tx.query<{ at: Date | string }>('SELECT at FROM app_markers WHERE name = $1', [
      REDELIVERY_PENDING
    ])
    return {
      claimed: true,
      lastUp: await lastUp(tx),
      pendingSince: pending.rows[0] ? new Date(pending.rows[0].at) : undefined
    }
  })
}

/** Notes where the claimed sweep looks back to, so that a sweep that dies is done again from there. */
export async function markPending(sql: Pick<SqlClient, 'query'>, since: Date): Promise<void> {
  await sql.query(
    `INSERT INTO app_markers (name, at) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET at = EXCLUDED.at`,
    [REDELIVERY_PENDING, since.toISOString()]
  )
}

/** Extends `holder`'s lease to `now + leaseMs` while its sweep runs. */
export async function renewSweep(
  sql: Pick<SqlClient, 'query'>,
  holder: string,
  now: Date,
  leaseMs: number
): Promise<void> {
  await sql.query('UPDATE app_markers SET at = $1 WHERE name = $2 AND holder = $3', [
    new Date(now.getTime() + leaseMs).toISOString(),
    REDELIVERY_LEASE,
    holder
  ])
}

/**
 * After a sweep: ends `holder`'s lease now and, when the sweep read its whole window, forgets the
 * pending window (kept otherwise, so that the next start sweeps it again).
 */
export async function releaseSweep(
  sql: SqlClient,
  holder: string,
  now: Date,
  options: { complete: boolean }
): Promise<void> {
  await sql.transaction(async (tx) => {
    if (options.complete) await tx.query('DELETE FROM app_markers WHERE name = $1', [REDELIVERY_PENDING])
    await tx.query('UPDATE app_markers SET at = $1 WHERE name = $2 AND holder = $3', [
      now.toISOString(),
      REDELIVERY_LEASE,
      holder
    ])
  })
}
