import { createHash } from 'node:crypto'
import type { CheckReport, RejectedWaiver, Report, Waiver } from '../../engine/types.js'
import { judgedLine } from '../shared/labels.js'
import { cleanFinding } from '../change/to-json.js'
import { TOOL_VERSION } from './tool-version.js'
import {
  RECORD_SCHEMA_ID,
  RECORD_SCHEMA_VERSION,
  type ConfigProvenance,
  type EvaluationRecord,
  type FindingCounts,
  type RecordCheck,
  type RecordDeployment,
  type RecordExemption,
  type RecordRejectedWaiver,
  type RecordRelease,
  type RecordSubject,
  type RecordWaiver,
  type Runtime
} from './types.js'

/**
 * What an entry point knows about an evaluation beyond the engine's `Report`. Every field but
 * `runtime` is optional: what is unknown is recorded as `null` (or an empty list), never guessed.
 */
export interface RecordContext {
  runtime: Runtime
  /** Default: now. */
  recordedAt?: Date | string
  repository?: { fullName?: string; url?: string }
  /** Adds to (and overrides) what the report says about its subject. */
  subject?: Partial<RecordSubject>
  environment?: string
  /** The merge base the change was read from (a pull request's base side). */
  mergeBase?: string
  /** Which configuration decided: an origin string (the engine's `config.origin`) or the details. */
  config?: ConfigProvenance | string
  exemptions?: RecordExemption[]
  services?: string[]
  durationMs?: number
  release?: RecordRelease
  deployment?: RecordDeployment
}

/**
 * The one place a `Report` becomes an `EvaluationRecord`. Fields that other parts of the engine
 * add to the report (a waiver's `matched` count, `mergeBase`, `exemptions`, the configuration's
 * provenance) are read here when present, so that every front door records them the same way.
 */
export function buildRecord(report: Report, context: RecordContext): EvaluationRecord {
  const extra = report as Report & { exemptions?: RecordExemption[] }
  const recordedAt = new Date(context.recordedAt ?? Date.now()).toISOString()
  const repository = {
    fullName: context.repository?.fullName ?? null,
    url: context.repository?.url ?? null
  }
  const subject: RecordSubject = { type: report.event, ...subjectFromReport(report), ...context.subject }
  const environment = context.environment ?? null
  const checks = report.checks.map((check) => recordCheck(check, report))
  const config = provenance(context.config ?? report.configuration)
  const record: EvaluationRecord = {
    $schema: RECORD_SCHEMA_ID,
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: recordId(repository.fullName ?? repository.url, subject, environment, report.head, recordedAt),
    recordedAt,
    tool: { name: 'release-readiness', version: TOOL_VERSION, runtime: context.runtime },
    repository,
    event: report.event,
    environment,
    subject,
    base: report.base,
    head: report.head,
    mergeBase: context.mergeBase ?? report.mergeBase ?? null,
    judged: judgedLine(report),
    verdict: report.verdict,
    outcome: report.outcome,
    mode: report.mode,
    blocking: [...report.blocking],
    checks,
    waivers: {
      applied: report.waivers.applied.map((w) => recordWaiver(w, matchedCount(w, report))),
      rejected: report.waivers.rejected.map(recordRejectedWaiver)
    },
    exemptions: context.exemptions ?? extra.exemptions ?? exemptionsOf(report),
    config,
    // The same origin as one string, as the report JSON has always named it.
    configuration: config.origin ?? 'unknown',
    services: [...new Set(context.services ?? [])].sort(),
    notices: report.notices ?? [],
    durationMs:
      context.durationMs ?? report.checks.reduce((max, check) => Math.max(max, check.durationMs), 0),
    ...(context.release ? { release: context.release } : {}),
    ...(context.deployment ? { deployment: context.deployment } : {})
  }
  return record
}

export function recordWaiver(
  waiver: Waiver & { pullRequest?: number },
  matched: number | null
): RecordWaiver {
  const extra = waiver as Waiver & { expiresAt?: string }
  // `until` is the waiver's expiry as granted: a date (through that day, UTC) or a version.
  const expiresAt = waiver.until ?? extra.expiresAt
  return {
    check: waiver.check,
    reason: waiver.reason,
    grantedBy: waiver.grantedBy,
    grantedAt: waiver.grantedAt ?? null,
    source: waiver.source ?? null,
    ...(waiver.target ? { target: { ...waiver.target } } : {}),
    ...(waiver.pullRequest !== undefined ? { pullRequest: waiver.pullRequest } : {}),
    matched: typeof waiver.matched === 'number' ? waiver.matched : matched,
    ...(expiresAt !== undefined ? { expiresAt } : {})
  }
}

/** The checks a configured exemption skipped (`checks.<id>.exempt`), with the reason the report gives. */
function exemptionsOf(report: Report): RecordExemption[] {
  return report.checks
    .filter((c) => c.exemption !== undefined)
    .map((c) => ({
      check: c.id,
      reason: c.exemption!,
      source: report.configuration ?? null,
      matched: null
    }))
}

export function recordRejectedWaiver(
  waiver: RejectedWaiver & { pullRequest?: number }
): RecordRejectedWaiver {
  return {
    check: waiver.check,
    requestedBy: waiver.requestedBy,
    reason: waiver.reason,
    rejection: waiver.rejection,
    source: waiver.source ?? null,
    ...(waiver.pullRequest !== undefined ? { pullRequest: waiver.pullRequest } : {})
  }
}

function subjectFromReport(report: Report): Partial<RecordSubject> {
  if (!report.subject) return {}
  const number = /^#(\d+)$/.exec(report.subject)
  if (number) return { number: Number(number[1]) }
  return report.event === 'pull_request' ? {} : { version: report.subject }
}

function recordCheck(check: CheckReport, report: Report): RecordCheck {
  return {
    id: check.id,
    title: check.title,
    status: check.status,
    level: check.level,
    blocking: check.blocking,
    summary: check.summary,
    findings: check.findings.map(cleanFinding),
    findingCounts: countFindings(check),
    waiver: check.waiver ? recordWaiver(check.waiver, matchedCount(check.waiver, report)) : null,
    docs: check.docsUrl,
    durationMs: check.durationMs
  }
}

function countFindings(check: CheckReport): FindingCounts {
  const fallback =
    check.status === 'fail' || check.status === 'error'
      ? 'error'
      : check.status === 'warn'
        ? 'warning'
        : 'notice'
  const counts: FindingCounts = { total: 0, error: 0, warning: 0, notice: 0, waived: 0 }
  for (const finding of check.findings) {
    counts.total += 1
    counts[finding.severity ?? fallback] += 1
    if (finding.waived) counts.waived += 1
  }
  return counts
}

/**
 * What a granted waiver covered in this report: 1 for a whole-check waiver that turned its check
 * into a GO (0 when its check did not need it), and the number of findings a per-change waiver
 * covered.
 */
export function matchedCount(waiver: Waiver, report: Report): number {
  const check = report.checks.find((c) => c.id === waiver.check)
  if (!check) return 0
  if (!waiver.target) return check.waiver && sameWaiver(check.waiver, waiver) ? 1 : 0
  return check.findings.filter((f) => f.waived && sameWaiver(f.waived, waiver)).length
}

function sameWaiver(a: Waiver, b: Waiver): boolean {
  return (
    a === b ||
    (a.check === b.check &&
      a.grantedBy === b.grantedBy &&
      a.reason === b.reason &&
      a.target?.ruleId === b.target?.ruleId &&
      a.target?.operation === b.target?.operation)
  )
}

function provenance(config: ConfigProvenance | string | undefined): ConfigProvenance {
  if (config === undefined) return { origin: null }
  return typeof config === 'string' ? { origin: config } : { ...config }
}

function recordId(
  repository: string | null,
  subject: RecordSubject,
  environment: string | null,
  head: string,
  recordedAt: string
): string {
  const key = [
    repository ?? '',
    subject.type,
    subject.number ?? subject.version ?? '',
    environment ?? '',
    head,
    recordedAt
  ].join('\n')
  return createHash('sha256').update(key).digest('hex').slice(0, 32)
}
