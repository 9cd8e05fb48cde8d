import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import nock from 'nock'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runIdFromCallbackUrl } from '../../src/app/handle-deployment-protection-rule.js'
import { shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { fixturesDir } from '../support/fixture-source.js'
import { addAppRoutes, type AppState } from './support/app-github.js'
import { appHarness, deploymentProtectionEvent } from './support/harness.js'

const require = createRequire(import.meta.url)
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
  nock.cleanAll()
})

/** acme/shop with release v1.0.0 at the base; the documented head is a GO, the undocumented one a NO-GO. */
async function shop(): Promise<Awaited<ReturnType<typeof shopOnFakeGitHub>> & { state: AppState }> {
  const scenario = await shopOnFakeGitHub()
  github = scenario.github
  github.addRelease('v1.0.0', scenario.base)
  return { ...scenario, state: addAppRoutes(github) }
}

const link = (state: AppState): string => `\nReport: ${state.checkRuns[0]!.html_url}`

describe('a deployment protection rule request', () => {
  it('has a fixture that matches the webhook schema in @octokit/openapi-webhooks', () => {
    const spec = JSON.parse(
      readFileSync(require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'), 'utf8')
    )
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true })
    ajv.addSchema({ $id: 'hooks', components: spec.components } as object)
    const validate = ajv.compile({
      $ref: 'hooks#/components/schemas/webhook-deployment-protection-rule-requested'
    })
    const payload = JSON.parse(
      readFileSync(join(fixturesDir, 'events', 'deployment_protection_rule.requested.json'), 'utf8')
    )
    expect(validate(payload) ? [] : validate.errors).toEqual([])
    expect(runIdFromCallbackUrl(payload.deployment_callback_url)).toBe(9876543210)
  })

  it('approves a GO sha, with the verdict and a link to the check run on that sha', async () => {
    const { github, state, documented } = await shop()
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4242))

    expect(state.checkRuns.map((r) => [r.head_sha, r.conclusion, r.external_id])).toEqual([
      [documented, 'success', 'deployment:production']
    ])
    expect(state.gateAnswers.map((a) => [a.runId, a.body])).toEqual([
      [
        4242,
        {
          environment_name: 'production',
          state: 'approved',
          comment: `Release readiness: GO for ${documented.slice(0, 7)} to production.${link(state)}`
        }
      ]
    ])
  })

  it('rejects a NO-GO sha, naming the failing checks', async () => {
    const { github, state, undocumented } = await shop()
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, undocumented, 4243))

    expect(state.checkRuns[0]!.output.title).toBe('NO-GO (docs-updated)')
    expect(state.gateAnswers.map((a) => [a.runId, a.body])).toEqual([
      [
        4243,
        {
          environment_name: 'production',
          state: 'rejected',
          comment: `Release readiness: NO-GO for ${undocumented.slice(0, 7)} to production. Failing checks:\n- docs-updated: 1 required doc update is missing.${link(state)}`
        }
      ]
    ])
    const [answer] = state.gateAnswers
    expect(answer!.body.comment.length).toBeLessThanOrEqual(1024)
  })

  it('rejects on a bad configuration, naming the file, key and problem', async () => {
    const { github, state, documented } = await shop()
    nock(github.url, { allowUnmocked: true })
      .get('/repos/acme/.github/contents/.github%2Frelease-readiness.yml')
      .query(true)
      .reply(200, 'mode: sometimes\n', { 'content-type': 'text/plain; charset=utf-8' })
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4244))

    expect(state.checkRuns[0]!.conclusion).toBe('failure')
    expect(state.checkRuns[0]!.output.title).toBe('Invalid configuration')
    expect(state.gateAnswers.map((a) => a.body)).toEqual([
      {
        environment_name: 'production',
        state: 'rejected',
        comment: `Release readiness could not evaluate ${documented.slice(0, 7)} to production: the configuration is invalid (rejected: fail closed).\n- acme/.github:.github/release-readiness.yml:1:7: mode: is "sometimes"; allowed values: "enforce", "advisory".${link(state)}`
      }
    ])
  })

  it('rejects when the API keeps failing', async () => {
    const { github, state, documented } = await shop()
    github.fail({ path: /\/git\/trees\//, status: 502, times: Infinity })
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4245))

    expect(state.checkRuns[0]!.conclusion).toBe('failure')
    const [answer] = state.gateAnswers
    expect(answer!.body).toEqual({
      environment_name: 'production',
      state: 'rejected',
      comment: `Release readiness could not evaluate ${documented.slice(0, 7)} to production (rejected: fail closed).\n[release-readiness] The GitHub API kept failing: GET /repos/acme/shop/git/trees/v1.0.0 answered 502 2 time(s) in a row, so the change could not be evaluated (this is not a GO). Re-run the job; if it keeps failing, check https://www.githubstatus.com.${link(state)}`
    })
  })

  it('rejects when the evaluation does not finish before the deadline', async () => {
    const { github, state, documented } = await shop()
    github.latencyMs = 150
    const app = await appHarness(github, { deploymentTimeoutMs: 300 })

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4246))

    expect(state.gateAnswers.map((a) => a.body)).toEqual([
      {
        environment_name: 'production',
        state: 'rejected',
        comment: `Release readiness did not finish evaluating ${documented.slice(0, 7)} to production within 0 s (rejected: fail closed).\nRe-run the deployment job to ask again; if it keeps timing out, check the App server logs.`
      }
    ])
  })

  it('does not retry an answer GitHub refuses for good (422), and logs why', async () => {
    const { github, state, documented } = await shop()
    const answers = /\/actions\/runs\/4247\/deployment_protection_rule$/
    github.fail({ method: 'POST', path: answers, status: 422 })
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4247))

    expect(state.gateAnswers).toEqual([])
    expect(github.count({ method: 'POST', path: answers })).toBe(1)
    expect(app.logs).toContain(
      '[release-readiness] GitHub refused the answer (approved) to run 4247 for production: HTTP 422 (Injected failure 422); not retrying.'
    )
  })

  it('retries a failing answer with back-off, and stops when its window is spent, saying the deployment waits', async () => {
    const { github, state, documented } = await shop()
    const answers = /\/actions\/runs\/4248\/deployment_protection_rule$/
    github.fail({ method: 'POST', path: answers, status: 502, times: Infinity })
    const app = await appHarness(github, { deploymentTimeoutMs: 2000, retry: { retries: 1, delayMs: 200 } })

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4248))

    expect(state.gateAnswers).toEqual([])
    // Pauses of 200, 400 and 800 ms fit in the 2 s window; the next (1,600 ms) would not.
    const tries = github.requests.filter((r) => r.method === 'POST' && answers.test(r.path))
    expect(tries).toHaveLength(4)
    expect(tries[3]!.at - tries[0]!.at).toBeGreaterThanOrEqual(1390)
    expect(app.logs).toContain(
      '[release-readiness] Could not post the answer (approved) to run 4248 for production after 4 tries (last: 502); the deadline passed. The deployment stays waiting: re-run its job.'
    )
  }, 15_000)
})
