import type { EvaluationRecord, RecordCheck } from '../../src/reports/record/types.js'

const CHECKS = ['docs-updated', 'feature-flag-plan', 'openapi-compatible', 'rollback-criteria', 'slo-defined']
const DAY = 86_400_000
const START = Date.parse('2026-01-01T00:00:00Z')

const hex = (n: number, width = 40): string => n.toString(16).padStart(width, '0').slice(-width)

function checks(blocking: string[]): RecordCheck[] {
  return CHECKS.map((id) => {
    const fails = blocking.includes(id)
    return {
      id,
      title: id,
      status: fails ? 'fail' : 'pass',
      level: 'error',
      blocking: fails,
      summary: fails ? `${id} is missing.` : `${id} holds.`,
      findings: fails
        ? [
            {
              message: `${id} is missing for services/api/src/handler.ts`,
              file: 'services/api/src/handler.ts',
              line: 12
            }
          ]
        : [],
      findingCounts: { total: fails ? 1 : 0, error: fails ? 1 : 0, warning: 0, notice: 0, waived: 0 },
      waiver: null,
      docs: `https://example.test/docs/checks/${id}.md`,
      durationMs: 3
    }
  })
}

function record(
  fields: Pick<EvaluationRecord, 'event' | 'subject' | 'recordedAt'> &
    Partial<EvaluationRecord> & { repo: string; blocking: string[]; seq: number }
): EvaluationRecord {
  const { repo, blocking, seq, ...rest } = fields
  return {
    $schema:
      'https://github.com/release-readiness/release-readiness/blob/main/schema/evaluation-record.schema.json',
    schemaVersion: 1,
    id: hex(seq, 32),
    tool: { name: 'release-readiness', version: '0.1.0', runtime: 'app' },
    repository: { fullName: repo, url: `https://github.com/${repo}` },
    environment: null,
    base: hex(seq * 2),
    head: hex(seq * 2 + 1),
    mergeBase: null,
    verdict: blocking.length ? 'no-go' : 'go',
    outcome: blocking.length ? 'no-go' : 'go',
    mode: 'enforce',
    blocking,
    checks: checks(blocking),
    waivers: { applied: [], rejected: [] },
    exemptions: [],
    config: { origin: '.github/release-readiness.yml' },
    services: [],
    durationMs: 120,
    ...rest
  }
}

/**
 * A fleet's history: `repos` repositories (two teams, five services), each with `releases`
 * releases (every fifth NO-GO, every fourth waived), `pullRecords` pull request records split over
 * half as many pull requests (each judged twice: a third go from NO-GO to GO), and one production
 * deployment per release (NO-GO releases rejected).
 */
export function boardRecords(options: {
  repos: number
  releases: number
  pullRecords: number
}): EvaluationRecord[] {
  const out: EvaluationRecord[] = []
  let seq = 1
  const pullsPerRepo = Math.floor(options.pullRecords / options.repos / 2)
  for (let r = 0; r < options.repos; r++) {
    const repo = `acme/svc-${String(r).padStart(2, '0')}`
    const team = r % 2 === 0 ? '@acme/payments' : '@acme/platform'
    const services = [`svc-${r % 5}`]
    for (let v = 0; v < options.releases; v++) {
      const version = `v1.${v}.0`
      const at = new Date(START + (v * 7 + (r % 7)) * DAY).toISOString()
      const blocking = v % 5 === 4 ? ['docs-updated'] : []
      const waived = v % 4 === 1
      out.push(
        record({
          repo,
          seq: seq++,
          event: 'release',
          recordedAt: at,
          subject: { type: 'release', version, owners: [team] },
          blocking,
          services,
          ...(waived
            ? {
                outcome: 'go-with-waivers' as const,
                waivers: {
                  applied: [
                    {
                      check: 'slo-defined',
                      reason: `SLO for ${version} lands next sprint`,
                      grantedBy: 'release-manager',
                      grantedAt: at,
                      source: `https://github.com/${repo}/pull/${v + 1}#issuecomment-${seq}`,
                      pullRequest: v + 1,
                      matched: 1
                    }
                  ],
                  rejected: []
                }
              }
            : {})
        })
      )
      out.push(
        record({
          repo,
          seq: seq++,
          event: 'deployment',
          environment: 'production',
          recordedAt: new Date(Date.parse(at) + 3_600_000).toISOString(),
          subject: { type: 'deployment', version, owners: [team] },
          blocking,
          services,
          deployment: { decision: blocking.length ? 'rejected' : 'approved' }
        })
      )
    }
    for (let n = 1; n <= pullsPerRepo; n++) {
      const first = new Date(START + (n % 140) * DAY + r * 60_000)
      const owners = [`dev-${n % 40}`, team]
      const title = `Change ${n} to the ${services[0]} handler`
      const state = n % 10 === 0 ? ('merged' as const) : ('open' as const)
      const firstBlocking =
        n % 3 === 0 ? ['rollback-criteria', 'feature-flag-plan'] : n % 7 === 0 ? ['openapi-compatible'] : []
      out.push(
        record({
          repo,
          seq: seq++,
          event: 'pull_request',
          recordedAt: first.toISOString(),
          subject: { type: 'pull_request', number: n, title, author: owners[0]!, owners, state: 'open' },
          blocking: firstBlocking,
          services
        })
      )
      out.push(
        record({
          repo,
          seq: seq++,
          event: 'pull_request',
          recordedAt: new Date(first.getTime() + (n % 5) * 3_600_000 + 1800_000).toISOString(),
          subject: { type: 'pull_request', number: n, title, author: owners[0]!, owners, state },
          blocking: n % 7 === 0 ? ['openapi-compatible'] : [],
          services
        })
      )
    }
  }
  return out
}
