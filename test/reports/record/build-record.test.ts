import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { CheckReport, Report, Waiver } from '../../../src/engine/types.js'
import { buildRecord } from '../../../src/reports/record/build-record.js'
import { parseRecord, recordProblems } from '../../../src/reports/record/parse-record.js'
import { buildRecordSchema } from '../../../src/reports/record/record-schema.js'
import { TOOL_VERSION } from '../../../src/reports/record/tool-version.js'

const checkWaiver: Waiver = {
  check: 'slo-defined',
  reason: 'SLO lands next sprint',
  grantedBy: 'rm-lead',
  grantedAt: '2026-11-30T10:00:00Z',
  source: 'https://github.com/acme/pets/pull/12#issuecomment-1'
}
const ruleWaiver: Waiver = {
  check: 'openapi-compatible',
  reason: 'v1 clients are gone',
  grantedBy: 'api-owner',
  target: { ruleId: 'operation-removed' }
}

function check(id: string, status: CheckReport['status'], extra: Partial<CheckReport> = {}): CheckReport {
  return {
    id,
    title: `${id} title`,
    status,
    level: 'error',
    blocking: status === 'fail',
    summary: `${id} summary`,
    findings: [],
    waiver: null,
    docsUrl: `https://example.test/docs/${id}.md`,
    durationMs: 7,
    ...extra
  }
}

function report(): Report {
  return {
    verdict: 'no-go',
    outcome: 'no-go',
    mode: 'enforce',
    event: 'pull_request',
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    subject: '#12',
    checks: [
      check('docs-updated', 'fail', {
        findings: [
          { message: 'src/a.ts changed', file: 'src/a.ts', line: 3 },
          { message: 'note', severity: 'notice' }
        ]
      }),
      check('openapi-compatible', 'pass', {
        findings: [
          { message: 'GET /pets removed', ruleId: 'operation-removed', waived: ruleWaiver },
          { message: 'GET /cats removed', ruleId: 'operation-removed', waived: ruleWaiver }
        ]
      }),
      check('slo-defined', 'fail', { blocking: false, waiver: checkWaiver })
    ],
    blocking: ['docs-updated'],
    waivers: {
      applied: [checkWaiver, ruleWaiver],
      rejected: [
        { check: 'docs-updated', requestedBy: 'author', reason: 'please', rejection: 'authors do not waive' }
      ]
    }
  }
}

describe('buildRecord', () => {
  const record = buildRecord(report(), {
    runtime: 'app',
    recordedAt: '2026-12-01T12:00:00.000Z',
    repository: { fullName: 'acme/pets', url: 'https://github.com/acme/pets' },
    subject: { title: 'Add cats', author: 'dev1', owners: ['@acme/payments'] },
    mergeBase: 'c'.repeat(40),
    config: '.github/release-readiness.yml at aaaaaaa',
    services: ['payments', 'payments', 'checkout']
  })

  it('keeps the contract fields of check --format json with their meaning', () => {
    expect(record.verdict).toBe('no-go')
    expect(record.checks.map((c) => [c.id, c.status, c.summary])).toEqual([
      ['docs-updated', 'fail', 'docs-updated summary'],
      ['openapi-compatible', 'pass', 'openapi-compatible summary'],
      ['slo-defined', 'fail', 'slo-defined summary']
    ])
    expect(record.checks[0]!.findings).toEqual([
      { message: 'src/a.ts changed', file: 'src/a.ts', line: 3 },
      { message: 'note', severity: 'notice' }
    ])
    expect(record.checks[0]!.waiver).toBeNull()
  })

  it('names the repository, subject, commits, configuration, tool and time', () => {
    expect(record.repository).toEqual({ fullName: 'acme/pets', url: 'https://github.com/acme/pets' })
    expect(record.subject).toEqual({
      type: 'pull_request',
      number: 12,
      title: 'Add cats',
      author: 'dev1',
      owners: ['@acme/payments']
    })
    expect([record.base, record.head, record.mergeBase]).toEqual([
      'a'.repeat(40),
      'b'.repeat(40),
      'c'.repeat(40)
    ])
    expect(record.config).toEqual({ origin: '.github/release-readiness.yml at aaaaaaa' })
    expect(record.tool).toEqual({ name: 'release-readiness', version: TOOL_VERSION, runtime: 'app' })
    expect(record.recordedAt).toBe('2026-12-01T12:00:00.000Z')
    expect(record.environment).toBeNull()
    expect(record.services).toEqual(['checkout', 'payments'])
    expect(record.id).toMatch(/^[0-9a-f]{32}$/)
  })

  it('counts each check’s findings by severity and by waiver', () => {
    expect(record.checks.map((c) => c.findingCounts)).toEqual([
      { total: 2, error: 1, warning: 0, notice: 1, waived: 0 },
      { total: 2, error: 0, warning: 0, notice: 2, waived: 2 },
      { total: 0, error: 0, warning: 0, notice: 0, waived: 0 }
    ])
  })

  it('records who granted each waiver, why, when, where and what it matched', () => {
    expect(record.waivers.applied).toEqual([
      {
        check: 'slo-defined',
        reason: 'SLO lands next sprint',
        grantedBy: 'rm-lead',
        grantedAt: '2026-11-30T10:00:00Z',
        source: 'https://github.com/acme/pets/pull/12#issuecomment-1',
        matched: 1
      },
      {
        check: 'openapi-compatible',
        reason: 'v1 clients are gone',
        grantedBy: 'api-owner',
        grantedAt: null,
        source: null,
        target: { ruleId: 'operation-removed' },
        matched: 2
      }
    ])
    expect(record.checks[2]!.waiver?.matched).toBe(1)
    expect(record.waivers.rejected).toEqual([
      {
        check: 'docs-updated',
        requestedBy: 'author',
        reason: 'please',
        rejection: 'authors do not waive',
        source: null
      }
    ])
  })

  it('records a waiver’s expiry as granted, and each check an exemption skipped with its reason', () => {
    const exempt = 'Skipped: author is dependabot[bot] (dependency updates ship without a flag).'
    const recorded = buildRecord(
      {
        ...report(),
        configuration: '.github/release-readiness.yml@aaaaaaa',
        checks: [
          ...report().checks,
          check('feature-flag-plan', 'skip', { summary: exempt, exemption: exempt })
        ],
        waivers: { applied: [{ ...checkWaiver, until: 'v1.6.0', matched: 1 }], rejected: [] }
      },
      { runtime: 'action' }
    )
    expect(recorded.waivers.applied).toEqual([
      {
        check: 'slo-defined',
        reason: 'SLO lands next sprint',
        grantedBy: 'rm-lead',
        grantedAt: '2026-11-30T10:00:00Z',
        source: 'https://github.com/acme/pets/pull/12#issuecomment-1',
        matched: 1,
        expiresAt: 'v1.6.0'
      }
    ])
    expect(recorded.exemptions).toEqual([
      {
        check: 'feature-flag-plan',
        reason: exempt,
        source: '.github/release-readiness.yml@aaaaaaa',
        matched: null
      }
    ])
    expect(recordProblems(recorded)).toEqual([])
  })

  it('takes a count the engine made over its own', () => {
    const counted = buildRecord(
      { ...report(), waivers: { applied: [{ ...ruleWaiver, matched: 5 } as Waiver], rejected: [] } },
      { runtime: 'cli' }
    )
    expect(counted.waivers.applied[0]!.matched).toBe(5)
  })

  it('is valid against the published schema, and the same evaluation gets the same id', () => {
    expect(recordProblems(record)).toEqual([])
    const again = buildRecord(report(), {
      runtime: 'app',
      recordedAt: '2026-12-01T12:00:00.000Z',
      repository: { fullName: 'acme/pets' }
    })
    expect(again.id).toBe(record.id)
    expect(buildRecord(report(), { runtime: 'app', recordedAt: '2026-12-02T00:00:00Z' }).id).not.toBe(
      record.id
    )
  })

  it('records what is unknown as null, never a guess', () => {
    const bare = buildRecord(report(), { runtime: 'cli', recordedAt: '2026-12-01T00:00:00Z' })
    expect([bare.repository, bare.mergeBase, bare.config, bare.exemptions]).toEqual([
      { fullName: null, url: null },
      null,
      { origin: null },
      []
    ])
    expect(recordProblems(bare)).toEqual([])
  })
})

describe('the published record schema', () => {
  it('is the file schema/evaluation-record.schema.json (npm run generate rewrites it)', () => {
    expect(JSON.parse(readFileSync('schema/evaluation-record.schema.json', 'utf8'))).toEqual(
      buildRecordSchema()
    )
  })

  it('records the version in package.json', () => {
    expect(TOOL_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})

describe('parseRecord', () => {
  const good = buildRecord(report(), { runtime: 'cli', recordedAt: '2026-12-01T00:00:00Z' })

  it('reads a record, and the record inside a release report JSON', () => {
    expect(parseRecord(JSON.stringify(good), 'a.json').id).toBe(good.id)
    expect(parseRecord(JSON.stringify({ verdict: 'go', record: good }), 'release.json').id).toBe(good.id)
  })

  it('names the file and what is wrong', () => {
    expect(() => parseRecord('{', 'records/bad.json')).toThrow(/^records\/bad\.json is not JSON/)
    expect(() => parseRecord(JSON.stringify({ ...good, verdict: 'maybe' }), 'r.json')).toThrow(
      'r.json is not an evaluation record (schema/evaluation-record.schema.json): /verdict must be one of go, no-go.'
    )
    expect(() => parseRecord(JSON.stringify({ ...good, schemaVersion: 2 }), 'r.json')).toThrow(
      'r.json is a version 2 record; this release-readiness reads version 1. Upgrade release-readiness to read it.'
    )
  })
})
