import { shortSha } from '../../engine/short-sha.js'
import type { Report } from '../../engine/types.js'
import {
  STATUS_MARK,
  judgedLine,
  noticesOf,
  subjectLabel,
  verdictLabel,
  waiverStatus
} from '../shared/labels.js'
import { checkWaiverText, locationPrefix } from '../shared/text.js'

/** A plain-text report for a terminal: verdict first, one line per check, findings indented. */
export function renderText(report: Report): string {
  const lines: string[] = []
  lines.push(
    `Release readiness: ${verdictLabel(report)} — ${subjectLabel(report)} (${shortSha(report.base)}..${shortSha(report.head)})`
  )
  lines.push(judgedLine(report))
  // What was compared and why (a deployment's basis) follows the "Judged:" line.
  if (report.basis) lines.push(`Compared: ${report.basis}`)
  for (const notice of noticesOf(report)) lines.push(`Note: ${notice}`)
  if (report.blocking.length > 0) {
    lines.push(`${report.mode === 'advisory' ? 'Would block' : 'Blocking'}: ${report.blocking.join(', ')}`)
  }
  lines.push('')
  const width = Math.max(...report.checks.map((c) => c.id.length), 10)
  for (const check of report.checks) {
    lines.push(
      `  ${STATUS_MARK[check.status]} ${check.id.padEnd(width)}  ${check.status.padEnd(5)}  ${check.summary}${checkWaiverText(check)}`
    )
    for (const finding of check.findings) {
      const waivedFinding = finding.waived
        ? ` [waived by ${finding.waived.grantedBy}: ${finding.waived.reason}]`
        : ''
      const message = finding.message.replace(/\n/g, '\n        ')
      lines.push(`      ${locationPrefix(finding)}${message}${waivedFinding}`)
    }
    if (check.status === 'fail' || check.status === 'error' || check.status === 'warn') {
      lines.push(`      docs: ${check.docsUrl}`)
    }
  }
  if (report.waivers.applied.length > 0 || report.waivers.rejected.length > 0) {
    lines.push('', 'Waivers:')
    for (const w of report.waivers.applied) {
      lines.push(
        `  ${w.check}${w.target ? ` (${[w.target.ruleId, w.target.operation].filter(Boolean).join(' ')})` : ''}: ${waiverStatus(w)}, by ${w.grantedBy}${w.grantedAt ? ` on ${w.grantedAt}` : ''} — ${w.reason}`
      )
    }
    for (const w of report.waivers.rejected) {
      lines.push(`  ${w.check}: requested by ${w.requestedBy}, NOT accepted — ${w.rejection}`)
    }
  }
  return lines.join('\n') + '\n'
}
