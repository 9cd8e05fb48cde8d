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
import { PLAN, example, mergedPull, openPull } from '../support/action-scenario.js'
import { appHarness, atRepository, deploymentProtectionEvent, pullRequestEvent } from './support/harness.js'

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
          comment: `Release readiness: GO for ${documented.slice(0, 7)} to production.\nNothing has deployed successfully to production yet: compared with v1.0.0, the latest release before ${documented.slice(0, 7)}.${link(state)}`
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
          comment: `Release readiness: NO-GO for ${undocumented.slice(0, 7)} to production. Failing checks:\n- docs-updated: 1 required doc update is missing.\nNothing has deployed successfully to production yet: compared with v1.0.0, the latest release before ${undocumented.slice(0, 7)}.${link(state)}`
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

  it('rejects, with the reason, when what runs in the environment cannot be read', async () => {
    const { github, state, base, documented } = await shop()
    const running = github.addDeployment('production', base)
    github.fail({ path: new RegExp(`/deployments/${running.id}/statuses$`), status: 502, times: Infinity })
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4247))

    expect(state.checkRuns.map((r) => [r.name, r.conclusion, r.output.title])).toEqual([
      ['Release readiness (deployment: production)', 'failure', 'Could not evaluate']
    ])
    expect(state.gateAnswers.map((a) => a.body)).toEqual([
      {
        environment_name: 'production',
        state: 'rejected',
        comment: `Release readiness could not evaluate ${documented.slice(0, 7)} to production (rejected: fail closed).\n[release-readiness] The GitHub API kept failing: GET /repos/acme/shop/deployments/${running.id}/statuses answered 502 2 time(s) in a row, so the change could not be evaluated (this is not a GO). Re-run the job; if it keeps failing, check https://www.githubstatus.com.${link(state)}`
      }
    ])
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

describe('what a deployment is judged on', () => {
  const runs = (state: AppState): string[][] =>
    state.checkRuns.map((r) => [r.name, r.head_sha.slice(0, 7), r.conclusion ?? r.status])
  const short = (sha: string): string => sha.slice(0, 7)

  it('rejects the commit of a NO-GO release, judged as that release, on a check run of its own', async () => {
    const { github, state, undocumented } = await shop()
    github.addRelease('v1.1.0', undocumented)
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, undocumented, 4301))

    expect(runs(state)).toEqual([
      ['Release readiness (deployment: production)', short(undocumented), 'failure']
    ])
    expect(state.checkRuns[0]!.external_id).toBe('deployment:production')
    expect(state.checkRuns[0]!.output.title).toBe('NO-GO (3 blocking)')
    // The Action's HTML release page is linked from the release's own run, not from a deployment's.
    expect(state.checkRuns[0]!.output.summary).not.toContain('HTML report')
    expect(github.count({ path: /\/actions\/artifacts/ })).toBe(0)
    expect(state.gateAnswers.map((a) => [a.runId, a.body])).toEqual([
      [
        4301,
        {
          environment_name: 'production',
          state: 'rejected',
          comment: [
            `Release readiness: NO-GO for ${short(undocumented)} to production. Failing checks:`,
            '- docs-updated on the whole release: 2 required doc updates are missing.',
            '- feature-flag-plan on the whole release: The release notes have no complete feature flag plan. See docs/checks/feature-flag-plan.md.',
            '- rollback-criteria on the whole release: The change has no measurable rollback criteria with rollback steps. See docs/checks/rollback-criteria.md.',
            `${short(undocumented)} is the commit of release v1.1.0: this deployment is judged as that release (v1.0.0...v1.1.0, with the release's waivers), so it carries the release's verdict.`,
            `Report: ${state.checkRuns[0]!.html_url}`
          ].join('\n')
        }
      ]
    ])
    expect(github.requests.some((r) => r.path === `/repos/acme/shop/compare/v1.0.0...${undocumented}`)).toBe(
      true
    )
  })

  it('carries the release’s waivers: a release GO with waivers is approved with them', async () => {
    const { github, state, base, documented } = await shop()
    github.addRelease('v1.1.0', documented, { body: PLAN })
    Object.assign(mergedPull(github, documented, base), {
      body: 'Adds a species filter.',
      merge_commit_sha: documented
    })
    github.addComment(
      5,
      { login: 'maintainer' },
      '/release-readiness waive feature-flag-plan Flag lives in the platform repo'
    )
    github.addComment(
      5,
      { login: 'maintainer' },
      '/release-readiness waive rollback-criteria Rollback is a redeploy of v1.0.0'
    )
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4309))

    expect(runs(state)).toEqual([
      ['Release readiness (deployment: production)', short(documented), 'success']
    ])
    expect(state.checkRuns[0]!.output.summary).toContain('### Pull requests (1)')
    expect(state.gateAnswers.map((a) => a.body)).toEqual([
      {
        environment_name: 'production',
        state: 'approved',
        comment: [
          `Release readiness: GO with waivers for ${short(documented)} to production.`,
          `${short(documented)} is the commit of release v1.1.0: this deployment is judged as that release (v1.0.0...v1.1.0, with the release's waivers), so it carries the release's verdict.`,
          '- feature-flag-plan waived on #5 by maintainer: Flag lives in the platform repo',
          '- rollback-criteria waived on #5 by maintainer: Rollback is a redeploy of v1.0.0',
          `Report: ${state.checkRuns[0]!.html_url}`
        ].join('\n')
      }
    ])
  })

  /** `.github/release-readiness-waivers.yml` on the default branch, reviewed like any file there. */
  function reviewedWaivers(github: FakeGitHub, lines: string[]): void {
    const main = github.refs.get('heads/main')!
    const files = new Map(github.commits.get(main)!.files)
    files.set('.github/release-readiness-waivers.yml', Buffer.from(['waivers:', ...lines, ''].join('\n')))
    github.refs.set('heads/main', github.commit(files, main))
  }

  it('carries the release’s reviewed waivers and its pull requests’ waivers, each with where it came from', async () => {
    const { github, state, base, documented } = await shop()
    github.addRelease('v1.1.0', documented, { body: PLAN })
    Object.assign(mergedPull(github, documented, base), {
      body: 'Adds a species filter.',
      merge_commit_sha: documented
    })
    github.addComment(
      5,
      { login: 'maintainer' },
      '/release-readiness waive feature-flag-plan Flag lives in the platform repo'
    )
    reviewedWaivers(github, [
      '  - release: v1.1.0',
      '    pr: 5',
      '    check: rollback-criteria',
      '    reason: Rollback is a redeploy of v1.0.0',
      '    grantedBy: maintainer',
      '    grantedAt: "2026-11-25"',
      '  - release: v1.0.9',
      '    pr: 5',
      '    check: docs-updated',
      '    reason: another release',
      '    grantedBy: maintainer',
      '    grantedAt: "2026-11-25"'
    ])
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4311))

    expect(runs(state)).toEqual([
      ['Release readiness (deployment: production)', short(documented), 'success']
    ])
    expect(state.gateAnswers.map((a) => a.body)).toEqual([
      {
        environment_name: 'production',
        state: 'approved',
        comment: [
          `Release readiness: GO with waivers for ${short(documented)} to production.`,
          `${short(documented)} is the commit of release v1.1.0: this deployment is judged as that release (v1.0.0...v1.1.0, with the release's waivers), so it carries the release's verdict.`,
          '- feature-flag-plan waived on #5 by maintainer: Flag lives in the platform repo',
          '- rollback-criteria waived on #5 by @maintainer in .github/release-readiness-waivers.yml (default branch): Rollback is a redeploy of v1.0.0',
          `Report: ${state.checkRuns[0]!.html_url}`
        ].join('\n')
      }
    ])
    // The check run's report shows each waiver's origin too.
    expect(state.checkRuns[0]!.output.summary).toContain(
      '(from .github/release-readiness-waivers.yml (default branch))'
    )
  })

  it('carries a first release’s reviewed release waivers, decided by the one waiver authority', async () => {
    const scenario = await shopOnFakeGitHub()
    github = scenario.github
    const state = addAppRoutes(github)
    const { undocumented } = scenario
    github.addRelease('v1.0.0', undocumented, { body: 'The first release.' })
    reviewedWaivers(github, [
      '  - release: v1.0.0',
      '    check: feature-flag-plan',
      '    reason: Nothing is behind a flag in the first release',
      '    grantedBy: maintainer',
      '    grantedAt: "2026-11-25"',
      '  - release: v1.0.0',
      '    check: rollback-criteria',
      '    reason: There is nothing to roll back to',
      '    grantedBy: maintainer',
      '    grantedAt: "2026-11-25"',
      '  - release: v1.0.0',
      '    check: slo-defined',
      '    reason: not mine to waive',
      '    grantedBy: writer',
      '    grantedAt: "2026-11-25"'
    ])
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, undocumented, 4312))

    expect(state.gateAnswers.map((a) => a.body.comment.split('\n'))).toEqual([
      [
        `Release readiness: GO with waivers for ${short(undocumented)} to production.`,
        expect.stringMatching(
          /is the commit of release v1\.0\.0: this deployment is judged as that release \(the first release, every file added/
        ),
        '- feature-flag-plan waived for the release by @maintainer in .github/release-readiness-waivers.yml (default branch): Nothing is behind a flag in the first release',
        '- rollback-criteria waived for the release by @maintainer in .github/release-readiness-waivers.yml (default branch): There is nothing to roll back to',
        `Report: ${state.checkRuns[0]!.html_url}`
      ]
    ])
    expect(state.checkRuns[0]!.output.summary).toContain(
      '@writer has the write role on this repository; waivers need maintain or admin (or an entry in waivers.allowed).'
    )
  })

  it('approves a rollback to the previous release, with the reason, without running the checks', async () => {
    const { github, state, base, undocumented } = await shop()
    const running = github.addDeployment('production', undocumented)
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, base, 4302))

    const reason = `Rollback: production runs ${short(undocumented)} (deployment ${running.id}) and ${short(base)} is an ancestor of it, so this deployment goes back to code that already ran there. Rollbacks are approved without running the checks (deployments.rollbacks: approve), so that the gate never blocks a rollback during an incident; set deployments.rollbacks: judge to judge them like any deployment.`
    expect(state.gateAnswers.map((a) => a.body)).toEqual([
      {
        environment_name: 'production',
        state: 'approved',
        comment: `Release readiness: GO for ${short(base)} to production.\n${reason}${link(state)}`
      }
    ])
    expect(runs(state)).toEqual([['Release readiness (deployment: production)', short(base), 'success']])
    expect(state.checkRuns[0]!.output.summary).toContain(`**Compared:** ${reason}`)
    // Only comparisons for ancestry (one commit each), never the files of a change.
    expect(
      github.requests
        .filter((r) => r.path.includes('/compare/'))
        .map((r) => [r.path.split('/').pop(), r.query.get('per_page')])
    ).toEqual([
      [`${undocumented}...${base}`, '1'],
      [`v1.0.0...${base}`, '1']
    ])
  })

  it('judges a rollback like any deployment when the configuration says deployments.rollbacks: judge', async () => {
    const { github, state, base, undocumented } = await shop()
    github.addDeployment('production', undocumented)
    nock(github.url, { allowUnmocked: true })
      .get('/repos/acme/.github/contents/.github%2Frelease-readiness.yml')
      .query(true)
      .times(2)
      .reply(200, 'deployments:\n  rollbacks: judge\n', { 'content-type': 'text/plain; charset=utf-8' })
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, base, 4303))

    // base is the commit of v1.0.0, the first release: judged as that release, every file added.
    expect(state.gateAnswers[0]!.body.state).toBe('rejected')
    expect(state.gateAnswers[0]!.body.comment.split('\n')[0]).toBe(
      `Release readiness: NO-GO for ${short(base)} to production. Failing checks:`
    )
    expect(state.gateAnswers[0]!.body.comment).toContain(
      `Rollback of production from ${short(undocumented)} to its ancestor ${short(base)}, judged like any deployment (deployments.rollbacks: judge). ${short(base)} is the commit of release v1.0.0: this deployment is judged as that release (the first release, every file added`
    )
  })

  it('says what it compared and that nothing changed when no file differs', async () => {
    const { github, state, base } = await shop()
    const running = github.addDeployment('production', base)
    const same = github.commit(github.commits.get(base)!.files, base)
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, same, 4308))

    const compared = `production runs ${short(base)} (deployment ${running.id}, its latest successful one): this deployment is judged on what it adds to that. No file differs between ${short(base)} and ${short(same)}, so the checks had no change to judge.`
    expect(state.gateAnswers.map((a) => a.body)).toEqual([
      {
        environment_name: 'production',
        state: 'approved',
        comment: `Release readiness: GO for ${short(same)} to production.\n${compared}${link(state)}`
      }
    ])
    // One section: what was judged (from the merge base, with which configuration), then why.
    expect(state.checkRuns[0]!.output.summary).toContain(
      `Judged: ${short(base)}...${short(same)} (merge base ${short(base)}), configuration defaults (no .github/release-readiness.yml at ${short(base)})\n\n**Compared:** ${compared}`
    )
  })

  it('gives a re-deployment of the same commit the same answer', async () => {
    const { github, state, base, documented, undocumented } = await shop()
    github.addDeployment('production', base)
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, undocumented, 4304))
    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, undocumented, 4305))
    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4306))
    github.addDeployment('production', documented)
    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, documented, 4307))

    const [first, second, go, again] = state.gateAnswers.map((a) => a.body)
    expect([first!.state, second!.state, go!.state, again!.state]).toEqual([
      'rejected',
      'rejected',
      'approved',
      'approved'
    ])
    expect(second).toEqual(first)
    expect(go!.comment.split('\n')[0]).toBe(again!.comment.split('\n')[0])
    // Both deployments of `documented` were judged from `base`, what ran before it.
    const compared = github.requests
      .filter((r) => r.path.startsWith('/repos/acme/shop/compare/') && r.query.get('per_page') !== '1')
      .map((r) => r.path.split('/').pop())
    expect(compared).toEqual([
      `${base}...${undocumented}`,
      `${base}...${undocumented}`,
      `${base}...${documented}`,
      `${base}...${documented}`
    ])
    expect(again!.comment).toContain(
      `${short(documented)} already runs in production (deployment ${github.deployments.at(-1)!.id}): this re-deployment is judged as its first deployment was, against what ran there before it (deployment ${github.deployments[0]!.id} of ${short(base)}).`
    )
    expect(runs(state)).toEqual([
      ['Release readiness (deployment: production)', short(undocumented), 'failure'],
      ['Release readiness (deployment: production)', short(documented), 'success']
    ])
  })
})

describe('a deployment of a pull request’s head', () => {
  /** The real check_run example, about our run `run`. */
  const rerequest = (github: FakeGitHub, run: AppState['checkRuns'][number]): Record<string, any> => {
    const payload = atRepository(example('check_run', 'rerequested'), github)
    Object.assign(payload.check_run, {
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      external_id: run.external_id,
      pull_requests: []
    })
    return payload
  }

  it('leaves the pull request’s failing check run alone, and each Re-run re-judges its own subject', async () => {
    const { github, state, base, undocumented } = await shop()
    const pull = openPull(github, undocumented, base)
    const app = await appHarness(github)
    await app.receive('pull_request', pullRequestEvent(github, pull))
    const prRun = structuredClone(state.checkRuns[0]!)
    expect([prRun.name, prRun.conclusion, prRun.external_id]).toEqual([
      'Release readiness',
      'failure',
      'pull_request:7'
    ])

    await app.receive(
      'deployment_protection_rule',
      deploymentProtectionEvent(github, undocumented, 4310, 'preview')
    )

    expect(state.checkRuns[0]).toEqual(prRun)
    const deployRun = state.checkRuns[1]!
    expect([deployRun.name, deployRun.external_id, deployRun.head_sha]).toEqual([
      'Release readiness (deployment: preview)',
      'deployment:preview',
      undocumented
    ])
    expect(
      github.requests
        .filter((r) => r.path.endsWith('/check-runs') && r.method === 'GET')
        .map((r) => r.query.get('check_name'))
    ).toEqual(['Release readiness', 'Release readiness (deployment: preview)'])

    await app.receive('check_run', rerequest(github, deployRun))
    expect(state.checkRuns[0]!.completedAt).toHaveLength(1)
    expect(state.checkRuns[1]!.completedAt).toHaveLength(2)
    expect(state.gateAnswers).toHaveLength(1)

    await app.receive('check_run', rerequest(github, state.checkRuns[0]!))
    expect(state.checkRuns.map((r) => [r.name, r.completedAt.length, r.external_id])).toEqual([
      ['Release readiness', 2, 'pull_request:7'],
      ['Release readiness (deployment: preview)', 2, 'deployment:preview']
    ])
  })
})
