import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { example, openPull, shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { checkRunName, isOurCheckRunName } from '../../src/app/check-run.js'
import { addAppRoutes, type AppState } from './support/app-github.js'
import { appHarness, atRepository, pullRequestEvent } from './support/harness.js'

let github: FakeGitHub | undefined
beforeAll(() => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1')
})
afterEach(async () => {
  const violations = github?.violations ?? []
  await github?.stop()
  expect(violations).toEqual([])
  github = undefined
})

async function shop(): Promise<Awaited<ReturnType<typeof shopOnFakeGitHub>> & { state: AppState }> {
  const scenario = await shopOnFakeGitHub()
  github = scenario.github
  return { ...scenario, state: addAppRoutes(github) }
}

/** The real check_run example for `action`, about our run on `sha`. */
function checkRunEvent(
  github: FakeGitHub,
  action: string,
  sha: string,
  externalId: string | null,
  prs: number[] = []
): Record<string, any> {
  const payload = atRepository(example('check_run', action), github)
  Object.assign(payload.check_run, {
    name: 'Release readiness',
    head_sha: sha,
    external_id: externalId,
    pull_requests: prs.map((number) => ({
      number,
      id: number,
      url: '',
      head: { ref: 'x', sha, repo: { id: 1, url: '', name: 'shop' } },
      base: { ref: 'main', sha, repo: { id: 1, url: '', name: 'shop' } }
    }))
  })
  return payload
}

describe('check run names', () => {
  it('gives each subject a name of its own, and only the pull request the required name', () => {
    expect(
      ['pull_request:7', 'release:v1.2.0', 'deployment:production', 'something-else'].map(checkRunName)
    ).toEqual([
      'Release readiness',
      'Release readiness (release: v1.2.0)',
      'Release readiness (deployment: production)',
      'Release readiness'
    ])
    expect(
      [
        'Release readiness',
        'Release readiness (deployment: preview)',
        'Release readiness (nightly)',
        'build'
      ].map(isOurCheckRunName)
    ).toEqual([true, true, false, false])
  })
})

describe('creating the check run', () => {
  it('does not create a second run when a create that answered 502 had gone through', async () => {
    const { github, state, documented, base } = await shop()
    const pull = openPull(github, documented, base)
    let failed = false
    github.routes.unshift((request) => {
      if (failed || request.method !== 'POST' || !request.path.endsWith('/check-runs')) return undefined
      failed = true
      for (const route of github.routes.slice(1)) if (route(request)) break
      return [502, { message: 'Bad Gateway' }]
    })
    const app = await appHarness(github)

    await app.receive('pull_request', pullRequestEvent(github, pull))

    expect(failed).toBe(true)
    expect(state.checkRuns.map((r) => [r.head_sha, r.status, r.conclusion])).toEqual([
      [documented, 'completed', 'success']
    ])
  })
  it('never takes over a workflow job that is also named "Release readiness"', async () => {
    const { github, state, documented, base } = await shop()
    const pull = openPull(github, documented, base)
    const job = {
      id: 9001,
      name: 'Release readiness',
      head_sha: documented,
      status: 'completed',
      conclusion: 'failure',
      external_id: '5264e576-3c6f-51f6-f055-fab409685f20',
      output: { title: 'a workflow job', annotations: [] },
      actions: [],
      html_url: 'https://github.com/acme/shop/runs/9001',
      completedAt: []
    }
    state.checkRuns.push(job)
    const app = await appHarness(github)

    await app.receive('pull_request', pullRequestEvent(github, pull))

    expect(state.checkRuns.map((r) => [r.id === 9001 ? 'job' : 'ours', r.status, r.conclusion])).toEqual([
      ['job', 'completed', 'failure'],
      ['ours', 'completed', 'success']
    ])
    expect(job.output.title).toBe('a workflow job')
  })
})

describe('re-running the check', () => {
  it('re-evaluates the pull request named by the check run, updating the same run', async () => {
    const { github, state, undocumented, base } = await shop()
    const pull = openPull(github, undocumented, base)
    const app = await appHarness(github)
    await app.receive('pull_request', pullRequestEvent(github, pull))

    await app.receive('check_run', checkRunEvent(github, 'rerequested', undocumented, 'pull_request:7'))

    expect(state.checkRuns).toHaveLength(1)
    expect(state.checkRuns[0]!.completedAt).toHaveLength(2)
  })

  it('re-evaluates on the Re-run button, and ignores other actions and other apps’ runs', async () => {
    const { github, state, documented, base } = await shop()
    openPull(github, documented, base)
    const app = await appHarness(github)
    const button = checkRunEvent(github, 'requested_action', documented, 'pull_request:7')
    button.requested_action = { identifier: 'rerun' }
    const other = checkRunEvent(github, 'requested_action', documented, 'pull_request:7')
    other.requested_action = { identifier: 'fix-everything' }
    const foreign = checkRunEvent(github, 'rerequested', documented, null, [7])
    foreign.check_run.name = 'build'

    await app.receive('check_run', other)
    await app.receive('check_run', foreign)
    expect(state.checkRuns).toEqual([])
    await app.receive('check_run', button)

    expect(state.checkRuns.map((r) => [r.head_sha, r.conclusion])).toEqual([[documented, 'success']])
    expect(app.logs).toContain('Unknown check run action "fix-everything"; ignoring it.')
  })

  it('re-evaluates the pull requests of a re-requested check suite', async () => {
    const { github, state, documented, base } = await shop()
    openPull(github, documented, base)
    const app = await appHarness(github)
    const payload = atRepository(example('check_suite', 'rerequested'), github)
    payload.check_suite.head_sha = documented
    payload.check_suite.pull_requests = [
      {
        number: 7,
        id: 7,
        url: '',
        head: { ref: 'species', sha: documented, repo: { id: 1, url: '', name: 'shop' } },
        base: { ref: 'main', sha: base, repo: { id: 1, url: '', name: 'shop' } }
      }
    ]

    await app.receive('check_suite', payload)

    expect(state.checkRuns.map((r) => [r.head_sha, r.conclusion, r.external_id])).toEqual([
      [documented, 'success', 'pull_request:7']
    ])
  })
})

describe('a release', () => {
  it('evaluates previous release → this tag with its pull requests, and reports on the tag’s commit', async () => {
    const { github, state, base, undocumented } = await shop()
    github.addRelease('v1.0.0', base)
    const release = github.addRelease('v1.1.0', undocumented)
    const app = await appHarness(github)
    const payload = atRepository(example('release', 'published'), github)
    Object.assign(payload.release, {
      tag_name: 'v1.1.0',
      name: 'v1.1.0',
      body: release.body,
      draft: false,
      prerelease: false,
      published_at: release.published_at
    })

    await app.receive('release', payload)

    expect(state.checkRuns.map((r) => [r.name, r.head_sha, r.conclusion, r.external_id])).toEqual([
      ['Release readiness (release: v1.1.0)', undocumented, 'failure', 'release:v1.1.0']
    ])
    expect(state.checkRuns[0]!.output.title).toBe('NO-GO (3 blocking)')
    expect(state.checkRuns[0]!.output.summary).toContain('## ❌ Release readiness: NO-GO — release v1.1.0')
    expect(state.checkRuns[0]!.output.summary).toContain('### Pull requests (0)')
    expect(github.requests.some((r) => r.path === `/repos/acme/shop/compare/v1.0.0...${undocumented}`)).toBe(
      true
    )

    const rerun = checkRunEvent(github, 'rerequested', undocumented, 'release:v1.1.0')
    rerun.check_run.name = 'Release readiness (release: v1.1.0)'
    await app.receive('check_run', rerun)
    expect(state.checkRuns).toHaveLength(1)
    expect(state.checkRuns[0]!.completedAt).toHaveLength(2)
  })
})

describe('a push to the default branch', () => {
  it('re-evaluates open pull requests when it changes the configuration, and nothing otherwise', async () => {
    const { github, state, documented, undocumented, base } = await shop()
    openPull(github, documented, base)
    openPull(github, undocumented, base, { number: 8 })
    const app = await appHarness(github)
    const push = atRepository(example('push'), github)
    push.ref = 'refs/heads/main'
    push.commits = [{ ...push.commits?.[0], added: [], removed: [], modified: ['README.md'] }]

    await app.receive('push', push)
    expect(state.checkRuns).toEqual([])

    push.commits[0].modified = ['.github/release-readiness.yml']
    await app.receive('push', push)
    expect(state.checkRuns.map((r) => [r.external_id, r.conclusion]).sort()).toEqual([
      ['pull_request:7', 'success'],
      ['pull_request:8', 'failure']
    ])

    push.ref = 'refs/heads/feature'
    await app.receive('push', push)
    expect(state.checkRuns.every((r) => r.completedAt.length === 1)).toBe(true)
  })
})
