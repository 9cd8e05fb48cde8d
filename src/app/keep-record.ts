import type { Config } from '../engine/config.js'
import type { Change, ChangedFile, Logger, Report } from '../engine/types.js'
import type { PullRef } from '../sources/github/issue-comments.js'
import { buildRecord } from '../reports/record/build-record.js'
import { errorRecord } from '../reports/record/error-record.js'
import { subjectOwners } from '../reports/release/subject-owners.js'
import { touchedServices } from '../reports/record/touched-services.js'
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
  /** The commit the configuration was read at (the base, never the pull request's head). */
  configRef?: string
  /** The files the change touched, when known: the services they belong to are recorded. */
  files?: readonly ChangedFile[]
}

/** The App's record for a pull request, push or deployment evaluation. */
export function changeRecord(report: Report, facts: EvaluationFacts): EvaluationRecord {
  const url = facts.htmlUrl ?? `https://github.com/${facts.owner}/${facts.repo}`
  const { change, pull } = facts
  const owners = subjectOwners(change.body, change.author)
  return buildRecord(report, {
    runtime: 'app',
    repository: { fullName: `${facts.owner}/${facts.repo}`, url },
    subject: {
      ...(pull ? { number: pull.number, url: `${url}/pull/${pull.number}`, state: 'open' as const } : {}),
      ...(change.version ? { version: change.version } : {}),
      ...(change.title !== undefined ? { title: change.title } : {}),
      ...(change.author ? { author: change.author } : {}),
      ...(owners.length > 0 ? { owners } : {})
    },
    ...(change.environment ? { environment: change.environment } : {}),
    config: { origin: facts.config.origin, ...(facts.configRef ? { ref: facts.configRef } : {}) },
    ...(facts.files ? { services: touchedServices(facts.config, facts.files) } : {}),
    ...(report.event === 'deployment'
      ? {
          deployment: {
            decision: report.verdict === 'go' || report.mode === 'advisory' ? 'approved' : 'rejected'
          }
        }
      : {})
  })
}

/**
 * The App's record of an evaluation that could not run: the subject from the check run's external
 * id (`pull_request:7`, `release:v1.2.0`, `deployment:production`), the commit when the event named
 * it, and the reason. A deployment that could not be judged is rejected, and recorded so.
 */
export function failedRecord(facts: {
  owner: string
  repo: string
  htmlUrl?: string
  externalId: string
  headSha?: string
  configOrigin?: string
  error: string
}): EvaluationRecord {
  const url = facts.htmlUrl ?? `https://github.com/${facts.owner}/${facts.repo}`
  const [kind, value = ''] = facts.externalId.split(/:(.*)/s) as [string, string?]
  const event = kind === 'release' || kind === 'deployment' ? kind : 'pull_request'
  return errorRecord({
    runtime: 'app',
    repository: { fullName: `${facts.owner}/${facts.repo}`, url },
    event,
    ...(facts.headSha ? { head: facts.headSha } : {}),
    subject:
      event === 'pull_request' && /^\d+$/.test(value)
        ? { number: Number(value), url: `${url}/pull/${value}`, state: 'open' }
        : event === 'release'
          ? { version: value, url: `${url}/releases/tag/${encodeURIComponent(value)}` }
          : {},
    ...(event === 'deployment' ? { environment: value } : {}),
    ...(facts.configOrigin ? { config: { origin: facts.configOrigin } } : {}),
    error: facts.error,
    deploymentRejected: true
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
