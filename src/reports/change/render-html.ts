import { escapeHtml as esc } from '../../engine/escape.js'
import { shortSha } from '../../engine/short-sha.js'
import type { Report } from '../../engine/types.js'
import { checkSummaryHtml, findingHtml, pageHead } from '../shared/html.js'
import {
  STATUS_ICON,
  judgedLine,
  location,
  noticesOf,
  subjectLabel,
  verdictLabel,
  waiverStatus
} from '../shared/labels.js'

/** A self-contained HTML page (no external assets) with the verdict banner and one card per check. */
export function renderHtml(report: Report): string {
  const verdictClass = report.verdict === 'go' ? 'go' : report.mode === 'advisory' ? 'advisory' : 'nogo'
  const rows = report.checks
    .map(
      (c) =>
        `<tr class="s-${c.status}"><td>${STATUS_ICON[c.status]} ${esc(c.status)}</td><td><a href="${esc(c.docsUrl)}"><code>${esc(c.id)}</code></a></td><td>${esc(c.level)}</td><td>${checkSummaryHtml(c)}</td></tr>`
    )
    .join('\n')
  const details = report.checks
    .filter((c) => c.findings.length > 0)
    .map(
      (c) =>
        `<section><h2>${STATUS_ICON[c.status]} <code>${esc(c.id)}</code> — ${esc(c.title)}</h2><p>${esc(c.summary)}</p><ul>${c.findings
          .map((f) => {
            const where = location(f)
            return `<li>${where ? `<code>${esc(where)}</code> ` : ''}${findingHtml(f)}</li>`
          })
          .join('')}</ul><p><a href="${esc(c.docsUrl)}">How to fix</a></p></section>`
    )
    .join('\n')
  const waivers = [
    ...report.waivers.applied.map(
      (w) =>
        `<li><code>${esc(w.check)}</code> ${esc(waiverStatus(w))}, by ${esc(w.grantedBy)}${w.grantedAt ? ` on ${esc(w.grantedAt)}` : ''}: ${esc(w.reason)}</li>`
    ),
    ...report.waivers.rejected.map(
      (w) =>
        `<li><code>${esc(w.check)}</code> requested by ${esc(w.requestedBy)}, <strong>not accepted</strong>: ${esc(w.rejection)}</li>`
    )
  ].join('')
  const title = `Release readiness: ${verdictLabel(report)} — ${subjectLabel(report)}`
  return `${pageHead(title, PAGE_CSS)}
<body><main>
<h1 class="banner ${verdictClass}" role="status">${report.verdict === 'go' ? '✅' : '❌'} Release readiness: ${esc(verdictLabel(report))}</h1>
<p>${esc(subjectLabel(report))} · ${esc(shortSha(report.base))}…${esc(shortSha(report.head))} · mode: ${esc(report.mode)}${report.blocking.length ? ` · blocking: ${report.blocking.map((id) => `<code>${esc(id)}</code>`).join(', ')}` : ''}</p>
${noticesOf(report)
  .map((n) => `<p class="notice"><strong>Note:</strong> ${esc(n)}</p>`)
  .join('\n')}
<table><caption class="visually-hidden">Checks</caption><thead><tr><th scope="col">Result</th><th scope="col">Check</th><th scope="col">Level</th><th scope="col">Summary</th></tr></thead><tbody>
${rows}
</tbody></table>
${details}
${waivers ? `<section><h2>Waivers</h2><ul>${waivers}</ul></section>` : ''}
<p class="judged">${esc(judgedLine(report))}</p>
${report.basis ? `<p class="compared"><strong>Compared:</strong> ${esc(report.basis)}</p>\n` : ''}</main></body></html>
`
}

/** The page's inline CSS (no external assets). */
const PAGE_CSS = `
body{font:16px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1f2328;background:#fff}
.banner{padding:1rem 1.25rem;border-radius:8px;font-size:1.5rem;font-weight:700;margin:0 0 1rem}
.go{background:#dafbe1;color:#0a3622;border:2px solid #1a7f37}.nogo{background:#ffebe9;color:#5c0a0a;border:2px solid #cf222e}.advisory{background:#fff8c5;color:#3b2300;border:2px solid #9a6700}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d0d7de;vertical-align:top}
a{color:#0550ae}code{font-size:.9em}section{margin-top:1.5rem}section li{white-space:pre-line}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{a{color:inherit}.banner{border-width:3px}}
`
