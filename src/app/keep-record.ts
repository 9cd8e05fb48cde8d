import type { Config } from '../engine/config.js'
import type { Change, Logger, Report } from '../engine/types.js'
import type { PullRef } from '../sources/github/issue-comments.js'
import { buildRecord } from '../reports/record/build-record.js'
import { releaseRecord } from '../reports/release/release-record.js'
import type { EvaluationRecord } from '../reports/record/types.js'
import type { ReleaseReport } from '../reports/release/types.js'

/** Where the App sends each evaluation record: the store (and the notifier, when configured). */
export interface RecordSink {
  save(record: EvaluationRecord): Promise<void>
}

export interface EvaluationFacts {
  owner: string
  repo: string
  htmlUrl?: string
  change: Omit<Change, 'files'>
  pull?: PullRef
  config: Config
}

/** The App's record for a pull request, push or deployment evaluation. */
export function changeRecord(report: Report, facts: EvaluationFacts): EvaluationRecord {
  const url = facts.htmlUrl ?? `https://github.com/${facts.owner}/${facts.repo}`
  const { change, pull } = facts
  return buildRecord(report, {
    runtime: 'app',
    repository: { fullName: `${facts.owner}/${facts.repo}`, url },
    subject: {
      ...(pull ? { number: pull.number, url: `${url}/pull/${pull.number}`, state: 'open' as const } : {}),
      ...(change.version ? { version: change.version } : {}),
      ...(change.title !== undefined ? { title: change.title } : {}),
      ...(change.author ? { author: change.author, owners: [change.author] } : {})
    },
    ...(change.environment ? { environment: change.environment } : {}),
    config: { origin: facts.config.origin },
    ...(report.event === 'deployment'
      ? {
          deployment: {
            decision: report.verdict === 'go' || report.mode === 'advisory' ? 'approved' : 'rejected'
          }
        }
      : {})
  })
}

/** The App's record for a release judged with its pull requests. */
export function appReleaseRecord(release: ReleaseReport, facts: EvaluationFacts): EvaluationRecord {
  const url = facts.htmlUrl ?? `https://github.com/${facts.owner}/${facts.repo}`
  return releaseRecord(release, {
    runtime: 'app',
    repository: { fullName: `${facts.owner}/${facts.repo}`, url },
    config: { origin: facts.config.origin }
  })
}

/**
 * Hands a record to the sink. Never throws: a store that is down costs the record (logged as an
 * error, without the record's content), never the check run or the deployment answer.
 */
export async function keepRecord(
  sink: RecordSink | undefined,
  log: Logger,
  build: () => EvaluationRecord
): Promise<void> {
  if (!sink) return
  try {
    await sink.save(build())
  } catch (error) {
    log.error(`[release-readiness] Could not store the evaluation record: ${(error as Error).message}`)
  }
}
