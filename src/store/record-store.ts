import type { EvaluationRecord } from '../reports/record/types.js'
import { migrate } from './migrations.js'
import type { SqlClient } from './sql-client.js'

export interface RecordQuery {
  /** Only these repositories (`owner/name`); undefined: all. An empty list matches nothing. */
  repositories?: readonly string[]
  /** Only records at or after this time. */
  since?: Date
  /** At most this many, newest first (default 50,000). */
  limit?: number
}

/** Where the App keeps every evaluation record: the board reads it, retention prunes it. */
export class RecordStore {
  /** `sql` is the connection, shared with the work queue (src/app/durable-queue.ts). */
  private constructor(readonly sql: SqlClient) {}

  /** Runs the migrations, then returns the store. */
  static async open(sql: SqlClient): Promise<RecordStore> {
    await migrate(sql)
    return new RecordStore(sql)
  }

  /** The connection, for the App's other tables (src/store/app-markers.ts). */
  get client(): SqlClient {
    return this.sql
  }

  get kind(): SqlClient['kind'] {
    return this.sql.kind
  }

  /** Saves a record; the same id again replaces it (a redelivered webhook writes one row). */
  async save(record: EvaluationRecord): Promise<void> {
    const subject =
      record.subject.number !== undefined
        ? `#${record.subject.number}`
        : (record.subject.version ?? record.environment ?? record.head)
    await this.sql.query(
      `INSERT INTO evaluation_records
         (id, repository, event, subject, environment, head, verdict, outcome, recorded_at, schema_version, record)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record, verdict = EXCLUDED.verdict, outcome = EXCLUDED.outcome`,
      [
        record.id,
        record.repository.fullName ?? record.repository.url ?? '',
        record.event,
        subject,
        record.environment,
        record.head,
        record.verdict,
        record.outcome,
        record.recordedAt,
        record.schemaVersion,
        JSON.stringify(record)
      ]
    )
  }

  /** Records, newest first. */
  async list(query: RecordQuery = {}): Promise<EvaluationRecord[]> {
    if (query.repositories && query.repositories.length === 0) return []
    const where: string[] = []
    const params: unknown[] = []
    if (query.repositories) {
      params.push([...query.repositories])
      where.push(`repository = ANY($${params.length}::text[])`)
    }
    if (query.since) {
      params.push(query.since.toISOString())
      where.push(`recorded_at >= $${params.length}`)
    }
    params.push(query.limit ?? 50_000)
    const { rows } = await this.sql.query<{ record: EvaluationRecord | string }>(
      `SELECT record FROM evaluation_records ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY recorded_at DESC, id LIMIT $${params.length}`,
      params
    )
    return rows.map((row) =>
      typeof row.record === 'string' ? (JSON.parse(row.record) as EvaluationRecord) : row.record
    )
  }

  async count(): Promise<number> {
    const { rows } = await this.sql.query<{ n: string | number }>(
      'SELECT count(*) AS n FROM evaluation_records'
    )
    return Number(rows[0]!.n)
  }

  /** Deletes records older than `before`; returns how many. */
  async prune(before: Date): Promise<number> {
    const { rows } = await this.sql.query<{ id: string }>(
      'DELETE FROM evaluation_records WHERE recorded_at < $1 RETURNING id',
      [before.toISOString()]
    )
    return rows.length
  }

  async close(): Promise<void> {
    await this.sql.close()
  }
}
