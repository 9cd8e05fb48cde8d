import { describe, expect, it } from '@jest/globals'
import { checks } from '../../../checks/index.js'
import { defaultConfig } from '../../../src/engine/config.js'
import { NO_BASE } from '../../../src/engine/resolve-change.js'
import { rollbackReport } from '../../../src/reports/on-github/rollback-report.js'
import { renderHtml, renderMarkdown, renderText, toJson } from '../../../src/reports/change/index.js'

const basis =
  'Rollback: production runs bbbbbbb (deployment 7) and aaaaaaa is an ancestor of it, so this deployment goes back to code that already ran there.'
const report = rollbackReport(checks, defaultConfig(checks), {
  event: 'deployment',
  base: 'b'.repeat(40),
  head: 'a'.repeat(40),
  labels: [],
  environment: 'production',
  basis
})

describe('a report that says what it compared', () => {
  it('is a GO with every check skipped for an approved rollback, saying why', () => {
    expect([report.verdict, report.outcome, report.blocking]).toEqual(['go', 'go', []])
    expect(report.checks.map((c) => [c.id, c.status, c.blocking])).toEqual(
      checks
        .map((c) => c.meta.id)
        .sort()
        .map((id) => [id, 'skip', false])
    )
    expect(new Set(report.checks.map((c) => c.summary))).toEqual(
      new Set([
        'Not judged: this deployment is a rollback to code that already ran in the environment (deployments.rollbacks: approve).'
      ])
    )
  })

  it('shows the basis right after the "Judged:" line in every format', () => {
    // A rollback deploys an ancestor of what runs: their merge base is the deployed commit.
    const judged = 'Judged: bbbbbbb...aaaaaaa (merge base aaaaaaa), configuration defaults'
    const markdown = renderMarkdown(report).split('\n')
    const at = markdown.indexOf(judged)
    expect(at).toBeGreaterThan(0)
    expect(markdown.slice(at, at + 4)).toEqual([judged, '', `**Compared:** ${basis}`, ''])
    expect(renderText(report).split('\n').slice(0, 3)).toEqual([
      'Release readiness: GO — deployment aaaaaaa (bbbbbbb..aaaaaaa)',
      judged,
      `Compared: ${basis}`
    ])
    const json = toJson(report) as { basis?: string; judged?: string; mergeBase?: string }
    expect([json.judged, json.mergeBase, json.basis]).toEqual([judged, 'a'.repeat(40), basis])
    expect(renderHtml(report)).toContain(
      `<p class="judged">${judged}</p>\n<p class="compared"><strong>Compared:</strong> ${basis}</p>`
    )
  })

  it('says a deployment with nothing before it is judged on every file, not as a first release', () => {
    const first = { ...report, base: NO_BASE, mergeBase: NO_BASE }
    expect(renderText(first).split('\n')[1]).toBe(
      'Judged: every file at aaaaaaa (no earlier release or deployment: nothing before it), configuration defaults'
    )
    expect(renderText({ ...first, event: 'release' }).split('\n')[1]).toBe(
      'Judged: every file at aaaaaaa (a first release: nothing before it), configuration defaults'
    )
  })
})
