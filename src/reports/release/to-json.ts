import type { EvaluationRecord } from '../record/types.js'
import { jsonText } from '../shared/json.js'
import { judgedLine } from '../shared/labels.js'
import { toJson } from '../change/to-json.js'
import type { ReleaseReport } from './types.js'

/**
 * The release report's JSON: `{ verdict, outcome, version, base, head, blocking, range,
 * pullRequests: [{ number, title, author, owners, sha, verdict, outcome, blocking, checks }] }`,
 * where `range` and each pull request's `checks` use the single-change JSON of `check --format json`.
 */
export function releaseToJson(report: ReleaseReport, record?: EvaluationRecord): object {
  return {
    verdict: report.verdict,
    outcome: report.outcome,
    mode: report.mode,
    version: report.version ?? null,
    base: report.base,
    head: report.head,
    baseRef: report.baseRef,
    headRef: report.headRef,
    configuration: report.range.configuration ?? 'unknown',
    judged: judgedLine(report.range),
    blocking: report.blocking,
    range: toJson(report.range),
    pullRequests: report.pullRequests.map(({ pullRequest: pr, owners, report: r }) => {
      const json = toJson(r) as { checks: object[] }
      return {
        number: pr.number,
        title: pr.title,
        author: pr.author ?? null,
        owners,
        sha: pr.sha,
        base: pr.base,
        mergeBase: r.mergeBase ?? pr.base,
        head: pr.head,
        mergeStyle: pr.style,
        bodySource: pr.bodySource,
        verdict: r.verdict,
        outcome: r.outcome,
        blocking: r.blocking,
        checks: json.checks,
        ...(report.repositoryUrl ? { url: `${report.repositoryUrl}/pull/${pr.number}` } : {})
      }
    }),
    directCommits: report.directCommits,
    waivers: { applied: report.waivers, rejected: report.rejectedWaivers },
    notes: report.notes,
    repositoryUrl: report.repositoryUrl ?? null,
    durationMs: report.durationMs,
    // The release's evaluation record (repository, time, tool version…), when the caller built one.
    ...(record ? { record } : {})
  }
}

export function renderReleaseJson(report: ReleaseReport, record?: EvaluationRecord): string {
  return jsonText(releaseToJson(report, record))
}
