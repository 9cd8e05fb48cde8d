import { inlineCode, markdownText } from '../../engine/escape.js'
import type { CheckReport, Mode } from '../../engine/types.js'
import { shortSha } from '../../engine/short-sha.js'
import { STATUS_ICON } from './labels.js'

// The Markdown pieces a change's report and a release report share.

/** GitHub's limit for a check run's summary and a comment body. */
export const GITHUB_TEXT_LIMIT = 65_535

/** A table cell's text: at most 300 characters, on one line, nothing in it read as Markdown. */
export function cell(text: string): string {
  return markdownText(truncate(text, 300))
}

/** `text` cut to `max` characters, the last one an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, Math.max(0, max - 1)) + '…'
}

/** The checks table: a row per check with its icon, its id linked to its docs, and its summary. */
export function checkTable(checks: readonly CheckReport[]): string[] {
  const out = ['| | Check | Result |', '|---|---|---|']
  for (const check of checks) {
    const waived = check.waiver ? ` — waived by ${cell(check.waiver.grantedBy)}` : ''
    out.push(
      `| ${STATUS_ICON[check.status]} | [${inlineCode(check.id, { inTable: true })}](${check.docsUrl}) | ${cell(check.summary)}${waived} |`
    )
  }
  return out
}

/** The last line: "<sub>pull request #12 · 1a2b3c4…5d6e7f8 · mode: enforce</sub>". */
export function footer(name: string, base: string, head: string, mode: Mode): string {
  return `<sub>${markdownText(name)} · ${markdownText(shortSha(base))}…${markdownText(shortSha(head))} · mode: ${mode}</sub>`
}
