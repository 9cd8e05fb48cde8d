import { NO_BASE } from '../../engine/resolve-change.js'
import { shortSha } from '../../engine/short-sha.js'
import type { Report, Status, Waiver } from '../../engine/types.js'

// The labels every report format shares, for a change's report and a release report alike.

export const STATUS_ICON: Record<Status, string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  skip: '⏭️',
  error: '⛔'
}
export const STATUS_MARK: Record<Status, string> = { pass: '✓', fail: '✗', warn: '!', skip: '-', error: 'E' }

/**
 * "GO", "GO with waivers", "NO-GO", or "NO-GO (advisory: would block, nothing blocked)": the same
 * words for a change and for a release.
 */
export function verdictLabel(report: Pick<Report, 'verdict' | 'outcome' | 'mode'>): string {
  if (report.outcome === 'go-with-waivers') return 'GO with waivers'
  if (report.verdict === 'go') return 'GO'
  return report.mode === 'advisory' ? 'NO-GO (advisory: would block, nothing blocked)' : 'NO-GO'
}

/** The heading icon of a report: ✅ GO, ⚠️ an advisory NO-GO, ❌ a NO-GO that blocks. */
export function verdictIcon(report: Pick<Report, 'verdict' | 'mode'>): string {
  if (report.verdict === 'go') return '✅'
  return report.mode === 'advisory' ? '⚠️' : '❌'
}

/** "pull request #12", "release v1.4.0", "deployment of 1a2b3c4". */
export function subjectLabel(report: Report): string {
  const kind = report.event.replace('_', ' ')
  return report.subject ? `${kind} ${report.subject}` : `${kind} ${shortSha(report.head)}`
}

export function location(finding: { file?: string; line?: number }): string | undefined {
  if (!finding.file) return undefined
  return finding.line ? `${finding.file}:${finding.line}` : finding.file
}

/**
 * What an applied waiver covered, for every report format: "granted: 2 findings at 1a2b3c4, until
 * v1.6.0". Plain text: each renderer escapes it.
 */
export function waiverStatus(w: Waiver): string {
  const covered = w.matched !== undefined ? `${w.matched} finding${w.matched === 1 ? '' : 's'}` : undefined
  const what = [covered, w.head ? `at ${shortSha(w.head)}` : undefined].filter(Boolean).join(' ')
  const parts = [what, w.until ? `until ${w.until}` : ''].filter(Boolean)
  return parts.length > 0 ? `granted: ${parts.join(', ')}` : 'granted'
}

/**
 * "Judged: 1a2b3c4...5d6e7f8 (merge base 9a8b7c6), configuration .github/release-readiness.yml@1a2b3c4":
 * what was compared and which configuration decided, in every format.
 */
export function judgedLine(report: Report): string {
  const mergeBase = report.mergeBase ?? report.base
  if (report.base === NO_BASE) {
    // A first release, or a deployment with no deployment or release before it.
    const why = report.event === 'release' ? 'a first release' : 'no earlier release or deployment'
    return `Judged: every file at ${shortSha(report.head)} (${why}: nothing before it), configuration ${report.configuration ?? 'unknown'}`
  }
  return (
    `Judged: ${shortSha(report.base)}...${shortSha(report.head)} (merge base ${shortSha(mergeBase)}), ` +
    `configuration ${report.configuration ?? 'unknown'}`
  )
}

/** The report's notices, one paragraph each (empty when there are none). */
export function noticesOf(report: Report): string[] {
  return report.notices ?? []
}
