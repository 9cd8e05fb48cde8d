import { STATUS_MARK, judgedLine, waiverStatus } from '../shared/labels.js'
import { checkWaiverText, locationPrefix } from '../shared/text.js'
import { itemWhere, outcomeLabel, rangeLabel, releaseSummary } from './labels.js'
import type { ReleaseReport } from './types.js'

/** A plain-text release report for a terminal: the summary paragraph, blocking items, then tables. */
export function renderReleaseText(report: ReleaseReport): string {
  const lines: string[] = [releaseSummary(report), judgedLine(report.range), '']
  if (report.blocking.length > 0) {
    lines.push(report.mode === 'advisory' ? 'Would block:' : 'Blocking:')
    report.blocking.forEach((item, i) => {
      const owners = item.owners.length > 0 ? ` (owners: ${item.owners.join(', ')})` : ''
      lines.push(`  ${i + 1}. ${itemWhere(item)}: ${item.check} — ${item.summary}${owners}`)
    })
    lines.push('')
  }
  lines.push(`Release checks on ${rangeLabel(report)}:`)
  for (const check of report.range.checks) {
    lines.push(
      `  ${STATUS_MARK[check.status]} ${check.id}  ${check.status}  ${check.summary}${checkWaiverText(check)}`
    )
    for (const finding of check.findings.slice(0, 20)) {
      lines.push(`      ${locationPrefix(finding)}${finding.message}`)
    }
  }
  lines.push('', 'Pull requests:')
  if (report.pullRequests.length === 0) lines.push('  (none found in the range)')
  for (const { pullRequest: pr, owners, report: r } of report.pullRequests) {
    const blocking = r.blocking.length > 0 ? `  blocking: ${r.blocking.join(', ')}` : ''
    lines.push(
      `  #${pr.number}  ${outcomeLabel(r.outcome).padEnd(15)}  ${pr.title}  [${owners.join(', ') || 'no owner'}]${blocking}`
    )
  }
  if (report.waivers.length > 0 || report.rejectedWaivers.length > 0) {
    lines.push('', 'Waivers:')
    for (const w of report.waivers) {
      lines.push(
        `  ${w.pullRequest ? `#${w.pullRequest}` : 'release'} ${w.check}: ${waiverStatus(w)}, by ${w.grantedBy}${w.source ? ` (from ${w.source})` : ''} — ${w.reason}`
      )
    }
    for (const w of report.rejectedWaivers) {
      lines.push(
        `  ${w.pullRequest ? `#${w.pullRequest}` : 'release'} ${w.check}: requested by ${w.requestedBy}, NOT accepted — ${w.rejection}`
      )
    }
  }
  if (report.notes.length > 0) {
    lines.push('', 'Notes:')
    for (const note of report.notes) lines.push(`  - ${note}`)
  }
  return lines.join('\n') + '\n'
}
