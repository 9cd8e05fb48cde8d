import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import openapiCompatible from '../../checks/openapi-compatible.js'
import { defaultConfig } from '../../src/engine/config.js'
import type { Logger } from '../../src/engine/types.js'
import { buildReleaseReport } from '../../src/reports/release/build-release-report.js'
import type { ReleaseReport } from '../../src/reports/release/types.js'
import { GitHubApiSource } from '../../src/sources/github/github-api.js'
import { GitHubPullRequestFinder } from '../../src/sources/github/github-pull-requests.js'
import { FakeGitHub, type Files } from '../support/fake-github.js'
import { spec } from '../support/order-spec.js'

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} }
const BASE_OPS = ['GET /orders', 'GET /orders/{id}']
const CANCEL = 'POST /orders/{id}/cancel'
const files = (openapi: string): Files => new Map([['openapi.yaml', Buffer.from(openapi)]])

/**
 * Through the GitHub API (the App; the Action without a checkout), v1.0.0 → v1.1.0:
 * #1 (merge commit) only describes the API but was cut before #2 (squash) added an operation;
 * #3 (squash) really removes one.
 */
describe('a release judged through the GitHub API, with a stale merge-commit pull request', () => {
  let github: FakeGitHub
  let release: ReleaseReport
  let v1: string
  beforeAll(async () => {
    github = new FakeGitHub('acme/shop')
    v1 = github.commitWith(files(spec(BASE_OPS)), { parents: [], message: 'Release 1.0.0' })
    const described = github.commitWith(files(spec(BASE_OPS, 'The shop API.')), {
      parents: [v1],
      message: 'Describe the API'
    })
    const s2 = github.commitWith(files(spec([...BASE_OPS, CANCEL])), {
      parents: [v1],
      message: 'Add cancel (#2)'
    })
    const m1 = github.commitWith(files(spec([...BASE_OPS, CANCEL], 'The shop API.')), {
      parents: [s2, described],
      message: 'Merge pull request #1 from acme/describe'
    })
    const s3 = github.commitWith(files(spec(['GET /orders', CANCEL], 'The shop API.')), {
      parents: [m1],
      message: 'Drop the lookup (#3)'
    })
    github.refs.set('heads/main', s3)
    const pull = (number: number, head: string, base: string, merged: string, at: string) =>
      github.addPull({
        number,
        title: `#${number}`,
        body: '',
        user: { login: 'dev' },
        base: { ref: 'main', sha: base },
        head: { ref: `b${number}`, sha: head },
        merged_at: at,
        updated_at: at,
        merge_commit_sha: merged
      })
    pull(2, s2, v1, s2, '2026-11-21T10:00:00Z')
    pull(1, described, v1, m1, '2026-11-21T11:00:00Z')
    pull(3, s3, m1, s3, '2026-11-21T12:00:00Z')
    await github.start()
    const octokit = new Octokit({ auth: 't', baseUrl: github.url, log: silent })
    const source = new GitHubApiSource(octokit, { owner: 'acme', repo: 'shop', log: silent })
    release = await buildReleaseReport({
      source,
      finder: new GitHubPullRequestFinder(source.client, { owner: 'acme', repo: 'shop', log: silent }),
      checks: [openapiCompatible],
      config: defaultConfig([openapiCompatible]),
      base: v1,
      head: s3,
      log: silent
    })
  })
  afterAll(async () => {
    expect(github.violations).toEqual([])
    await github.stop()
  })

  it('judges each pull request against its own merge base: only #3 is blamed', () => {
    expect(
      release.pullRequests.map((p) => [
        p.pullRequest.number,
        p.pullRequest.style,
        p.report.checks[0]!.status,
        p.report.checks[0]!.findings.map((f) => f.operation)
      ])
    ).toEqual([
      [2, 'squash', 'pass', []],
      [1, 'merge', 'pass', []],
      [3, 'squash', 'fail', ['GET /orders/{id}']]
    ])
  })

  it('reads the merge commit’s merge base from one comparison of its parents', () => {
    const merge = release.pullRequests.find((p) => p.pullRequest.number === 1)!
    expect(merge.report.mergeBase).toBe(v1)
    // The range (its commits, and its files with their merge base), then #1's parents.
    expect(github.count({ path: /\/compare\// })).toBe(3)
  })
})
