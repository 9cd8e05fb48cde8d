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
    expect(report.checks.find((c) => c.id === 'b-fail')).toMatchObject({
      status: 'fail',
      blocking: false,
      waiver
    })
    expect(report.waivers.applied).toEqual([waiver])
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
  })
})
