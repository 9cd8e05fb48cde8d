import type { SqlClient } from '../store/sql-client.js'
import type { DeploymentAnswer } from './deployment-answer.js'
import type { AnswerTarget } from './post-deployment-answer.js'

/** An answer as the ledger holds it: the decision, and whether GitHub is known to have taken it. */
export interface RecordedAnswer extends DeploymentAnswer {
  posted: boolean
}

/** One deployment protection rule request: a workflow run waiting on one environment. */
export function answerKey(target: AnswerTarget): string {
  return `${target.owner}/${target.repo}:${target.runId}:${target.environment}`
}

/**
 * The ledger of deployment protection rule answers (table `deployment_answers`, in the store), so
 * that a request is answered once across retries, instances and restarts: the first decision
 * recorded for a request is the one posted, every later job for it finds it there.
 */
export class DeploymentAnswers {
  constructor(private readonly sql: Pick<SqlClient, 'query'>) {}

  /** The answer recorded for `target`, if any. */
  async recorded(target: AnswerTarget): Promise<RecordedAnswer | undefined> {
    const { rows } = await this.sql.query<{ state: string; comment: string; posted: boolean }>(
      'SELECT state, comment, posted_at IS NOT NULL AS posted FROM deployment_answers WHERE answer_key = $1',
      [answerKey(target)]
    )
    const row = rows[0]
    return row
      ? { state: row.state as DeploymentAnswer['state'], comment: row.comment, posted: row.posted }
      : undefined
  }

  /**
   * Records `reply` unless a decision is recorded already; returns the decision that stands and
   * whether it is the one just recorded.
   */
  async decide(target: AnswerTarget, reply: DeploymentAnswer): Promise<RecordedAnswer & { fresh: boolean }> {
    const { rows } = await this.sql.query<{ answer_key: string }>(
      `INSERT INTO deployment_answers (answer_key, repository, run_id, environment, state, comment)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (answer_key) DO NOTHING RETURNING answer_key`,
      [
        answerKey(target),
        `${target.owner}/${target.repo}`,
        target.runId,
        target.environment,
        reply.state,
        reply.comment
      ]
    )
    if (rows.length === 1) return { ...reply, posted: false, fresh: true }
    const standing = await this.recorded(target)
    return { ...standing!, fresh: false }
  }

  /** GitHub took the answer (or the request is no longer waiting): no job posts it again. */
  async markPosted(target: AnswerTarget): Promise<void> {
    await this.sql.query(
      'UPDATE deployment_answers SET posted_at = now() WHERE answer_key = $1 AND posted_at IS NULL',
      [answerKey(target)]
    )
  }

  /** How many answers are recorded, and how many of them GitHub took (for tests and /healthz). */
  async count(): Promise<{ decided: number; posted: number }> {
    const { rows } = await this.sql.query<{ decided: string | number; posted: string | number }>(
      'SELECT count(*) AS decided, count(posted_at) AS posted FROM deployment_answers'
    )
    return { decided: Number(rows[0]!.decided), posted: Number(rows[0]!.posted) }
  }
}
