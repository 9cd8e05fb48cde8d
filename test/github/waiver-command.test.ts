import { describe, expect, it } from '@jest/globals'
import { parseWaiverComment, parseWaiverLine } from '../../src/github/waiver-command.js'

describe('parseWaiverLine', () => {
  const valid: [string, unknown][] = [
    [
      '/release-readiness waive docs-updated Docs follow in #12',
      { check: 'docs-updated', reason: 'Docs follow in #12' }
    ],
    [
      '  /release-readiness   waive  slo-defined   "New service; SLO lands next sprint"  ',
      { check: 'slo-defined', reason: 'New service; SLO lands next sprint' }
    ],
    [
      '/release-readiness waive openapi-compatible operation-removed "DELETE /pets/{id}" No client calls it (checked logs)',
      {
        check: 'openapi-compatible',
        reason: 'No client calls it (checked logs)',
        target: { ruleId: 'operation-removed', operation: 'DELETE /pets/{id}' }
      }
    ],
    [
      '/release-readiness waive openapi-compatible "GET  /pets" Internal endpoint',
      { check: 'openapi-compatible', reason: 'Internal endpoint', target: { operation: 'GET /pets' } }
    ],
    [
      '/release-readiness waive openapi-compatible request-property-became-required "*" Every client sends it already',
      {
        check: 'openapi-compatible',
        reason: 'Every client sends it already',
        target: { ruleId: 'request-property-became-required' }
      }
    ],
    // A reason that starts with a kebab-case word is still a reason: targets need a quoted operation.
    [
      '/release-readiness waive openapi-compatible "remove pets" was never public',
      { check: 'openapi-compatible', reason: '"remove pets" was never public' }
    ],
    [
      '/release-readiness waive rollback-criteria feature-flagged, off by default',
      { check: 'rollback-criteria', reason: 'feature-flagged, off by default' }
    ]
  ]
  it.each(valid)('reads %j', (line, command) => {
    expect(parseWaiverLine(line)).toEqual({ ok: true, command })
  })

  const invalid: [string, RegExp][] = [
    ['/release-readiness waive docs-updated', /give a reason/],
    ['/release-readiness waive', /name the check/],
    ['/release-readiness waive "docs-updated" because', /name the check/],
    ['/release-readiness waive openapi-compatible "FETCH /pets" because', /is not an operation/],
    ['/release-readiness waive openapi-compatible "*" because', /needs a rule id/],
    ['/release-readiness waive openapi-compatible operation-removed "DELETE /pets/{id}"', /give a reason/]
  ]
  it.each(invalid)('refuses %j', (line, error) => {
    const parsed = parseWaiverLine(line)
    expect(parsed?.ok).toBe(false)
    expect(parsed && !parsed.ok && parsed.error).toMatch(error)
  })

  it.each([
    'please /release-readiness waive docs-updated x',
    '/release-readinesss waive docs-updated x',
    '/release-readiness unwaive docs-updated x',
    'LGTM'
  ])('ignores %j, which is not a waive command', (line) => {
    expect(parseWaiverLine(line)).toBeUndefined()
  })
})

describe('parseWaiverComment', () => {
  it('reads every command line of a comment, in order', () => {
    const body =
      'Approved for the hotfix.\r\n/release-readiness waive docs-updated hotfix\n\n/release-readiness waive slo-defined hotfix too'
    expect(parseWaiverComment(body).map((p) => p.ok && p.command.check)).toEqual([
      'docs-updated',
      'slo-defined'
    ])
  })

  it('skips commands quoted or shown in fenced code', () => {
    const body = [
      '> /release-readiness waive docs-updated quoted',
      '```',
      '/release-readiness waive docs-updated example',
      '```',
      '~~~md',
      '/release-readiness waive docs-updated example',
      '~~~',
      '/release-readiness waive slo-defined real'
    ].join('\n')
    expect(parseWaiverComment(body)).toEqual([
      { ok: true, command: { check: 'slo-defined', reason: 'real' } }
    ])
  })
})
