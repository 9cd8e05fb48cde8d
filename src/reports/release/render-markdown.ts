import { inlineCode, markdownText } from '../../engine/escape.js'
import { judgedLine, verdictIcon, verdictLabel, waiverStatus } from '../shared/labels.js'
import { GITHUB_TEXT_LIMIT, cell, checkTable, footer, truncate } from '../shared/markdown.js'
import { OUTCOME_ICON, outcomeLabel, pullRequestTally, rangeLabel, releaseName } from './labels.js'
import type { BlockingItem, ReleaseReport } from './types.js'

export interface ReleaseMarkdownOptions {
  /** Longest output allowed. Default: GitHub's 65,535 (a check run's summary, a release body). */
  maxLength?: number
  /** Heading level of the title (2 for a check run; 3 when appended to release notes). */
  headingLevel?: number
}

interface Detail {
  /** Pull requests listed in the table: all, or only those that are not GO. */
  allPullRequests: boolean
  rangeTable: boolean
  /** Longest blocking-item summary. */
  summaryLength: number
}

const STEPS: Detail[] = [
  { allPullRequests: true, rangeTable: true, summaryLength: 300 },
  { allPullRequests: false, rangeTable: true, summaryLength: 300 },
  { allPullRequests: false, rangeTable: false, summaryLength: 200 },
  { allPullRequests: false, rangeTable: false, summaryLength: 60 }
]

/**
 * The release report as Markdown for the release's check run, a job summary or a section appended
 * to the release notes. Verdict first, then every blocking item; when it does not fit `maxLength`
 * the tables shrink first (GO pull requests, then the range table), and blocking items are never
 * dropped — only their summaries are shortened.
 */
export function renderReleaseMarkdown(report: ReleaseReport, options: ReleaseMarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_TEXT_LIMIT
  const h = '#'.repeat(Math.min(Math.max(options.headingLevel ?? 2, 1), 5))
  let text = ''
  for (const step of STEPS) {
    text = compose(report, step, h)
    if (text.length <= maxLength) return text
  }
  // Only the blocking list itself is left to shorten: keep every item, with no summary.
  text = compose(report, { allPullRequests: false, rangeTable: false, summaryLength: 0 }, h)
  return text.length <= maxLength ? text : text.slice(0, maxLength - 30) + '\n\n… (report cut to fit)\n'
}

function compose(report: ReleaseReport, detail: Detail, h: string): string {
  const out: string[] = []
  out.push(
    `${h} ${verdictIcon(report)} Release readiness: ${verdictLabel(report)} — ${markdownText(releaseName(report))}`,
    ''
  )
  out.push(headline(report), '')
  if (report.blocking.length > 0) {
    out.push(`${h}# Blocking`, '')
    report.blocking.forEach((item, i) => out.push(blockingLine(item, i, detail.summaryLength, report)))
    out.push('')
  }
  if (detail.rangeTable) {
    out.push(`${h}# Release checks on the whole range (${markdownText(rangeLabel(report, '…'))})`, '')
    out.push(...checkTable(report.range.checks), '')
  }
  const shown = report.pullRequests.filter((p) => detail.allPullRequests || p.report.outcome !== 'go')
  out.push(`${h}# Pull requests (${report.pullRequests.length})`, '')
  if (shown.length > 0) {
    out.push('| PR | Title | Owners | Result | Blocking |', '|---|---|---|---|---|')
    for (const { pullRequest: pr, owners, report: r } of shown) {
      out.push(
        `| ${prLink(report, pr.number)} | ${cell(pr.title)} | ${cell(owners.join(', '))} | ${OUTCOME_ICON[r.outcome]} ${outcomeLabel(r.outcome)} | ${r.blocking.map((id) => inlineCode(id, { inTable: true })).join(', ')} |`
      )
    }
  }
  const hidden = report.pullRequests.length - shown.length
  if (hidden > 0)
    out.push(
      '',
      `… and ${hidden} GO pull request${hidden === 1 ? '' : 's'} (the HTML and JSON reports list them all).`
    )
  if (report.pullRequests.length === 0) out.push('No pull request was merged in this range.')
  if (report.waivers.length > 0 || report.rejectedWaivers.length > 0) {
    out.push('', `${h}# Waivers`, '', '| Where | Check | Status | Who | Reason |', '|---|---|---|---|---|')
    for (const w of report.waivers) {
      out.push(
        `| ${w.pullRequest ? prLink(report, w.pullRequest) : 'release'} | ${inlineCode(w.check, { inTable: true })} | ${cell(`${waiverStatus(w)}${w.source ? ` (from ${w.source})` : ''}`)} | ${cell(w.grantedBy)} | ${cell(w.reason)} |`
      )
    }
    for (const w of report.rejectedWaivers) {
      out.push(
        `| ${w.pullRequest ? prLink(report, w.pullRequest) : 'release'} | ${inlineCode(w.check, { inTable: true })} | **not accepted**: ${cell(w.rejection)} | ${cell(w.requestedBy)} | ${cell(w.reason)} |`
      )
    }
  }
  if (report.notes.length > 0) {
    out.push('', `${h}# Notes`, '')
    for (const note of report.notes) out.push(`- ${markdownText(note)}`)
  }
  out.push(
    '',
    markdownText(judgedLine(report.range)),
    '',
    footer(releaseName(report), report.base, report.head, report.mode),
    ''
  )
  return out.join('\n')
}

function headline(report: ReleaseReport): string {
  const tally = `${rangeLabel(report, '…')}, ${pullRequestTally(report)}`
  if (report.verdict === 'go') {
    const waived = report.outcome === 'go-with-waivers' ? ', with the waivers listed below' : ''
    return `Every blocking check passes for this ${markdownText(releaseName(report))}${waived} (${markdownText(tally)}).`
  }
  const n = report.blocking.length
  const verb = report.mode === 'advisory' ? 'would block' : n === 1 ? 'blocks' : 'block'
  return `**${n} item${n === 1 ? '' : 's'} ${verb}** this ${markdownText(releaseName(report))} (${markdownText(tally)}).`
}

function blockingLine(
  item: BlockingItem,
  index: number,
  summaryLength: number,
  report: ReleaseReport
): string {
  const where =
    item.scope === 'release'
      ? '**Whole release**'
      : `**${prLink(report, item.pullRequest!)}** ${cell(truncate(item.title ?? '', Math.max(summaryLength, 40)))}`
  const check = item.docsUrl ? `[${inlineCode(item.check)}](${item.docsUrl})` : inlineCode(item.check)
  const summary = summaryLength > 0 ? `: ${cell(truncate(item.summary, summaryLength))}` : ''
  const owners = item.owners.length > 0 ? ` — owners: ${cell(item.owners.join(', '))}` : ''
  return `${index + 1}. ${where} — ${check}${summary}${owners}`.replace(/ +$/, '')
}

function prLink(report: ReleaseReport, number: number): string {
  return report.repositoryUrl ? `[#${number}](${report.repositoryUrl}/pull/${number})` : `#${number}`
}
