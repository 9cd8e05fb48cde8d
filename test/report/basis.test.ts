import { describe, expect, it } from '@jest/globals'
import { checks } from '../../checks/index.js'
import { defaultConfig } from '../../src/engine/config.js'
import { rollbackReport } from '../../src/github/rollback-report.js'
import { renderHtml, renderMarkdown, renderText, toJson } from '../../src/report/index.js'

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

  it('shows the basis in every format', () => {
    expect(renderMarkdown(report).split('\n').slice(0, 5)).toEqual([
      '## ✅ Release readiness: GO',
      '',
      'Every blocking check passes for this deployment aaaaaaa.',
      '',
      `**Compared:** ${basis}`
    ])
    expect(renderText(report).split('\n').slice(0, 2)).toEqual([
      'Release readiness: GO — deployment aaaaaaa (bbbbbbb..aaaaaaa)',
      `Compared: ${basis}`
    ])
    expect((toJson(report) as { basis?: string }).basis).toBe(basis)
    expect(renderHtml(report)).toContain(`<p><strong>Compared:</strong> ${basis}</p>`)
  })
})
