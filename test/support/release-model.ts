import type { CheckReport, Report, Status } from '../../src/engine/types.js'
import type { ReleaseReport } from '../../src/reports/release/types.js'

const IDS = ['docs-updated', 'feature-flag-plan', 'openapi-compatible', 'rollback-criteria', 'slo-defined']

function check(id: string, status: Status, findings = 0): CheckReport {
  return {
    id,
    title: `Title of ${id}`,
    status,
    level: 'error',
    blocking: status === 'fail',
    summary: status === 'fail' ? `${findings} problem(s) in ${id}.` : `All good for ${id}.`,
    findings: Array.from({ length: findings }, (_, i) => ({
      message: `services/svc-${i % 5}/src/file-${i}.ts changed, but none of CHANGELOG.md, docs/** did.`,
      file: `services/svc-${i % 5}/src/file-${i}.ts`,
      line: i + 1
    })),
    waiver: null,
    docsUrl: `https://example.com/docs/checks/${id}.md`,
    durationMs: 1
  }
}

function report(checks: CheckReport[], subject: string): Report {
  const blocking = checks.filter((c) => c.blocking).map((c) => c.id)
  return {
    verdict: blocking.length ? 'no-go' : 'go',
    outcome: blocking.length ? 'no-go' : 'go',
    mode: 'enforce',
    event: 'pull_request',
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    subject,
    checks,
    blocking,
    waivers: { applied: [], rejected: [] }
  }
}

/** A synthetic release of `count` pull requests over 5 checks; every 10th PR fails `docs-updated`. */
export function syntheticRelease(count: number, findingsPerFailure = 3): ReleaseReport {
  const pullRequests = Array.from({ length: count }, (_, i) => {
    const number = 1000 + i
    const fails = i % 10 === 3
    const checks = IDS.map((id) =>
      check(
        id,
        id === 'docs-updated' && fails ? 'fail' : i % 7 === 0 ? 'skip' : 'pass',
        id === 'docs-updated' && fails ? findingsPerFailure : 0
      )
    )
    return {
      pullRequest: {
        number,
        title: `Change ${number} to service svc-${i % 5} <with> "markup" & more`,
        sha: i.toString(16).padStart(40, 'c'),
        base: i.toString(16).padStart(40, 'd'),
        head: i.toString(16).padStart(40, 'e'),
        style: i % 2 ? ('squash' as const) : ('merge' as const),
        bodySource: 'commit-message' as const,
        author: `dev-${i % 13}`
      },
      owners: [`@team-${i % 5}`],
      report: report(checks, `#${number}`)
    }
  })
  const range = report(
    IDS.map((id) => check(id, 'pass')),
    'v2.0.0'
  )
  const blocking = pullRequests
    .filter((p) => p.report.blocking.length > 0)
    .map((p) => ({
      scope: 'pull-request' as const,
      pullRequest: p.pullRequest.number,
      title: p.pullRequest.title,
      check: 'docs-updated',
      summary: p.report.checks[0]!.summary,
      owners: p.owners,
      docsUrl: 'https://example.com/docs/checks/docs-updated.md'
    }))
  return {
    verdict: blocking.length ? 'no-go' : 'go',
    outcome: blocking.length ? 'no-go' : 'go',
    mode: 'enforce',
    version: 'v2.0.0',
    base: 'f'.repeat(40),
    head: '9'.repeat(40),
    baseRef: 'v1.9.0',
    headRef: 'v2.0.0',
    blocking,
    range: { ...range, event: 'release' },
    pullRequests,
    directCommits: [],
    waivers: [],
    rejectedWaivers: [],
    notes: ['Synthetic.'],
    repositoryUrl: 'https://github.com/acme/monorepo',
    durationMs: 5
  }
}
