import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import openapiCompatible from '../../checks/openapi-compatible.js'
import { loadConfig } from '../../src/engine/config.js'
import { evaluate } from '../../src/engine/evaluate.js'
import { NO_BASE, resolveChange } from '../../src/engine/resolve-change.js'
import { withEmptyBase } from '../../src/sources/github/empty-base.js'
import { judgedLine } from '../../src/reports/shared/labels.js'
import type { Logger } from '../../src/engine/types.js'
import { buildReleaseReport } from '../../src/reports/release/build-release-report.js'
import { renderReleaseMarkdown } from '../../src/reports/release/render-markdown.js'
import { renderReleaseText } from '../../src/reports/release/render-text.js'
import { renderReleaseJson } from '../../src/reports/release/to-json.js'
import type { ReleaseReport } from '../../src/reports/release/types.js'
import { LocalGitPullRequestFinder } from '../../src/sources/local-git-pull-requests.js'
import { LocalGitSource } from '../../src/sources/local-git.js'
import { GitRepo } from '../support/git-repo.js'
import { squashPullRequest } from '../support/release-history.js'
import { spec } from '../support/order-spec.js'

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} }
const BASE_OPS = ['GET /orders', 'GET /orders/{id}']
const CANCEL = 'POST /orders/{id}/cancel'

async function report(repo: GitRepo, from: string, to: string): Promise<ReleaseReport> {
  const source = (await LocalGitSource.open(repo.dir))!
  try {
    const [base, head] = await Promise.all([source.resolveCommit(from), source.resolveCommit(to)])
    return await buildReleaseReport({
      source,
      finder: new LocalGitPullRequestFinder(source),
      checks: [openapiCompatible],
      config: await loadConfig(source, base, [openapiCompatible]),
      base,
      head,
      baseRef: from,
      headRef: to,
      log: silent
    })
  } finally {
    source.close()
  }
}

/** Each pull request's openapi-compatible result: [number, status, operations named]. */
const perPullRequest = (r: ReleaseReport) =>
  r.pullRequests.map((p) => {
    const check = p.report.checks.find((c) => c.id === 'openapi-compatible')!
    return [p.pullRequest.number, check.status, check.findings.map((f) => f.operation)]
  })
const rangeOperations = (r: ReleaseReport) =>
  r.range.checks.find((c) => c.id === 'openapi-compatible')!.findings.map((f) => f.operation)

describe('a release whose merge-commit pull request was cut before a squash-merged one landed', () => {
  const repo = new GitRepo()
  let release: ReleaseReport
  beforeAll(async () => {
    repo.commit({ 'openapi.yaml': spec(BASE_OPS) }, 'Release 1.0.0')
    repo.git('tag', 'v1.0.0')
    // #1 is cut from v1.0.0 and only describes the API; it is merged after #2 added an operation.
    repo.branch('describe', 'main')
    repo.commit({ 'openapi.yaml': spec(BASE_OPS, 'The shop API.') }, 'Describe the API')
    repo.checkout('main')
    squashPullRequest(repo, 2, 'Add cancel', { 'openapi.yaml': spec([...BASE_OPS, CANCEL]) })
    repo.git(
      'merge',
      '-q',
      '--no-ff',
      'describe',
      '-m',
      'Merge pull request #1 from acme/describe',
      '-m',
      'Describe'
    )
    // #3 really removes an operation.
    squashPullRequest(repo, 3, 'Drop the lookup', {
      'openapi.yaml': spec(['GET /orders', CANCEL], 'The shop API.')
    })
    repo.git('tag', 'v1.1.0')
    release = await report(repo, 'v1.0.0', 'v1.1.0')
  })
  afterAll(() => repo.remove())

  it('judges each pull request against its own parent at merge time: only #3 is blamed', () => {
    expect(perPullRequest(release)).toEqual([
      [2, 'pass', []],
      [1, 'pass', []],
      [3, 'fail', ['GET /orders/{id}']]
    ])
  })

  it('still judges the range as a whole once, from the previous release', () => {
    expect(rangeOperations(release)).toEqual(['GET /orders/{id}'])
    const [from, to] = ['v1.0.0', 'v1.1.0'].map((t) =>
      repo.git('rev-parse', '--short=7', `${t}^{commit}`).trim()
    )
    for (const rendered of [
      renderReleaseText(release),
      renderReleaseMarkdown(release),
      renderReleaseJson(release)
    ])
      expect(rendered).toContain(
        `Judged: ${from}...${to} (merge base ${from}), configuration defaults (no .github/release-readiness.yml at ${from})`
      )
    expect(release.blocking.map((b) => [b.scope, b.pullRequest, b.check])).toEqual([
      ['release', undefined, 'openapi-compatible'],
      ['pull-request', 3, 'openapi-compatible']
    ])
  })
})

describe('a patch release cherry-picked onto a release branch', () => {
  const repo = new GitRepo()
  let release: ReleaseReport
  beforeAll(async () => {
    repo.commit({ 'openapi.yaml': spec(BASE_OPS), 'src/fix.ts': 'export const fix = 0\n' }, 'Release 1.0.0')
    repo.git('tag', 'v1.0.0')
    squashPullRequest(repo, 4, 'Add cancel', { 'openapi.yaml': spec([...BASE_OPS, CANCEL]) })
    squashPullRequest(repo, 5, 'Fix the total', { 'src/fix.ts': 'export const fix = 1\n' })
    const fix = repo.git('rev-parse', 'HEAD').trim()
    repo.branch('release/1.0', 'v1.0.0')
    repo.git('cherry-pick', fix)
    repo.git('tag', 'v1.0.1')
    release = await report(repo, 'v1.0.0', 'v1.0.1')
  })
  afterAll(() => repo.remove())

  it('finds the cherry-picked pull request and judges it on the release branch, not on main', () => {
    expect(release.pullRequests.map((p) => [p.pullRequest.number, p.pullRequest.style])).toEqual([
      [5, 'squash']
    ])
    expect(release.pullRequests[0]!.report.mergeBase).toBe(repo.git('rev-parse', 'v1.0.0').trim())
    expect(perPullRequest(release)).toEqual([[5, 'skip', []]])
    expect(release.verdict).toBe('go')
  })
})

describe('a release that reverts an earlier pull request', () => {
  const repo = new GitRepo()
  let release: ReleaseReport
  beforeAll(async () => {
    repo.commit({ 'openapi.yaml': spec(BASE_OPS) }, 'Release 1.0.0')
    squashPullRequest(repo, 6, 'Add cancel', { 'openapi.yaml': spec([...BASE_OPS, CANCEL]) })
    repo.git('tag', 'v1.1.0')
    const added = repo.git('rev-parse', 'HEAD').trim()
    repo.git('revert', '--no-edit', added)
    repo.git('commit', '-q', '--amend', '-m', 'Revert "Add cancel" (#7)')
    repo.git('tag', 'v1.2.0')
    release = await report(repo, 'v1.1.0', 'v1.2.0')
  })
  afterAll(() => repo.remove())

  it('blames the revert pull request for the operation it removes', () => {
    expect(perPullRequest(release)).toEqual([[7, 'fail', [CANCEL]]])
    expect(rangeOperations(release)).toEqual([CANCEL])
  })
})

describe('a first release, with no earlier tag', () => {
  const repo = new GitRepo()
  afterAll(() => repo.remove())

  it('judges every file at the tag as added, and says there was nothing before it', async () => {
    repo.commit({ 'openapi.yaml': spec(BASE_OPS), 'src/app.ts': 'export {}\n' }, 'First')
    repo.git('tag', 'v1.0.0')
    const local = (await LocalGitSource.open(repo.dir))!
    try {
      const source = withEmptyBase(local)
      const head = await local.resolveCommit('v1.0.0')
      const change = await resolveChange(source, { event: 'release', base: NO_BASE, head, labels: [] })
      const report = await evaluate({
        checks: [openapiCompatible],
        config: await loadConfig(source, head, [openapiCompatible]),
        source,
        change,
        log: silent
      })

      expect(change.files).toEqual([
        { path: 'openapi.yaml', status: 'added' },
        { path: 'src/app.ts', status: 'added' }
      ])
      expect(report.checks[0]!.status).toBe('pass')
      expect(judgedLine(report)).toBe(
        `Judged: every file at ${head.slice(0, 7)} (a first release: nothing before it), configuration defaults (no .github/release-readiness.yml at ${head.slice(0, 7)})`
      )
    } finally {
      local.close()
    }
  })
})
