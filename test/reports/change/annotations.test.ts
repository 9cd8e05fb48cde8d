import { describe, expect, it } from '@jest/globals'
import { planAnnotations } from '../../../src/reports/change/annotations.js'
import type { CheckReport, Finding, Report } from '../../../src/engine/types.js'

function check(
  id: string,
  status: CheckReport['status'],
  findings: Finding[],
  extra: Partial<CheckReport> = {}
): CheckReport {
  const blocking = (status === 'fail' || status === 'error') && (extra.level ?? 'error') === 'error'
  return {
    id,
    title: id,
    status,
    level: 'error',
    blocking,
    summary: `${id} summary`,
    findings,
    waiver: null,
    docsUrl: '',
    durationMs: 1,
    ...extra
  }
}

function report(checks: CheckReport[]): Report {
  return {
    verdict: 'no-go',
    outcome: 'no-go',
    mode: 'enforce',
    event: 'pull_request',
    base: 'a',
    head: 'b',
    checks,
    blocking: [],
    waivers: { applied: [], rejected: [] }
  }
}

const many = (n: number, file?: string): Finding[] =>
  Array.from({ length: n }, (_, i) => ({ message: `finding ${i}`, ...(file ? { file, line: i + 1 } : {}) }))

describe('planAnnotations', () => {
  it('annotates failing findings at their file and line, and nothing for passing or skipped checks', () => {
    const plan = planAnnotations(
      report([
        check('openapi-compatible', 'fail', [
          { message: 'Operation removed', file: 'openapi/pets.yaml', line: 12, column: 3 }
        ]),
        check('docs-updated', 'pass', []),
        check('slo-defined', 'skip', [])
      ])
    )
    expect(plan).toEqual({
      annotations: [
        {
          level: 'error',
          title: 'release-readiness: openapi-compatible',
          message: 'Operation removed',
          file: 'openapi/pets.yaml',
          startLine: 12,
          startColumn: 3
        }
      ]
    })
  })

  it('uses the summary when a failing check has no findings, and warnings for warn-level checks', () => {
    const plan = planAnnotations(
      report([
        check('rollback-criteria', 'fail', [], { level: 'warn' }),
        check('slo-defined', 'warn', many(1))
      ])
    )
    expect(plan.annotations.map((a) => [a.level, a.message])).toEqual([
      ['warning', 'rollback-criteria summary'],
      ['warning', 'finding 0']
    ])
  })

  it('keeps to 10 errors and 10 warnings and counts the rest in one notice, blocking checks first', () => {
    const plan = planAnnotations(
      report([
        check('slo-defined', 'warn', many(14)),
        check('feature-flag-plan', 'fail', many(3, 'src/a.ts'), { level: 'warn' }),
        check('openapi-compatible', 'fail', many(25, 'openapi.yaml'))
      ])
    )
    expect(plan.annotations.filter((a) => a.level === 'error')).toHaveLength(10)
    expect(plan.annotations.filter((a) => a.level === 'warning')).toHaveLength(10)
    expect(plan.annotations[0]!.title).toBe('release-readiness: openapi-compatible')
    expect(plan.overflow?.message).toMatch(
      /^22 more finding\(s\) \(15 errors, 7 warnings\) are not annotated here/
    )
  })

  it('keeps slots for the step’s own messages when asked', () => {
    const plan = planAnnotations(
      report([check('openapi-compatible', 'fail', many(25, 'openapi.yaml'))]),
      10,
      { error: 1 }
    )
    expect(plan.annotations).toHaveLength(9)
    expect(plan.overflow?.message).toMatch(/^16 more finding\(s\) \(16 errors\)/)
  })

  it('does not annotate waived checks or waived findings', () => {
    const waiver = { check: 'docs-updated', reason: 'r', grantedBy: 'lead' }
    const plan = planAnnotations(
      report([
        check('docs-updated', 'fail', many(2), { waiver, blocking: false }),
        check('openapi-compatible', 'fail', [
          { message: 'waived', waived: { ...waiver, check: 'openapi-compatible' } },
          { message: 'kept' }
        ])
      ])
    )
    expect(plan.annotations.map((a) => a.message)).toEqual(['kept'])
  })
})
