import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { checks } from '../../../checks/index.js'
import { loadConfig } from '../../../src/engine/config.js'
import type { Logger } from '../../../src/engine/types.js'
import {
  buildReleaseReport,
  type BuildReleaseReportInput
} from '../../../src/reports/release/build-release-report.js'
import { LocalGitPullRequestFinder } from '../../../src/sources/local-git-pull-requests.js'
import type { PullRequestInfoProvider, ReleaseReport } from '../../../src/reports/release/types.js'
import { LocalGitSource } from '../../../src/sources/local-git.js'
import type { GitRepo } from '../../support/git-repo.js'
import { readyBody } from '../../support/plans.js'
import { releaseHistory } from '../../support/release-history.js'

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} }

async function releaseReport(
  repo: GitRepo,
  extra: Partial<BuildReleaseReportInput> = {}
): Promise<ReleaseReport> {
  const source = (await LocalGitSource.open(repo.dir))!
  try {
    const [base, head] = await Promise.all([source.resolveCommit('v1.0.0'), source.resolveCommit('v1.1.0')])
    return await buildReleaseReport({
      source,
      finder: new LocalGitPullRequestFinder(source),
      checks,
      config: await loadConfig(source, base, checks),
      base,
      head,
      baseRef: 'v1.0.0',
      headRef: 'v1.1.0',
      version: 'v1.1.0',
      notes: readyBody('release-flag', '@release-team', '@release-oncall'),
      log: silent,
      ...extra
    })
  } finally {
    source.close()
  }
}

describe('buildReleaseReport on a release with ready, not-ready and waived pull requests', () => {
  let repo: GitRepo
  let report: ReleaseReport
  beforeAll(async () => {
    repo = releaseHistory(false)
    report = await releaseReport(repo)
  })
  afterAll(() => repo.remove())

  it('finds the four pull requests in merge order and the direct commit', () => {
    expect(report.pullRequests.map((p) => [p.pullRequest.number, p.pullRequest.style])).toEqual([
      [1, 'merge'],
      [2, 'squash'],
      [3, 'merge'],
      [4, 'squash']
    ])
    expect(report.directCommits.map((c) => c.subject)).toEqual(['Prepare 1.1.0'])
  })

  it('lists the same changed files in one batched call as diffing each pull request would', async () => {
    const source = (await LocalGitSource.open(repo.dir))!
    try {
      const found = await new LocalGitPullRequestFinder(source).find('v1.0.0', 'v1.1.0')
      for (const pr of found.pullRequests) {
        expect(pr.files).toEqual(await source.changedFiles(pr.base, pr.head))
      }
      expect(found.pullRequests.map((pr) => pr.files!.map((f) => f.path))).toEqual([
        ['docs/a.md', 'src/a.ts'],
        ['src/b.ts'],
        ['src/c.ts'],
        ['docs/d.md', 'src/d.ts']
      ])
    } finally {
      source.close()
    }
  })

  it('judges each pull request on its own change', () => {
    expect(report.pullRequests.map((p) => [p.pullRequest.number, p.report.outcome])).toEqual([
      [1, 'go'],
      [2, 'no-go'],
      [3, 'no-go'],
      [4, 'go']
    ])
    expect(report.pullRequests[2]!.report.checks[0]!.findings).toEqual([
      expect.objectContaining({ file: 'src/c.ts' })
    ])
  })

  it('is NO-GO with the release-level blocking item first, then pull requests in merge order', () => {
    expect(report.verdict).toBe('no-go')
    expect(report.outcome).toBe('no-go')
    expect(report.blocking.map((b) => [b.scope, b.pullRequest ?? null, b.check])).toEqual([
      ['release', null, 'docs-updated'],
      ['pull-request', 2, 'docs-updated'],
      ['pull-request', 3, 'docs-updated']
    ])
    expect(report.range.checks[0]!.findings[0]!.message).toMatch(/CHANGELOG\.md has no entry for v1\.1\.0/)
  })

  it('names owners from the plan, else the author', () => {
    expect(report.pullRequests.map((p) => p.owners)).toEqual([['Test'], ['Test'], ['Test'], ['@d-oncall']])
  })

  it('says that PR bodies came from commit messages and which commits had no pull request', () => {
    expect(report.notes).toEqual([
      expect.stringMatching(/^4 of 4 pull request bodies were not read from GitHub \(no GitHub token\)/),
      expect.stringMatching(/^1 commit\(s\) on the release branch came in without a pull request/)
    ])
  })
})

describe('buildReleaseReport on a range without pull requests', () => {
  let repo: GitRepo
  beforeAll(() => {
    repo = releaseHistory(true)
  })
  afterAll(() => repo.remove())

  it('is GO when the range itself passes, with no pull request and no blocking item', async () => {
    const source = (await LocalGitSource.open(repo.dir))!
    try {
      const head = await source.resolveCommit('v1.1.0')
      const base = await source.resolveCommit('v1.1.0~1')
      const report = await buildReleaseReport({
        source,
        finder: new LocalGitPullRequestFinder(source),
        checks,
        config: await loadConfig(source, base, checks),
        base,
        head,
        version: 'v1.1.0',
        notes: readyBody(),
        log: silent
      })
      expect([report.outcome, report.pullRequests, report.blocking]).toEqual(['go', [], []])
      expect(report.directCommits.map((c) => c.subject)).toEqual(['Prepare 1.1.0'])
      expect(report.range.checks.map((c) => [c.id, c.status])).toEqual([
        ['docs-updated', 'pass'],
        ['feature-flag-plan', 'skip'],
        ['openapi-compatible', 'skip'],
        ['rollback-criteria', 'skip'],
        ['slo-defined', 'skip']
      ])
    } finally {
      source.close()
    }
  })
})

describe('buildReleaseReport with waivers', () => {
  let repo: GitRepo
  beforeAll(() => {
    repo = releaseHistory(true)
  })
  afterAll(() => repo.remove())

  it('is GO with waivers when every blocking item is waived, and lists who waived what', async () => {
    const report = await releaseReport(repo, {
      waivers: [
        {
          check: 'docs-updated',
          reason: 'Internal helper, no user-facing change',
          grantedBy: '@lead',
          pullRequest: 2
        },
        { check: 'docs-updated', reason: 'Hotfix, docs follow in 1.1.1', grantedBy: '@lead', pullRequest: 3 }
      ]
    })
    expect(report.verdict).toBe('go')
    expect(report.outcome).toBe('go-with-waivers')
    expect(report.blocking).toEqual([])
    expect(report.waivers.map((w) => [w.pullRequest, w.check, w.grantedBy])).toEqual([
      [2, 'docs-updated', '@lead'],
      [3, 'docs-updated', '@lead']
    ])
    expect(report.pullRequests.map((p) => p.report.outcome)).toEqual([
      'go',
      'go-with-waivers',
      'go-with-waivers',
      'go'
    ])
  })

  it('refuses a waiver granted by the pull request author and keeps the item blocking', async () => {
    const report = await releaseReport(repo, {
      waivers: [{ check: 'docs-updated', reason: 'Mine', grantedBy: '@Test', pullRequest: 3 }]
    })
    expect(report.blocking.map((b) => b.pullRequest)).toEqual([2, 3])
    expect(report.rejectedWaivers).toEqual([
      expect.objectContaining({
        pullRequest: 3,
        requestedBy: '@Test',
        rejection: expect.stringMatching(/author/)
      })
    ])
  })

  it('refuses a pull request waiver granted until an earlier release as expired', async () => {
    const report = await releaseReport(repo, {
      waivers: [
        {
          check: 'docs-updated',
          reason: 'Until the 1.0 line ends',
          grantedBy: '@lead',
          pullRequest: 3,
          until: 'v1.0.9'
        },
        { check: 'docs-updated', reason: 'For 1.1', grantedBy: '@lead', pullRequest: 2, until: 'v1.1.0' }
      ]
    })
    expect(report.blocking.map((b) => b.pullRequest)).toEqual([3])
    expect(report.rejectedWaivers).toEqual([
      expect.objectContaining({
        pullRequest: 3,
        rejection: 'Expired: it was granted until v1.0.9, and this is v1.1.0.'
      })
    ])
  })

  it('reads PR bodies and waivers through a PullRequestInfoProvider when one is given', async () => {
    const info: PullRequestInfoProvider = {
      async describe(pr) {
        if (pr.number !== 2) return undefined
        return {
          body: readyBody('b-flag', '@b-team', '@b-team'),
          waivers: [
            { check: 'docs-updated', reason: 'Covered by #4 docs', grantedBy: '@rm', source: 'comment' }
          ]
        }
      }
    }
    const report = await releaseReport(repo, { info })
    const two = report.pullRequests[1]!
    expect(two.pullRequest.bodySource).toBe('pull-request')
    expect(two.owners).toEqual(['@b-team'])
    expect(two.report.outcome).toBe('go-with-waivers')
    expect(report.blocking.map((b) => b.pullRequest)).toEqual([3])
    expect(report.notes[0]).toMatch(/^3 of 4 pull request bodies/)
  })
})
