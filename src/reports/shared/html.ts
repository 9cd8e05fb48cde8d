import { escapeHtml as esc } from '../../engine/escape.js'
import type { CheckReport, Finding } from '../../engine/types.js'

// The HTML pieces a change's page and a release page share. Every user-derived string is escaped.

/** The start of a self-contained page, up to the end of its head: the title and the inline CSS. */
export function pageHead(title: string, css: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${css}</style></head>`
}

/** A check's summary, with who waived it and why when it was waived. */
export function checkSummaryHtml(check: CheckReport): string {
  return `${esc(check.summary)}${check.waiver ? ` <em>(waived by ${esc(check.waiver.grantedBy)}: ${esc(check.waiver.reason)})</em>` : ''}`
}

/** A finding after its location: its rule id, its message, and who waived it. */
export function findingHtml(finding: Finding): string {
  return `${finding.ruleId ? `<code>${esc(finding.ruleId)}</code> ` : ''}${esc(finding.message)}${finding.waived ? ` <em>(waived by ${esc(finding.waived.grantedBy)})</em>` : ''}`
}
