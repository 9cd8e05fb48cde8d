import { describe, expect, it } from '@jest/globals'
import { defaultConfig, parseConfig } from '../../src/engine/config.js'
import { evaluate } from '../../src/engine/evaluate.js'
import type { Change, Check, CheckResult, RepoSource, Waiver } from '../../src/engine/types.js'
import { memoryLogger } from '../support/fixture-source.js'

const source: RepoSource = {
  readFile: async () => undefined,
  listFiles: async () => [],
  mergeBase: async (base) => base,
  changedFiles: async () => []
}
const change: Change = { event: 'pull_request', base: 'b', head: 'h', files: [], labels: [], number: 7 }

function fakeCheck(id: string, run: Check['run'], extra: Partial<Check['meta']> = {}): Check {
  return {
    meta: {
      id,
      title: id,
      description: id,
      docs: `docs/checks/${id}.md`,
      defaultLevel: 'error',
      defaultConfig: {},
      schema: { properties: {} },
      ...extra
    },
    run
  }
}

const passing = fakeCheck('a-pass', async () => ({ status: 'pass', summary: 'fine' }))
const failing = fakeCheck('b-fail', async () => ({
  status: 'fail',
  summary: 'broken',
  findings: [{ message: 'x' }]
}))
const throwing = fakeCheck('c-throw', async () => {
  throw new Error('disk on fire')
})

async function run(checks: Check[], configText = '', waivers: Waiver[] = []) {
  const config = configText ? parseConfig(configText, 'cfg.yml', checks) : defaultConfig(checks)
  return evaluate({ checks, config, source, change, log: memoryLogger(), waivers, checkTimeoutMs: 200 })
}

describe('evaluate', () => {
  it('is GO when every check passes or skips', async () => {
    const skipping = fakeCheck('d-skip', async () => ({ status: 'skip', summary: 'n/a' }))
    const report = await run([passing, skipping])
    expect(report.verdict).toBe('go')
    expect(report.outcome).toBe('go')
    expect(report.blocking).toEqual([])
    expect(report.subject).toBe('#7')
  })

  it('is NO-GO when a check at level error fails, and lists it as blocking', async () => {
    const report = await run([passing, failing])
    expect(report.verdict).toBe('no-go')
    expect(report.blocking).toEqual(['b-fail'])
    expect(report.checks.map((c) => [c.id, c.status, c.blocking])).toEqual([
      ['a-pass', 'pass', false],
      ['b-fail', 'fail', true]
    ])
  })

  it('records a throwing check as error for that check alone, and never as GO', async () => {
    const report = await run([passing, throwing])
    expect(report.checks.find((c) => c.id === 'c-throw')).toMatchObject({
      status: 'error',
      summary: 'Could not run: disk on fire',
      blocking: true
    })
    expect(report.checks.find((c) => c.id === 'a-pass')?.status).toBe('pass')
    expect(report.verdict).toBe('no-go')
  })

  it('records a check that never finishes as error after the timeout', async () => {
    const hanging = fakeCheck('e-hang', () => new Promise<CheckResult>(() => {}))
    const report = await run([hanging])
    expect(report.checks[0]).toMatchObject({ status: 'error', blocking: true })
    expect(report.checks[0]!.summary).toMatch(/timed out/)
  })

  it('records a malformed result as error', async () => {
    const malformed = fakeCheck('f-bad', async () => ({ status: 'great' }) as unknown as CheckResult)
    const report = await run([malformed])
    expect(report.checks[0]!.status).toBe('error')
    expect(report.verdict).toBe('no-go')
  })

  it('reports a failure at level warn as warn and does not block', async () => {
    const report = await run([failing], 'checks:\n  b-fail: { level: warn }\n')
    expect(report.checks[0]).toMatchObject({ status: 'warn', blocking: false, level: 'warn' })
    expect(report.verdict).toBe('go')
  })

  it('does not block on an error at level warn', async () => {
    const report = await run([throwing], 'checks:\n  c-throw: { level: warn }\n')
    expect(report.checks[0]).toMatchObject({ status: 'error', blocking: false })
    expect(report.verdict).toBe('go')
  })

  it('skips a check at level off without running it', async () => {
    let ran = false
    const spy = fakeCheck('g-off', async () => {
      ran = true
      return { status: 'fail', summary: 'no' }
    })
    const report = await run([spy], 'checks:\n  g-off: { level: off }\n')
    expect(ran).toBe(false)
    expect(report.checks[0]).toMatchObject({
      status: 'skip',
      summary: 'Turned off in the configuration (level: off).'
    })
  })

  it('skips a check on an event it does not apply to, with the reason', async () => {
    const prOnly = fakeCheck('h-release', async () => ({ status: 'fail', summary: 'no' }), {
      events: ['release']
    })
    const report = await run([prOnly])
    expect(report.checks[0]).toMatchObject({ status: 'skip', summary: 'Does not apply to a pull request.' })
  })

  it('in advisory mode still says NO-GO and names what would block', async () => {
    const report = await run([failing], 'mode: advisory\n')
    expect(report).toMatchObject({ verdict: 'no-go', mode: 'advisory', blocking: ['b-fail'] })
  })

  it('turns a waived blocking failure into GO with waivers and keeps the waiver on the check', async () => {
    const waiver: Waiver = {
      check: 'b-fail',
      reason: 'hotfix',
      grantedBy: '@rm',
      grantedAt: '2026-11-25T10:00:00Z'
    }
    const report = await run([passing, failing], '', [waiver])
    expect(report.verdict).toBe('go')
    expect(report.outcome).toBe('go-with-waivers')
    const recorded = { ...waiver, head: 'h', matched: 1, findings: ['x'] }
    expect(report.checks.find((c) => c.id === 'b-fail')).toMatchObject({
      status: 'fail',
      blocking: false,
      waiver: recorded
    })
    expect(report.waivers).toEqual({ applied: [recorded], rejected: [] })
  })

  it('passes per-change waivers to their check and does not apply them to the whole check', async () => {
    let seen: Waiver[] = []
    const openapi = fakeCheck('openapi-compatible', async ({ waivers }) => {
      seen = waivers
      return { status: 'fail', summary: 'breaking' }
    })
    const targeted: Waiver = {
      check: 'openapi-compatible',
      reason: 'r',
      grantedBy: '@rm',
      target: { ruleId: 'operation-removed' }
    }
    const report = await run([openapi], '', [targeted])
    expect(seen).toEqual([targeted])
    expect(report.verdict).toBe('no-go')
    expect(report.waivers.rejected.map((r) => r.rejection)).toEqual([
      'Matches no finding of openapi-compatible (operation-removed); openapi-compatible has no findings at h.'
    ])
  })
})

/** A fake OpenAPI-like check whose findings depend on the head, applying per-finding waivers. */
function breakingAt(byHead: Record<string, Array<{ ruleId: string; operation: string }>>): Check {
  return fakeCheck(
    'openapi-compatible',
    async ({ change, waivers }) => {
      const findings = (byHead[change.head] ?? []).map((f) => {
        const waived = waivers.find(
          (w) =>
            (w.target?.ruleId === undefined || w.target.ruleId === f.ruleId) &&
            (w.target?.operation === undefined || w.target.operation === f.operation)
        )
        return {
          message: `${f.ruleId} at ${f.operation}`,
          ...f,
          severity: 'error' as const,
          ...(waived ? { waived } : {})
        }
      })
      const open = findings.filter((f) => !f.waived).length
      return open > 0
        ? { status: 'fail', summary: `${open} breaking change(s).`, findings }
        : { status: 'pass', summary: 'No unwaived breaking change.', findings }
    },
    { ruleIds: ['api-removed-without-deprecation', 'request-parameter-removed'] }
  )
}

async function evaluateAt(
  check: Check,
  head: string,
  waivers: Waiver[],
  extra: { now?: Date; release?: string } = {}
) {
  return evaluate({
    checks: [check],
    config: defaultConfig([check]),
    source,
    change: { ...change, head },
    log: memoryLogger(),
    waivers,
    ...extra
  })
}

describe('waivers are checked: every report says what each one matched', () => {
  const removed = { ruleId: 'api-removed-without-deprecation', operation: 'DELETE /pets/{id}' }
  const param = { ruleId: 'request-parameter-removed', operation: 'GET /pets' }
  const check = breakingAt({ h1: [removed, param] })

  it('counts the findings a per-finding waiver covered and names them', async () => {
    const w: Waiver = {
      check: 'openapi-compatible',
      reason: 'r',
      grantedBy: 'rm',
      target: { ruleId: removed.ruleId }
    }
    const report = await evaluateAt(check, 'h1', [w])
    expect(report.verdict).toBe('no-go')
    expect(report.waivers.applied).toEqual([
      {
        ...w,
        head: 'h1',
        matched: 1,
        findings: [
          'api-removed-without-deprecation · DELETE /pets/{id} · api-removed-without-deprecation at DELETE /pets/{id}'
        ]
      }
    ])
  })

  it('rejects a waiver that matches no finding, suggesting the nearest rule id among the findings', async () => {
    const w: Waiver = {
      check: 'openapi-compatible',
      reason: 'r',
      grantedBy: 'rm',
      target: { ruleId: 'request-parameter-removed-with-deprecation' }
    }
    const report = await evaluateAt(breakingAt({ h1: [param] }), 'h1', [w])
    expect(report.waivers.applied).toEqual([])
    expect(report.waivers.rejected).toEqual([
      {
        check: 'openapi-compatible',
        requestedBy: 'rm',
        reason: 'r',
        rejection:
          'Matches no finding of openapi-compatible (request-parameter-removed-with-deprecation); the findings at h1 are `request-parameter-removed`. Did you mean `request-parameter-removed`?'
      }
    ])
  })

  it('rejects a whole-check waiver for a check that does not block, instead of listing it as granted', async () => {
    const w: Waiver = { check: 'a-pass', reason: 'r', grantedBy: 'rm' }
    const report = await run([passing], '', [w])
    expect(report.outcome).toBe('go')
    expect(report.waivers.rejected.map((r) => r.rejection)).toEqual([
      'a-pass did not block at h (pass); the waiver matches nothing.'
    ])
  })
})

describe('waivers are bound to the head they were granted at', () => {
  const removed = { ruleId: 'api-removed-without-deprecation', operation: 'DELETE /pets/{id}' }
  const param = { ruleId: 'request-parameter-removed', operation: 'GET /pets' }

  it('still covers, at a later head, the findings that were there when it was granted', async () => {
    const check = breakingAt({ aaaaaaa1: [removed], bbbbbbb2: [removed] })
    const w: Waiver = { check: 'openapi-compatible', reason: 'r', grantedBy: 'rm', head: 'aaaaaaa1' }
    const report = await evaluateAt(check, 'bbbbbbb2', [w])
    expect(report.outcome).toBe('go-with-waivers')
    expect(report.waivers.applied).toMatchObject([{ head: 'aaaaaaa1', matched: 1 }])
  })

  it("re-runs the check at the older head from that head's own merge base with the requested base", async () => {
    // The branch merged its base since the grant: now it meets main at m2; the older head met it at m1.
    const seen: Array<Pick<Change, 'base' | 'requestedBase' | 'head' | 'files'>> = []
    const check = fakeCheck('openapi-compatible', async ({ change: c }) => {
      seen.push({ base: c.base, requestedBase: c.requestedBase, head: c.head, files: c.files })
      return {
        status: 'fail',
        summary: '1 breaking change(s).',
        findings: [{ message: 'x', ruleId: removed.ruleId }]
      }
    })
    const calls: string[] = []
    const bases: RepoSource = {
      ...source,
      mergeBase: async (base, head) => (
        calls.push(`mergeBase ${base} ${head}`),
        head === 'aaaaaaa1' ? 'm1' : 'm2'
      ),
      changedFiles: async (base, head) => (
        calls.push(`changedFiles ${base} ${head}`),
        [{ path: `${head}.ts`, status: 'added' }]
      )
    }
    const w: Waiver = { check: 'openapi-compatible', reason: 'r', grantedBy: 'rm', head: 'aaaaaaa1' }
    const report = await evaluate({
      checks: [check],
      config: defaultConfig([check]),
      source: bases,
      change: { ...change, base: 'm2', requestedBase: 'main', head: 'bbbbbbb2' },
      log: memoryLogger(),
      waivers: [w]
    })
    expect(report.outcome).toBe('go-with-waivers')
    expect(calls.sort()).toEqual(['changedFiles main aaaaaaa1', 'mergeBase main aaaaaaa1'])
    expect(seen).toEqual([
      { base: 'm2', requestedBase: 'main', head: 'bbbbbbb2', files: [] },
      {
        base: 'm1',
        requestedBase: 'main',
        head: 'aaaaaaa1',
        files: [{ path: 'aaaaaaa1.ts', status: 'added' }]
      }
    ])
  })

  it("refuses the waiver when the older head's changed files cannot be read completely", async () => {
    const check = breakingAt({ aaaaaaa1: [removed], bbbbbbb2: [removed] })
    const capped: RepoSource = {
      ...source,
      changedFiles: async () => {
        throw new Error('the tree of aaaaaaa1 is truncated by GitHub')
      }
    }
    const w: Waiver = { check: 'openapi-compatible', reason: 'r', grantedBy: 'rm', head: 'aaaaaaa1' }
    const report = await evaluate({
      checks: [check],
      config: defaultConfig([check]),
      source: capped,
      change: { ...change, head: 'bbbbbbb2' },
      log: memoryLogger(),
      waivers: [w]
    })
    expect(report.verdict).toBe('no-go')
    expect(report.blocking).toEqual(['openapi-compatible'])
    expect(report.waivers.applied).toEqual([])
    expect(report.waivers.rejected.map((r) => r.rejection)).toEqual([
      'Could not evaluate openapi-compatible at aaaaaaa1, where it was granted (the tree of aaaaaaa1 is truncated by GitHub); grant a new waiver.'
    ])
  })

  it('does not cover a whole check at a later head that adds a blocking finding', async () => {
    const check = breakingAt({ aaaaaaa1: [removed], bbbbbbb2: [removed, param] })
    const w: Waiver = { check: 'openapi-compatible', reason: 'r', grantedBy: 'rm', head: 'aaaaaaa1' }
    const report = await evaluateAt(check, 'bbbbbbb2', [w])
    expect(report.verdict).toBe('no-go')
    expect(report.blocking).toEqual(['openapi-compatible'])
    expect(report.waivers.rejected.map((r) => r.rejection)).toEqual([
      'Granted at an older head (aaaaaaa1); new findings need a new waiver: "request-parameter-removed · GET /pets · request-parameter-removed at GET /pets".'
    ])
  })

  it('does not cover a new finding that a per-finding waiver names when it appeared after the grant', async () => {
    const check = breakingAt({ aaaaaaa1: [], bbbbbbb2: [removed] })
    const w: Waiver = {
      check: 'openapi-compatible',
      reason: 'r',
      grantedBy: 'rm',
      head: 'aaaaaaa1',
      target: { operation: 'DELETE /pets/{id}' }
    }
    const report = await evaluateAt(check, 'bbbbbbb2', [w])
    expect(report.verdict).toBe('no-go')
    expect(report.checks[0]).toMatchObject({
      status: 'fail',
      summary:
        'No unwaived breaking change. 1 finding(s) not covered: their waiver was granted at an older head.'
    })
    expect(report.checks[0]!.findings[0]!.waived).toBeUndefined()
  })

  it('accepts an abbreviated head for the evaluated commit itself', async () => {
    const check = breakingAt({ bbbbbbb2c3d4: [removed] })
    const w: Waiver = { check: 'openapi-compatible', reason: 'r', grantedBy: 'rm', head: 'bbbbbbb2' }
    expect((await evaluateAt(check, 'bbbbbbb2c3d4', [w])).outcome).toBe('go-with-waivers')
  })
})

describe('waivers expire', () => {
  const check = breakingAt({ h1: [{ ruleId: 'request-parameter-removed', operation: 'GET /pets' }] })
  const w = (until: string): Waiver => ({ check: 'openapi-compatible', reason: 'r', grantedBy: 'rm', until })

  it('holds through the day it names, and not the day after (UTC)', async () => {
    expect(
      (await evaluateAt(check, 'h1', [w('2026-12-05')], { now: new Date('2026-12-05T23:59:00Z') })).outcome
    ).toBe('go-with-waivers')
    const report = await evaluateAt(check, 'h1', [w('2026-12-05')], { now: new Date('2026-12-06T00:00:00Z') })
    expect(report.verdict).toBe('no-go')
    expect(report.waivers.rejected.map((r) => r.rejection)).toEqual([
      'Expired: it expired at the end of 2026-12-05 (UTC).'
    ])
  })

  it('holds for releases up to the version it names', async () => {
    expect((await evaluateAt(check, 'h1', [w('v1.6.0')], { release: 'v1.6.0' })).outcome).toBe(
      'go-with-waivers'
    )
    expect((await evaluateAt(check, 'h1', [w('v1.6.0')])).outcome).toBe('go-with-waivers')
    const report = await evaluateAt(check, 'h1', [w('v1.6.0')], { release: 'v1.10.0' })
    expect(report.waivers.rejected.map((r) => r.rejection)).toEqual([
      'Expired: it was granted until v1.6.0, and this is v1.10.0.'
    ])
  })
})
