import type { Report, Status, Waiver } from '../engine/types.js'

export const STATUS_ICON: Record<Status, string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  skip: '⏭️',
  error: '⛔'
}
export const STATUS_MARK: Record<Status, string> = { pass: '✓', fail: '✗', warn: '!', skip: '-', error: 'E' }

/** "GO", "GO with waivers", "NO-GO", or "NO-GO (advisory: nothing blocked)". */
export function verdictLabel(report: Report): string {
  if (report.outcome === 'go-with-waivers') return 'GO with waivers'
  if (report.verdict === 'go') return 'GO'
  return report.mode === 'advisory' ? 'NO-GO (advisory: would block, nothing blocked)' : 'NO-GO'
}

export function verdictIcon(report: Report): string {
  if (report.verdict === 'go') return '✅'
  return report.mode === 'advisory' ? '⚠️' : '❌'
}

/** "pull request #12", "release v1.4.0", "deployment of 1a2b3c4". */
export function subjectLabel(report: Report): string {
  const kind = report.event.replace('_', ' ')
  return report.subject ? `${kind} ${report.subject}` : `${kind} ${shortSha(report.head)}`
}

export function shortSha(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref
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
