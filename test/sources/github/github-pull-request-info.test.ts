import { describe, expect, it } from '@jest/globals'
import type { Logger } from '../../../src/engine/types.js'
import type { MergedPullRequest } from '../../../src/reports/release/types.js'
import {
  GitHubPullRequestInfo,
  parseRepositoryName,
  type RequestLike
} from '../../../src/sources/github/github-pull-request-info.js'

const pr: MergedPullRequest = {
  number: 14,
  title: 'Clean up the pets API',
  sha: 'a'.repeat(40),
  base: 'b'.repeat(40),
  head: 'c'.repeat(40),
  style: 'merge',
  bodySource: 'none'
}

function logger(): Logger & { warnings: string[] } {
  const warnings: string[] = []
  return { warnings, debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} }
}

describe('GitHubPullRequestInfo', () => {
  it('reads the real title, body, author and labels of a pull request in one call', async () => {
    const calls: Array<[string, Record<string, unknown> | undefined]> = []
    const octokit: RequestLike = {
      async request(route, parameters) {
        calls.push([route, parameters])
        return {
          data: {
            title: 'Clean up the pets API (for real)',
            body: '## Rollback plan\n- Owner: @pets-oncall',
            user: { login: 'octocat' },
            labels: [{ name: 'api' }, { name: 'breaking' }]
          }
        }
      }
    }
    const info = await new GitHubPullRequestInfo(octokit, { owner: 'acme', repo: 'pets' }, logger()).describe(
      pr
    )
    expect(calls).toEqual([
      ['GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'acme', repo: 'pets', pull_number: 14 }]
    ])
    expect(info).toEqual({
      title: 'Clean up the pets API (for real)',
      body: '## Rollback plan\n- Owner: @pets-oncall',
      author: 'octocat',
      labels: ['api', 'breaking']
    })
  })

  it('reads an empty description as an empty body, not as a missing one', async () => {
    const octokit: RequestLike = { request: async () => ({ data: { title: 't', body: null, user: null } }) }
    const info = await new GitHubPullRequestInfo(octokit, { owner: 'a', repo: 'b' }, logger()).describe(pr)
    expect(info).toEqual({ title: 't', body: '', labels: [] })
  })

  it('falls back to the commit message, with a warning, when the pull request does not exist', async () => {
    const log = logger()
    const octokit: RequestLike = {
      request: async () => Promise.reject(Object.assign(new Error('Not Found'), { status: 404 }))
    }
    expect(
      await new GitHubPullRequestInfo(octokit, { owner: 'a', repo: 'b' }, log).describe(pr)
    ).toBeUndefined()
    expect(log.warnings).toEqual([expect.stringMatching(/^Pull request #14 was not found in a\/b/)])
  })

  it('fails closed when the API fails: the release cannot be evaluated', async () => {
    const octokit: RequestLike = {
      request: async () => Promise.reject(Object.assign(new Error('boom'), { status: 502 }))
    }
    await expect(
      new GitHubPullRequestInfo(octokit, { owner: 'a', repo: 'b' }, logger()).describe(pr)
    ).rejects.toThrow(/Could not read pull request #14 from a\/b on GitHub \(HTTP 502\).*this is not a GO/)
  })

  it('adds the waivers its waiver source returns', async () => {
    const octokit: RequestLike = { request: async () => ({ data: { body: 'x', user: { login: 'dev' } } }) }
    const waiver = { check: 'docs-updated', reason: 'ok', grantedBy: '@rm' }
    const info = await new GitHubPullRequestInfo(
      octokit,
      { owner: 'a', repo: 'b' },
      logger(),
      async (_pr, author) => ({
        waivers: author === 'dev' ? [waiver] : []
      })
    ).describe(pr)
    expect(info?.waivers).toEqual([waiver])
  })
})

describe('parseRepositoryName', () => {
  it('accepts owner/name and explains the format otherwise', () => {
    expect(parseRepositoryName('acme/pets')).toEqual({ owner: 'acme', repo: 'pets' })
    expect(() => parseRepositoryName('acme')).toThrow(
      'Invalid repository "acme". Expected format {owner}/{repo}'
    )
  })
})
