import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { recordProblems } from '../../src/reports/record/parse-record.js'
import type { EvaluationRecord } from '../../src/reports/record/types.js'
import { PLAN, example, releasedShopWithServices } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { runAction } from '../support/run-action.js'

let github: FakeGitHub | undefined
afterEach(async () => {
  if (github) expect(github.violations).toEqual([])
  await github?.stop()
  github = undefined
})

const at = (payload: Record<string, any>): Record<string, any> => {
  payload.repository.full_name = 'acme/shop'
  payload.repository.default_branch = 'main'
  return payload
}

describe('the Action’s record names the services and owners the board filters by', () => {
  it('for a release: the services its range and its pull requests touched, and every owner', async () => {
    const shop = await releasedShopWithServices()
    github = shop.github
    const payload = at(example('release', 'published'))
    Object.assign(payload.release, {
      tag_name: 'v1.1.0',
      name: 'v1.1.0',
      body: PLAN,
      prerelease: false,
      published_at: '2026-11-25T12:00:00Z'
    })
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'release',
      payload,
      env: { GITHUB_SHA: shop.documented, GITHUB_REF: 'refs/tags/v1.1.0' }
    })

    const record = JSON.parse(readFileSync(run.outputs['record-json']!, 'utf8')) as EvaluationRecord
    expect(recordProblems(record)).toEqual([])
    expect([record.event, record.subject.version, record.services, record.subject.owners]).toEqual([
      'release',
      'v1.1.0',
      ['changelog', 'pets'],
      ['@pets-oncall', '@pets-team', 'pr-author']
    ])
    expect(record.release!.pullRequests.map((p) => [p.number, p.services])).toEqual([
      [5, ['changelog', 'pets']]
    ])
  })

  it('for a deployment of a tagged release: the deployment’s record, with the release’s services', async () => {
    const shop = await releasedShopWithServices()
    github = shop.github
    const payload = at(example('deployment', 'created'))
    Object.assign(payload.deployment, { id: 145988746, sha: shop.documented, environment: 'production' })
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'deployment',
      payload,
      env: { GITHUB_SHA: shop.documented }
    })

    // #5 has no flag or rollback plan, and `changelog` no SLO: the release, so this deployment, is NO-GO.
    expect([run.code, run.outputs['failed-checks']]).toEqual([
      1,
      'slo-defined,feature-flag-plan,rollback-criteria'
    ])
    const record = JSON.parse(readFileSync(run.outputs['record-json']!, 'utf8')) as EvaluationRecord
    expect(recordProblems(record)).toEqual([])
    expect([
      record.event,
      record.environment,
      record.subject.version,
      record.deployment,
      record.services,
      record.subject.owners
    ]).toEqual([
      'deployment',
      'production',
      'v1.1.0',
      { decision: 'rejected' },
      ['changelog', 'pets'],
      ['@pets-oncall', '@pets-team', 'pr-author']
    ])
  })
})
