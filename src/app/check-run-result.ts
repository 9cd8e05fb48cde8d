import { planAnnotations } from '../reports/change/annotations.js'
import { formatIssue, type ConfigError } from '../engine/config.js'
import type { Report } from '../engine/types.js'
import { renderReleaseMarkdown } from '../reports/release/render-markdown.js'
import type { ReleaseReport } from '../reports/release/types.js'
import { inlineCode, markdownText } from '../engine/escape.js'
import { renderMarkdown, verdictLabel } from '../reports/change/index.js'
import { MAX_ANNOTATIONS, MAX_SUMMARY, type CheckAnnotation, type CheckRunResult } from './check-run.js'
import { REPORT_LINE_ROOM, withReportLine } from './report-link.js'

const LEVELS = { error: 'failure', warning: 'warning', notice: 'notice' } as const

/**
 * A report as a check run: `success` for GO (with or without waivers), `failure` for NO-GO (required
 * checks count `neutral` as passing, so a blocking result is never neutral), `neutral` for a NO-GO
 * in advisory mode, which blocks nothing by design. Findings with a file become annotations.
 */
export function resultFromReport(report: Report): CheckRunResult {
  const conclusion = report.verdict === 'go' ? 'success' : report.mode === 'advisory' ? 'neutral' : 'failure'
  const blocking = report.blocking.length > 0 ? ` (${report.blocking.join(', ')})` : ''
  const annotations: CheckAnnotation[] = planAnnotations(report, MAX_ANNOTATIONS)
    .annotations.filter((a) => a.file)
    .map((a) => ({
      path: a.file!,
      start_line: a.startLine ?? 1,
      end_line: a.startLine ?? 1,
      ...(a.startColumn ? { start_column: a.startColumn, end_column: a.startColumn } : {}),
      annotation_level: LEVELS[a.level],
      title: a.title,
      message: a.message.slice(0, 64_000)
    }))
  return {
    conclusion,
    title: `${verdictLabel(report)}${report.verdict === 'no-go' ? blocking : ''}`,
    summary: renderMarkdown(report, { maxLength: MAX_SUMMARY }),
    annotations
  }
}

/**
 * A release's roll-up report as a check run: the same conclusions as `resultFromReport`, the
 * release Markdown (pull requests and the range) as the summary, the range's findings as annotations.
 * `reportLine` (the Action's HTML report, linked or pending) goes under the summary's heading.
 */
export function resultFromReleaseReport(
  release: ReleaseReport,
  options: { reportLine?: string } = {}
): CheckRunResult {
  const conclusion =
    release.verdict === 'go' ? 'success' : release.mode === 'advisory' ? 'neutral' : 'failure'
  const blocking = release.blocking.length > 0 ? ` (${release.blocking.length} blocking)` : ''
  return {
    conclusion,
    title: `${verdictLabel(release)}${release.verdict === 'no-go' ? blocking : ''}`,
    summary: options.reportLine
      ? withReportLine(
          renderReleaseMarkdown(release, { maxLength: MAX_SUMMARY - REPORT_LINE_ROOM }),
          options.reportLine
        )
      : renderReleaseMarkdown(release, { maxLength: MAX_SUMMARY }),
    annotations: resultFromReport(release.range).annotations
  }
}

/** An invalid configuration fails the check run, with an annotation on each offending line. */
export function resultFromConfigError(error: ConfigError): CheckRunResult {
  const issues = error.issues.map(formatIssue).map((line) => `- ${inlineCode(line.trim())}`)
  return {
    conclusion: 'failure',
    title: 'Invalid configuration',
    summary: [
      '## ❌ Release readiness: invalid configuration',
      '',
      'The configuration could not be used, so nothing was evaluated (this is not a GO):',
      '',
      ...issues,
      '',
      'Fix the file on the base branch (its JSON Schema is `schema/release-readiness.schema.json`; `release-readiness validate-config` checks it locally), then re-run.'
    ]
      .join('\n')
      .slice(0, MAX_SUMMARY),
    annotations: error.issues
      .filter((issue) => issue.line !== undefined)
      .map((issue) => ({
        path: issue.file,
        start_line: issue.line!,
        end_line: issue.line!,
        annotation_level: 'failure' as const,
        title: 'release-readiness: invalid configuration',
        message: `${issue.key ? `${issue.key}: ` : ''}${issue.message}`
      }))
  }
}

/** The change could not be evaluated (the API kept failing, a ref is unknown…): fail closed. */
export function resultFromError(message: string): CheckRunResult {
  return {
    conclusion: 'failure',
    title: 'Could not evaluate',
    summary: [
      '## ⛔ Release readiness: could not evaluate',
      '',
      markdownText(message),
      '',
      'This is not a GO. Use the **Re-run** button above (or comment `/release-readiness recheck`) once the cause is fixed.'
    ]
      .join('\n')
      .slice(0, MAX_SUMMARY),
    annotations: []
  }
}
