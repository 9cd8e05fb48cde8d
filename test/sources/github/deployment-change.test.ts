import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { checks } from '../../../checks/index.js'
import { defaultConfig, parseConfig, type Config } from '../../../src/engine/config.js'
import { createClient, type GitHubClient } from '../../../src/sources/github/client.js'
import { deploymentChange, type DeploymentRequest } from '../../../src/sources/github/deployment-change.js'
import { MAX_DEPLOYMENTS_READ } from '../../../src/sources/github/deployments.js'
import { NO_BASE } from '../../../src/sources/github/empty-base.js'
import { FakeGitHub } from '../../support/fake-github.js'

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const repo = { owner: 'acme', repo: 'shop' }

let github: FakeGitHub
let client: GitHubClient
/** main: c0 (v1.0.0) → c1 → c2 (v1.1.0) → c3 → c4 */
let c: string[]
let configReads: string[]

const short = (sha: string): string => sha.slice(0, 7)

beforeEach(async () => {
  github = await new FakeGitHub('acme/shop').start()
  c = []
  for (let i = 0; i < 5; i++) {
    c.push(github.commit(new Map([['src/app.ts', Buffer.from(`v${i}`)]]), c[i - 1]))
  }
  github.addRelease('v1.0.0', c[0]!)
  github.addRelease('v1.1.0', c[2]!, { body: 'Release notes' })
  configReads = []
  client = createClient(new Octokit({ auth: 't', baseUrl: github.url, log: quiet }), {
    retry: { retries: 1, delayMs: 1 }
  })
})

afterEach(async () => {
  expect(github.violations).toEqual([])
  await github.stop()
})

function request(head: string, extra: Partial<DeploymentRequest> = {}, config?: Config): DeploymentRequest {
  return {
    head,
    environment: 'production',
    defaultBranch: 'main',
    readConfig: async (ref) => {
      configReads.push(ref)
      return config ?? defaultConfig(checks)
    },
    ...extra
  }
}

describe('deploymentChange', () => {
  it('compares with what runs in the environment: the latest deployment whose latest status is success', async () => {
    const running = github.addDeployment('production', c[1]!, ['in_progress', 'success'])
    github.addDeployment('staging', c[3]!)
    github.addDeployment('production', c[3]!, ['in_progress', 'failure'])
    const current = github.addDeployment('production', c[4]!, ['waiting'])

    const resolved = await deploymentChange(client, repo, request(c[4]!, { deploymentId: current.id }))

    expect(resolved).toEqual({
      kind: 'judge',
      configRef: c[1],
      change: {
        event: 'deployment',
        base: c[1],
        head: c[4],
        labels: [],
        environment: 'production',
        basis: `production runs ${short(c[1]!)} (deployment ${running.id}, its latest successful one): this deployment is judged on what it adds to that.`
      }
    })
    expect(configReads).toEqual([])
  })

  it('falls back to the latest release before the commit on the first deployment to an environment', async () => {
    github.addDeployment('staging', c[4]!)

    const resolved = await deploymentChange(client, repo, request(c[3]!))

    expect(resolved.kind).toBe('judge')
    expect(resolved.change.base).toBe('v1.1.0')
    expect(resolved.configRef).toBe('v1.1.0')
    expect(resolved.change.basis).toBe(
      `Nothing has deployed successfully to production yet: compared with v1.1.0, the latest release before ${short(c[3]!)}.`
    )
  })

  it('never takes a release that comes after the commit, or a pre-release, as its base', async () => {
    github.addRelease('v1.2.0-rc.1', c[3]!, { prerelease: true })

    const afterIt = await deploymentChange(client, repo, request(c[1]!))
    const pastRc = await deploymentChange(client, repo, request(c[4]!))

    expect(afterIt.change.base).toBe('v1.0.0')
    expect(pastRc.change.base).toBe('v1.1.0')
  })

  it('judges the commit of a pre-release as that pre-release', async () => {
    github.addRelease('v1.2.0-rc.1', c[3]!, { prerelease: true })

    const resolved = await deploymentChange(client, repo, request(c[3]!, { environment: 'staging' }))

    expect([resolved.change.event, resolved.change.version, resolved.change.base]).toEqual([
      'release',
      'v1.2.0-rc.1',
      'v1.1.0'
    ])
  })

  it('judges the commit of a release as that release: previous release to its tag, with its notes', async () => {
    const resolved = await deploymentChange(client, repo, request(c[2]!))

    expect(resolved).toEqual({
      kind: 'judge',
      configRef: 'v1.0.0',
      change: {
        event: 'release',
        base: 'v1.0.0',
        head: c[2],
        labels: [],
        version: 'v1.1.0',
        title: 'v1.1.0',
        body: 'Release notes',
        environment: 'production',
        basis: `${short(c[2]!)} is the commit of release v1.1.0: this deployment is judged as that release (v1.0.0...v1.1.0, with the release's waivers), so it carries the release's verdict.`
      }
    })
  })

  it('judges a release commit as its release even when something else runs in the environment', async () => {
    github.addDeployment('production', c[1]!)

    const resolved = await deploymentChange(client, repo, request(c[2]!))

    expect([resolved.change.event, resolved.change.base, resolved.change.version]).toEqual([
      'release',
      'v1.0.0',
      'v1.1.0'
    ])
  })

  it('approves a rollback to an ancestor of what runs there by default, saying why', async () => {
    const running = github.addDeployment('production', c[4]!)

    const resolved = await deploymentChange(client, repo, request(c[2]!))

    expect(resolved.kind).toBe('rollback')
    expect(resolved.change).toEqual({
      event: 'deployment',
      base: c[4],
      head: c[2],
      labels: [],
      environment: 'production',
      basis: `Rollback: production runs ${short(c[4]!)} (deployment ${running.id}) and ${short(c[2]!)} is an ancestor of it, so this deployment goes back to code that already ran there. Rollbacks are approved without running the checks (deployments.rollbacks: approve), so that the gate never blocks a rollback during an incident; set deployments.rollbacks: judge to judge them like any deployment.`
    })
    expect(configReads).toEqual([c[4]])
  })

  it('judges a rollback like any deployment with deployments.rollbacks: judge', async () => {
    github.addDeployment('production', c[4]!)
    const judge = parseConfig('deployments:\n  rollbacks: judge\n', '.github/release-readiness.yml', checks)

    const toRelease = await deploymentChange(client, repo, request(c[2]!, {}, judge))
    const toCommit = await deploymentChange(client, repo, request(c[1]!, {}, judge))

    expect([toRelease.kind, toRelease.change.event, toRelease.change.base]).toEqual([
      'judge',
      'release',
      'v1.0.0'
    ])
    expect([toCommit.kind, toCommit.change.event, toCommit.change.base]).toEqual([
      'judge',
      'deployment',
      'v1.0.0'
    ])
    expect(toCommit.change.basis).toBe(
      `Rollback of production from ${short(c[4]!)} to its ancestor ${short(c[1]!)}, judged like any deployment (deployments.rollbacks: judge): compared with v1.0.0, the latest release before ${short(c[1]!)}.`
    )
  })

  it('judges a re-deployment of what runs there against what ran before it, as its first deployment was', async () => {
    const before = github.addDeployment('production', c[1]!, ['success'])
    const first = await deploymentChange(client, repo, request(c[3]!))
    github.addDeployment('production', c[3]!, ['success'])
    // GitHub marks the replaced deployment inactive.
    before.statuses.push({ id: 99_999, state: 'inactive' })
    github.addDeployment('production', c[3]!, ['failure'])
    const again = github.addDeployment('production', c[3]!, ['success'])

    const second = await deploymentChange(client, repo, request(c[3]!))

    expect(first.change.base).toBe(c[1])
    expect(second.change.base).toBe(c[1])
    expect(second.change.basis).toBe(
      `${short(c[3]!)} already runs in production (deployment ${again.id}): this re-deployment is judged as its first deployment was, against what ran there before it (deployment ${before.id} of ${short(c[1]!)}).`
    )
  })

  it('reads every page of deployments and of statuses it needs', async () => {
    const before = github.addDeployment('production', c[1]!, [])
    for (let i = 0; i < 101; i++)
      before.statuses.push({ id: 100_000 + i, state: i === 100 ? 'inactive' : 'failure' })
    for (let i = 0; i < 120; i++) github.addDeployment('production', c[3]!, ['failure'])
    github.addDeployment('production', c[3]!, ['success'])

    const resolved = await deploymentChange(client, repo, request(c[3]!))

    expect(resolved.change.base).toBe(c[1])
    expect(github.count({ path: /\/deployments$/ })).toBe(2)
    expect(github.count({ path: new RegExp(`/deployments/${before.id}/statuses$`) })).toBe(2)
    expect(github.count({ path: /\/statuses$/ })).toBe(3)
  })

  it('falls back to the release before the commit, saying so, when what runs there is further back than it reads', async () => {
    github.addDeployment('production', c[1]!)
    for (let i = 0; i < MAX_DEPLOYMENTS_READ; i++) github.addDeployment('production', c[3]!, ['failure'])

    const resolved = await deploymentChange(client, repo, request(c[4]!))

    expect(resolved.change.base).toBe('v1.1.0')
    expect(resolved.change.basis).toBe(
      `Nothing deployed successfully to production within its ${MAX_DEPLOYMENTS_READ} most recent deployments (older ones were not read): compared with v1.1.0, the latest release before ${short(c[4]!)}.`
    )
    expect(github.count({ path: /\/statuses$/ })).toBe(MAX_DEPLOYMENTS_READ)
  })

  it('falls back to the release before the commit, saying so, when what runs there is no longer in the repository', async () => {
    const gone = 'f'.repeat(40)
    const running = github.addDeployment('production', gone)

    const resolved = await deploymentChange(client, repo, request(c[4]!))

    expect(resolved.change.base).toBe('v1.1.0')
    expect(resolved.change.basis).toBe(
      `production runs fffffff (deployment ${running.id}), which GitHub cannot compare with ${short(c[4]!)} (it is no longer in the repository): compared with v1.1.0, the latest release before ${short(c[4]!)}.`
    )
  })

  it('fails closed when a deployment status cannot be read', async () => {
    const running = github.addDeployment('production', c[1]!)
    github.fail({ path: new RegExp(`/deployments/${running.id}/statuses$`), status: 502, times: Infinity })

    await expect(deploymentChange(client, repo, request(c[4]!))).rejects.toThrow(
      `[release-readiness] The GitHub API kept failing: GET /repos/acme/shop/deployments/${running.id}/statuses answered 502 2 time(s) in a row`
    )
  })

  it('names the missing permission when the token may not read deployments', async () => {
    github.fail({ path: /\/deployments$/, status: 403 })

    await expect(deploymentChange(client, repo, request(c[4]!))).rejects.toThrow(
      '[release-readiness] Could not read the deployments to production (HTTP 403), so what runs there is unknown (this is not a GO). Give the token deployments: read (in a workflow: permissions: deployments: read; the App asks for it).'
    )
  })

  it('judges every file as added when neither a deployment nor an earlier release exists', async () => {
    github.releases.splice(0)

    const resolved = await deploymentChange(client, repo, request(c[1]!, { environment: undefined }))

    expect([resolved.change.base, resolved.configRef]).toEqual([NO_BASE, 'main'])
    expect(resolved.change.basis).toBe(
      `No environment is named (a push or a manual run), so there is no deployment history to compare with, and no release comes before ${short(c[1]!)}: every file counts as added.`
    )
    expect(github.count({ path: /\/deployments/ })).toBe(0)
  })
})
