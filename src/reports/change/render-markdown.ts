import type { CheckReport, Finding, Report } from '../../engine/types.js'
import { codeBlock, inlineCode, markdownText, normalizeLineEndings } from '../../engine/escape.js'
import {
  STATUS_ICON,
  judgedLine,
  location,
  noticesOf,
  subjectLabel,
  verdictIcon,
  verdictLabel,
  waiverStatus
} from '../shared/labels.js'
import { GITHUB_TEXT_LIMIT, cell, checkTable, footer, truncate } from '../shared/markdown.js'

export interface MarkdownOptions {
  /** Longest output allowed; the report is compacted to fit. Default: GitHub's 65,535. */
  maxLength?: number
}

/**
 * The Markdown report for job summaries, check runs and PR comments: the verdict first, one row
 * per check, then each failing check with its findings, what to do and a link to its doc page.
 * When it does not fit `maxLength`, findings are cut step by step (passing checks' details first),
 * but every failing check keeps its row, its section and at least its count of findings.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_TEXT_LIMIT
  for (const perCheck of [Infinity, 200, 50, 20, 10, 5, 2, 1, 0]) {
    const text = compose(report, perCheck)
    if (text.length <= maxLength) return text
  }
  const shortest = compose(report, 0, true)
  return shortest.length <= maxLength
    ? shortest
    : shortest.slice(0, maxLength - 40) + '\n\n… (report cut to fit)\n'
}

function compose(report: Report, findingsPerCheck: number, terse = false): string {
  const out: string[] = []
  out.push(`## ${verdictIcon(report)} Release readiness: ${verdictLabel(report)}`, '')
  out.push(headline(report), '')
  for (const notice of noticesOf(report)) out.push(`> [!NOTE]\n> ${markdownText(notice)}`, '')
  out.push(...checkTable(report.checks))
  const detailed = report.checks.filter(
    (c) => c.status === 'fail' || c.status === 'error' || c.status === 'warn' || c.waiver
  )
  for (const check of detailed) {
    out.push(
      '',
      ...section(
        check,
        check.blocking || check.waiver ? findingsPerCheck : Math.min(findingsPerCheck, terse ? 0 : 10)
      )
    )
  }
  out.push(...waiverSection(report))
  out.push(
    '',
    markdownText(judgedLine(report)),
    '',
    // What was compared and why (a deployment's basis) follows the "Judged:" line.
    ...(report.basis ? [`**Compared:** ${markdownText(report.basis)}`, ''] : []),
    footer(subjectLabel(report), report.base, report.head, report.mode),
    ''
  )
  return out.join('\n')
}

function headline(report: Report): string {
  const subject = subjectLabel(report)
  if (report.verdict === 'go') {
    const waived = report.outcome === 'go-with-waivers' ? ', with the waivers listed below' : ''
    return `Every blocking check passes for this ${markdownText(subject)}${waived}.`
  }
  const ids = report.blocking.map((id) => inlineCode(id)).join(', ')
  const one = report.blocking.length === 1
  const verb = report.mode === 'advisory' ? 'would block' : one ? 'blocks' : 'block'
  return `**${report.blocking.length} check${one ? '' : 's'} ${verb}** this ${markdownText(subject)}: ${ids}.`
}

function section(check: CheckReport, limit: number): string[] {
  const out = [
    `### ${STATUS_ICON[check.status]} ${inlineCode(check.id)} — ${markdownText(check.title)}`,
    '',
    markdownText(check.summary)
  ]
  if (check.waiver) {
    out.push(
      '',
      `Waived by **${markdownText(check.waiver.grantedBy)}**${check.waiver.grantedAt ? ` on ${markdownText(check.waiver.grantedAt)}` : ''}: ${markdownText(check.waiver.reason)}`
    )
  }
  if (check.findings.length > 0) {
    out.push('')
    for (const finding of check.findings.slice(0, limit)) out.push(`- ${findingLine(finding)}`)
    const rest = check.findings.length - Math.min(limit, check.findings.length)
    if (rest > 0)
      out.push(`- … and ${rest} more finding${rest === 1 ? '' : 's'} (the JSON report lists them all)`)
  }
  out.push('', `How to fix: see [the ${inlineCode(check.id)} docs](${check.docsUrl}).`)
  return out
}

function findingLine(finding: Finding): string {
  const where = location(finding)
  const rule = finding.ruleId ? `${inlineCode(finding.ruleId)} ` : ''
  const waived = finding.waived
    ? ` _(waived by ${markdownText(finding.waived.grantedBy)}: ${markdownText(finding.waived.reason)})_`
    : ''
  const [first, ...rest] = normalizeLineEndings(truncate(finding.message, 1000)).split('\n')
  const line = `${where ? `${inlineCode(where)} ` : ''}${rule}${markdownText(first!)}${waived}`
  // The lines after the first go in a fenced block inside the list item, so an example such as
  // "## Feature flag plan" is shown as text and never becomes a heading of the report.
  return rest.some((l) => l.trim() !== '') ? [line, '', ...codeBlock(rest.join('\n'), '  ')].join('\n') : line
}

function waiverSection(report: Report): string[] {
  const { applied, rejected } = report.waivers
  if (applied.length === 0 && rejected.length === 0) return []
  const out = ['', '### Waivers', '', '| Check | Status | Who | When | Reason |', '|---|---|---|---|---|']
  for (const w of applied) {
    const target = w.target
      ? ` ${cell(`(${[w.target.ruleId, w.target.operation].filter(Boolean).join(' ')})`)}`
      : ''
    out.push(
      `| ${inlineCode(w.check, { inTable: true })}${target} | ${cell(waiverStatus(w))} | ${cell(w.grantedBy)} | ${cell(w.grantedAt ?? '')} | ${cell(w.reason)} |`
    )
  }
  for (const w of rejected) {
    out.push(
      `| ${inlineCode(w.check, { inTable: true })} | **not accepted**: ${cell(w.rejection)} | ${cell(w.requestedBy)} | | ${cell(w.reason)} |`
    )
  }
  return out
}
