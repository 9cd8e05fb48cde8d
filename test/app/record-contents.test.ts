import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { join } from 'node:path'
import { checks as registry } from '../../checks/index.js'
import { failedRecord } from '../../src/app/keep-record.js'
import { recordProblems } from '../../src/reports/record/parse-record.js'
import type { EvaluationRecord } from '../../src/reports/record/types.js'
import { openPull } from '../support/action-scenario.js'
import { FakeGitHub, readFolder, type FakePull } from '../support/fake-github.js'
import { fixturesDir } from '../support/fixture-source.js'
import { addAppRoutes } from './support/app-github.js'
import { appHarness, pullRequestEvent } from './support/harness.js'

let github: FakeGitHub | undefined
beforeAll(() => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1')
})
afterEach(async () => {
  await github?.stop()
  github = undefined
})

/** acme/shop whose base branch carries `config`; the pull request leaves the docs alone. */
async function shopWith(config: string): Promise<{ github: FakeGitHub; pull: FakePull }> {
  github = new FakeGitHub('acme/shop')
  const folder = (name: string) => readFolder(join(fixturesDir, 'repos', 'action-shop', name))
  const baseFiles = folder('base')
  baseFiles.set('.github/release-readiness.yml', Buffer.from(config))
  const base = github.commit(baseFiles)
  const head = github.commit(folder('head-undocumented'), base)
  github.refs.set('heads/main', base)
  addAppRoutes(github)
  await github.start()
  return { github, pull: openPull(github, head, base) }
}

describe('the App’s record of an evaluation that goes wrong', () => {
  it('is kept with outcome error, the reason and the commit when the configuration is invalid', async () => {
    const { github, pull } = await shopWith('checks:\n  docs-updatd:\n    level: warn\n')
    const saved: EvaluationRecord[] = []
    const app = await appHarness(github, { records: { save: async (record) => void saved.push(record) } })

    await app.receive('pull_request', pullRequestEvent(github, pull))

    expect(saved).toHaveLength(1)
    const [record] = saved
    expect(recordProblems(record)).toEqual([])
    expect(record).toMatchObject({
      repository: { fullName: 'acme/shop' },
      event: 'pull_request',
      subject: { type: 'pull_request', number: pull.number, state: 'open' },
      head: pull.head.sha,
      verdict: 'no-go',
      outcome: 'error',
      checks: [],
      config: { origin: '.github/release-readiness.yml' },
      tool: { runtime: 'app' }
    })
    expect(record!.error).toContain(
      'checks.docs-updatd: unknown check "docs-updatd". Did you mean "docs-updated"?'
    )
  })

  it('is kept with the erroring check in error and the verdict NO-GO when one check throws', async () => {
    const { github, pull } = await shopWith('mode: enforce\n')
    const saved: EvaluationRecord[] = []
    const checks = registry.map((check) =>
      check.meta.id === 'slo-defined'
        ? {
            ...check,
            run: async () => {
              throw new Error('the SLO reader crashed')
            }
          }
        : check
    )
    const app = await appHarness(github, {
      checks,
      records: { save: async (record) => void saved.push(record) }
    })

    await app.receive('pull_request', pullRequestEvent(github, pull))

    expect(saved).toHaveLength(1)
    const [record] = saved
    expect(recordProblems(record)).toEqual([])
    expect(record!.outcome).toBe('no-go')
    expect(record!.verdict).toBe('no-go')
    expect(record!.blocking).toContain('slo-defined')
    expect(record!.checks.find((c) => c.id === 'slo-defined')).toMatchObject({
      status: 'error',
      blocking: true
    })
  })
})

describe('the App’s record of a pull request', () => {
  it('names the owners its plan names and the services the change touched, for the board’s filters', async () => {
    const { github, pull } = await shopWith(
      'checks:\n  slo-defined:\n    services:\n      pets: ["src/**"]\n      billing: ["billing/**"]\n'
    )
    pull.body = `${pull.body}\n## Release\n- Owners: @acme/pets, dev-2\n`
    const saved: EvaluationRecord[] = []
    const app = await appHarness(github, { records: { save: async (record) => void saved.push(record) } })

    await app.receive('pull_request', pullRequestEvent(github, pull))

    expect(saved.map((r) => [r.subject.owners, r.subject.author, r.services])).toEqual([
      [['@pets-team', '@pets-oncall', '@acme/pets', 'dev-2'], 'pr-author', ['pets']]
    ])
    expect(recordProblems(saved[0])).toEqual([])
    // The configuration's provenance: the file, and the base commit it was read at.
    expect(saved[0]!.config).toEqual({
      origin: `.github/release-readiness.yml@${pull.base.sha.slice(0, 7)}`,
      ref: pull.base.sha
    })
  })
})

describe('failedRecord', () => {
  it('names a deployment’s environment and records it rejected', () => {
    const record = failedRecord({
      owner: 'acme',
      repo: 'shop',
      externalId: 'deployment:production',
      headSha: 'a'.repeat(40),
      error: 'GitHub answered 502 to GET /repos/acme/shop/deployments after 4 tries.'
    })

    expect(recordProblems(record)).toEqual([])
    expect(record).toMatchObject({
      event: 'deployment',
      environment: 'production',
      subject: { type: 'deployment' },
      head: 'a'.repeat(40),
      base: '',
      verdict: 'no-go',
      outcome: 'error',
      deployment: { decision: 'rejected' },
      error: 'GitHub answered 502 to GET /repos/acme/shop/deployments after 4 tries.'
    })
  })

  it('names a release’s tag', () => {
    const record = failedRecord({ owner: 'acme', repo: 'shop', externalId: 'release:v1.2.0', error: 'x' })

    expect(record.subject).toEqual({
      type: 'release',
      version: 'v1.2.0',
      url: 'https://github.com/acme/shop/releases/tag/v1.2.0'
    })
    expect(record.head).toBe('')
  })
})
