import { describe, expect, it } from '@jest/globals'
import type { CheckReport, Report } from '../../../src/engine/types.js'
import { renderMarkdown } from '../../../src/reports/change/render-markdown.js'

function check(
  id: string,
  status: CheckReport['status'],
  findings = 0,
  blocking = status === 'fail'
): CheckReport {
  return {
    id,
    title: `${id} title`,
    status,
    level: 'error',
    blocking,
    summary: `${id} summary`,
    findings: Array.from({ length: findings }, (_, i) => ({
      message: `problem ${i} ${'x'.repeat(200)}`,
      file: `src/f${i}.ts`,
      line: i + 1
    })),
    waiver: null,
    docsUrl: `https://example.test/docs/${id}.md`,
    durationMs: 1
  }
}

function report(checks: CheckReport[]): Report {
  const blocking = checks.filter((c) => c.blocking).map((c) => c.id)
  return {
    verdict: blocking.length ? 'no-go' : 'go',
    outcome: blocking.length ? 'no-go' : 'go',
    mode: 'enforce',
    event: 'pull_request',
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    subject: '#12',
    checks,
    blocking,
    waivers: { applied: [], rejected: [] }
  }
}

describe('renderMarkdown', () => {
  it('puts the verdict first and one row per check', () => {
    const text = renderMarkdown(report([check('docs-updated', 'fail', 1), check('slo-defined', 'pass')]))
    expect(text.split('\n').slice(0, 8).join('\n')).toMatchInlineSnapshot(`
"## ❌ Release readiness: NO-GO

**1 check blocks** this pull request #12: \`docs-updated\`.

| | Check | Result |
|---|---|---|
| ❌ | [\`docs-updated\`](https://example.test/docs/docs-updated.md) | docs-updated summary |
| ✅ | [\`slo-defined\`](https://example.test/docs/slo-defined.md) | slo-defined summary |"
`)
    expect(text).toContain('- `src/f0.ts:1` problem 0')
    expect(text).toContain(
      'How to fix: see [the `docs-updated` docs](https://example.test/docs/docs-updated.md).'
    )
  })

  it("fits GitHub's 65,535 characters without dropping a failing check", () => {
    const failing = Array.from({ length: 12 }, (_, i) =>
      check(`check-${String(i).padStart(2, '0')}`, 'fail', 2000)
    )
    const text = renderMarkdown(report([...failing, check('zz-pass', 'pass')]))
    expect(text.length).toBeLessThanOrEqual(65_535)
    for (const c of failing) {
      expect(text).toContain(`| ❌ | [\`${c.id}\`]`)
      expect(text).toContain(`### ❌ \`${c.id}\``)
    }
    expect(text).toMatch(/… and \d+ more findings \(the JSON report lists them all\)/)
  })

  it('keeps every failing check even under a tiny limit', () => {
    const failing = Array.from({ length: 5 }, (_, i) => check(`c${i}`, 'fail', 50))
    const text = renderMarkdown(report(failing), { maxLength: 4000 })
    expect(text.length).toBeLessThanOrEqual(4000)
    for (const c of failing) expect(text).toContain(`### ❌ \`${c.id}\``)
  })

  it('shows who waived what, when and why', () => {
    const waived = {
      ...check('docs-updated', 'fail', 0, false),
      waiver: {
        check: 'docs-updated',
        reason: 'docs ship next sprint',
        grantedBy: '@rm',
        grantedAt: '2026-11-25'
      }
    }
    const r = {
      ...report([waived]),
      outcome: 'go-with-waivers' as const,
      waivers: {
        applied: [waived.waiver],
        rejected: [
          {
            check: 'slo-defined',
            requestedBy: '@author',
            reason: 'later',
            rejection: 'the PR author cannot waive their own PR'
          }
        ]
      }
    }
    const text = renderMarkdown(r)
    expect(text.startsWith('## ✅ Release readiness: GO with waivers')).toBe(true)
    expect(text).toContain('| `docs-updated` | granted | @rm | 2026-11-25 | docs ship next sprint |')
    expect(text).toContain(
      '| `slo-defined` | **not accepted**: the PR author cannot waive their own PR | @author | | later |'
    )
  })

  it('shows a multi-line finding (an example plan) as a block, never as headings of the report', () => {
    const c = check('feature-flag-plan', 'fail', 0)
    c.findings = [{ message: 'No flag plan. Add a section like:\n\n## Feature flag plan\n- Flag: `x`\n~~~' }]
    const text = renderMarkdown(report([c]))
    expect(text).toContain(
      [
        '- No flag plan. Add a section like:',
        '',
        '  ~~~~text',
        '  ## Feature flag plan',
        '  - Flag: `x`',
        '  ~~~',
        '  ~~~~'
      ].join('\n')
    )
    expect(text.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## ❌ Release readiness: NO-GO'
    ])
  })

  it('escapes HTML in findings so a PR cannot inject markup into the comment', () => {
    const c = check('docs-updated', 'fail', 0)
    c.findings = [{ message: '<img src=x onerror=alert(1)> | pipe' }]
    expect(renderMarkdown(report([c]))).toContain('- \\<img src=x onerror=alert(1)\\> \\| pipe')
  })
})
