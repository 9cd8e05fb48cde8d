import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { createClient, type GitHubClient } from '../../../src/sources/github/client.js'
import { NO_BASE } from '../../../src/sources/github/empty-base.js'
import { releaseOrDeploymentChange } from '../../../src/sources/github/release-change.js'
import { FakeGitHub } from '../../support/fake-github.js'

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const repo = { owner: 'acme', repo: 'shop' }

let github: FakeGitHub
let client: GitHubClient
let v1: string
let v2: string

beforeEach(async () => {
  github = await new FakeGitHub('acme/shop').start()
  v1 = github.commit(new Map([['a.txt', Buffer.from('1')]]))
  v2 = github.commit(new Map([['a.txt', Buffer.from('2')]]), v1)
  client = createClient(new Octokit({ auth: 't', baseUrl: github.url, log: quiet }), {
    retry: { retries: 0, delayMs: 1 }
  })
})

afterEach(async () => {
  expect(github.violations).toEqual([])
  await github.stop()
})

describe('releaseOrDeploymentChange', () => {
  it('judges a deployment against the last release, with the text of the pull request that brought the commit in', async () => {
    github.addRelease('v1.0.0', v1)
    github.addPull({
      number: 4,
      title: 'Species filter',
      body: '## Rollback plan\n- Criteria: …',
      user: { login: 'dev' },
      labels: ['feature'],
      base: { ref: 'main', sha: v1 },
      head: { ref: 'species', sha: v2 },
      merged_at: '2026-11-24T10:00:00Z'
    })
    const { change, configRef } = await releaseOrDeploymentChange(client, repo, {
      kind: 'deployment',
      head: v2,
      environment: 'production'
    })
    expect(change).toEqual({
      event: 'deployment',
      base: 'v1.0.0',
      head: v2,
      environment: 'production',
      title: 'Species filter',
      body: '## Rollback plan\n- Criteria: …',
      labels: ['feature'],
      author: 'dev',
      number: 4
    })
    expect(configRef).toBe('v1.0.0')
    expect(client.stats.calls).toBe(2)
  })

  it('judges a first release against nothing, reading the configuration from the default branch', async () => {
    const { change, configRef } = await releaseOrDeploymentChange(client, repo, {
      kind: 'release',
      head: v1,
      tag: 'v0.1.0',
      release: { tag_name: 'v0.1.0', name: 'First', body: 'Hello.' },
      defaultBranch: 'main'
    })
    expect(change).toEqual({
      event: 'release',
      base: NO_BASE,
      head: v1,
      labels: [],
      version: 'v0.1.0',
      title: 'First',
      body: 'Hello.'
    })
    expect(configRef).toBe('main')
  })

  it('makes no listing call when the base is given and the release is known', async () => {
    await releaseOrDeploymentChange(client, repo, {
      kind: 'release',
      head: v2,
      baseRef: 'v1.0.0',
      release: { tag_name: 'v2.0.0' }
    })
    expect(client.stats.calls).toBe(0)
  })
})
