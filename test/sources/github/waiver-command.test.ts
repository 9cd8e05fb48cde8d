import { describe, expect, it } from '@jest/globals'
import { parseWaiverComment, parseWaiverLine } from '../../../src/sources/github/waiver-command.js'

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

  it('skips commands in indented code, HTML comments, inline code and lists', () => {
    const body = [
      'Example:',
      '',
      '    /release-readiness waive docs-updated indented example',
      '',
      '<!--',
      '/release-readiness waive docs-updated hidden in a comment',
      '-->',
      '',
      'See <!-- a comment that spans',
      '/release-readiness waive docs-updated inside an inline comment -->',
      '',
      'Try `one',
      '/release-readiness waive docs-updated inside inline code`',
      '',
      '- /release-readiness waive docs-updated in a list',
      '',
      '/release-readiness waive slo-defined real, see `docs/slo.md` <b>now</b>'
    ].join('\n')
    expect(parseWaiverComment(body)).toEqual([
      { ok: true, command: { check: 'slo-defined', reason: 'real, see `docs/slo.md` <b>now</b>' } }
    ])
  })

  it('reads lines split by a lone carriage return as separate lines', () => {
    expect(
      parseWaiverComment(
        'ok\r/release-readiness waive docs-updated one\r/release-readiness waive slo-defined two'
      ).map((p) => p.ok && p.command.check)
    ).toEqual(['docs-updated', 'slo-defined'])
  })
})

describe('at and until', () => {
  it('binds a waiver to a head and gives it an expiry, in either order, before the reason', () => {
    expect(parseWaiverLine('/release-readiness waive docs-updated at 1A2B3C4 until v1.6.0 hotfix')).toEqual({
      ok: true,
      command: { check: 'docs-updated', reason: 'hotfix', head: '1a2b3c4', until: 'v1.6.0' }
    })
    expect(
      parseWaiverLine(
        '/release-readiness waive openapi-compatible request-parameter-removed "GET /pets" until 2026-12-31 at 1a2b3c4d clients migrated'
      )
    ).toEqual({
      ok: true,
      command: {
        check: 'openapi-compatible',
        reason: 'clients migrated',
        target: { ruleId: 'request-parameter-removed', operation: 'GET /pets' },
        head: '1a2b3c4d',
        until: '2026-12-31'
      }
    })
  })

  it('keeps "until" and "at" in the reason when no date, version or SHA follows', () => {
    expect(parseWaiverLine('/release-readiness waive docs-updated until the docs PR lands at noon')).toEqual({
      ok: true,
      command: { check: 'docs-updated', reason: 'until the docs PR lands at noon' }
    })
  })

  it('refuses a date that does not exist', () => {
    expect(parseWaiverLine('/release-readiness waive docs-updated until 2026-13-45 x')).toMatchObject({
      ok: false,
      error: '"2026-13-45" is not a calendar date; write `until 2026-12-31` or `until v1.6.0`'
    })
  })
})
