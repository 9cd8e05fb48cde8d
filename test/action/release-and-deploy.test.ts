import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { FakeGitHub } from '../support/fake-github.js'
import { PLAN, example, mergedPull, shopOnFakeGitHub } from '../support/action-scenario.js'
import { runAction } from '../support/run-action.js'

let github: FakeGitHub | undefined
afterEach(async () => {
  if (github) expect(github.violations).toEqual([])
  await github?.stop()
  github = undefined
})

function releasePayload(tag: string, body: string): Record<string, any> {
  const payload = example('release', 'published')
  Object.assign(payload.release, {
    tag_name: tag,
    name: tag,
    body,
    prerelease: false,
    published_at: '2026-11-25T12:00:00Z'
  })
  payload.repository.full_name = 'acme/shop'
  payload.repository.default_branch = 'main'
  return payload
}

describe('the Action on a release', () => {
  it('evaluates the range from the previous release tag, with the release notes as the body', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    github.addRelease('v1.1.0', shop.documented)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'release',
      payload: releasePayload('v1.1.0', PLAN),
      env: { GITHUB_SHA: shop.documented, GITHUB_REF: 'refs/tags/v1.1.0' }
    })

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('go')
    const compare = github.requests.find((r) => r.path.includes('/compare/'))
    expect(compare?.path).toBe(`/repos/acme/shop/compare/v1.0.0...${shop.documented}`)
    const json = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'))
    expect(json.range.checks.find((c: { id: string }) => c.id === 'docs-updated').status).toBe('pass')
  })

  it('fails a release whose changelog has no entry for its version', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    github.addRelease('v1.2.0', shop.undocumented)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'release',
      payload: releasePayload('v1.2.0', PLAN),
      env: { GITHUB_SHA: shop.undocumented, GITHUB_REF: 'refs/tags/v1.2.0' }
    })
    expect(run.code).toBe(1)
    expect(run.outputs['failed-checks']).toBe('docs-updated')
  })
})

describe('the Action told to judge a tag push as a release (event: release)', () => {
  it('takes the release notes and the previous release from one listing', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    github.addRelease('v1.1.0', shop.documented, { body: PLAN })
    const payload = example('push')
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'push',
      payload,
      inputs: { event: 'release' },
      env: { GITHUB_SHA: shop.documented, GITHUB_REF: 'refs/tags/v1.1.0' }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('go')
    expect(github.count({ path: /\/releases$/ })).toBe(1)
    expect(github.requests.find((r) => r.path.includes('/compare/'))?.path).toBe(
      `/repos/acme/shop/compare/v1.0.0...${shop.documented}`
    )
  })
})

describe('the Action as a deploy gate', () => {
  it('fails a deployment of a commit that is not ready, against the last release', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    mergedPull(github, shop.undocumented, shop.base)
    const payload = example('deployment', 'created')
    payload.deployment.sha = shop.undocumented
    payload.deployment.environment = 'production'
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'deployment',
      payload,
      env: { GITHUB_SHA: shop.base }
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.annotations.at(-1)?.message).toMatch(/^Release readiness: NO-GO \(docs-updated\)/)
    const compare = github.requests.find((r) => r.path.includes('/compare/'))
    expect(compare?.path).toBe(`/repos/acme/shop/compare/v1.0.0...${shop.undocumented}`)
    expect(run.summary).toContain(
      `**Compared:** Nothing has deployed successfully to production yet: compared with v1.0.0, the latest release before ${shop.undocumented.slice(0, 7)}.`
    )
  })

  it('passes a push of a ready commit compared with the base-ref input', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    mergedPull(github, shop.documented, shop.base)
    const payload = example('push')
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'push',
      payload,
      inputs: { 'base-ref': 'main' },
      env: { GITHUB_SHA: shop.documented, GITHUB_REF: 'refs/heads/main' }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('go')
    expect(github.count({ path: /\/releases$/ })).toBe(0)
  })

  it('treats a first release (no earlier release) as adding every file', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    mergedPull(github, shop.documented, shop.base)
    const payload = example('workflow_dispatch')
    payload.repository.full_name = 'acme/shop'
    payload.repository.default_branch = 'main'
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'workflow_dispatch',
      payload,
      env: { GITHUB_SHA: shop.documented }
    })
    expect(run.code).toBe(0)
    expect(github.count({ path: /\/compare\// })).toBe(0)
  })
})

/** The real `deployment.created` example: `sha` deployed to `environment`, as deployment `id`. */
function deploymentPayload(sha: string, environment = 'production', id = 145988746): Record<string, any> {
  const payload = example('deployment', 'created')
  Object.assign(payload.deployment, { id, sha, environment })
  payload.repository.full_name = 'acme/shop'
  payload.repository.default_branch = 'main'
  return payload
}

describe('the Action on a deployment to an environment', () => {
  it('fails a deployment of the commit of a NO-GO release, judged as that release', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    github.addRelease('v1.1.0', shop.undocumented)
    github.addDeployment('production', shop.base)
    const current = github.addDeployment('production', shop.undocumented, ['in_progress'])

    const run = await runAction({
      apiUrl: github.url,
      eventName: 'deployment',
      payload: deploymentPayload(shop.undocumented, 'production', current.id),
      env: { GITHUB_SHA: shop.undocumented }
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.outputs['failed-checks']).toBe('docs-updated,feature-flag-plan,rollback-criteria')
    expect(run.summary).toContain(
      `${shop.undocumented.slice(0, 7)} is the commit of release v1.1.0: this deployment is judged as that release (v1.0.0...v1.1.0, with the release's waivers), so it carries the release's verdict.`
    )
    expect(run.annotations.at(-1)?.message).toMatch(/^Release readiness: NO-GO for v1\.1\.0 \(/)
    expect(github.releaseEdits).toEqual([])
  })

  it('passes a rollback to the previous release and says why in the summary', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    const running = github.addDeployment('production', shop.undocumented)

    const run = await runAction({
      apiUrl: github.url,
      eventName: 'deployment',
      payload: deploymentPayload(shop.base),
      env: { GITHUB_SHA: shop.base }
    })

    expect(run.code).toBe(0)
    expect([run.outputs.verdict, run.outputs.outcome, run.outputs['failed-checks']]).toEqual(['go', 'go', ''])
    expect(run.summary).toContain(
      `**Compared:** Rollback: production runs ${shop.undocumented.slice(0, 7)} (deployment ${running.id}) and ${shop.base.slice(0, 7)} is an ancestor of it, so this deployment goes back to code that already ran there.`
    )
    const json = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'))
    expect(json.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      ['docs-updated', 'skip'],
      ['feature-flag-plan', 'skip'],
      ['openapi-compatible', 'skip'],
      ['rollback-criteria', 'skip'],
      ['slo-defined', 'skip']
    ])
    expect(json.basis).toMatch(/^Rollback: production runs /)
  })

  it('fails the step, never GO, when the token may not read the environment’s deployments', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    github.fail({ path: /\/deployments$/, status: 403 })

    const run = await runAction({
      apiUrl: github.url,
      eventName: 'deployment',
      payload: deploymentPayload(shop.documented),
      env: { GITHUB_SHA: shop.documented }
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBeUndefined()
    expect(run.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([
      '[release-readiness] Could not read the deployments to production (HTTP 403), so what runs there is unknown (this is not a GO). Give the token deployments: read (in a workflow: permissions: deployments: read; the App asks for it).'
    ])
    expect(run.summary).toContain('This is not a GO')
  })

  it('gives a re-deployment of the same commit the same verdict, and judges a push to a named environment', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    github.addDeployment('production', shop.undocumented)
    mergedPull(github, shop.documented, shop.base)
    const deploy = () =>
      runAction({
        apiUrl: github!.url,
        eventName: 'deployment',
        payload: deploymentPayload(shop.documented),
        env: { GITHUB_SHA: shop.documented }
      })

    const first = await deploy()
    github.addDeployment('production', shop.documented)
    const again = await deploy()
    const push = example('push')
    push.repository.full_name = 'acme/shop'
    const pushed = await runAction({
      apiUrl: github.url,
      eventName: 'push',
      payload: push,
      inputs: { environment: 'production' },
      env: { GITHUB_SHA: shop.documented, GITHUB_REF: 'refs/heads/deploy' }
    })

    expect([first.code, again.code, pushed.code]).toEqual([0, 0, 0])
    expect([first.outputs.verdict, again.outputs.verdict, pushed.outputs.verdict]).toEqual(['go', 'go', 'go'])
    // undocumented and documented diverged from base: each run judges what documented adds to undocumented.
    const compared = github.requests
      .filter((r) => r.path.startsWith('/repos/acme/shop/compare/') && r.query.get('per_page') !== '1')
      .map((r) => r.path.split('/').pop())
    expect(compared).toEqual([
      `${shop.undocumented}...${shop.documented}`,
      `${shop.undocumented}...${shop.documented}`,
      `${shop.undocumented}...${shop.documented}`
    ])
    expect(again.summary).toContain(
      `${shop.documented.slice(0, 7)} already runs in production (deployment ${github.deployments.at(-1)!.id}): this re-deployment is judged as its first deployment was`
    )
    // Read from where the two met: what documented adds, never undocumented's changes undone.
    const [b, d, u] = [shop.base, shop.documented, shop.undocumented].map((sha) => sha.slice(0, 7))
    const lines = first.summary.split('\n')
    const at = lines.findIndex((line) => line.startsWith('Judged: '))
    expect(lines.slice(at, at + 3)).toEqual([
      `Judged: ${u}...${d} (merge base ${b}), configuration defaults (no .github/release-readiness.yml at ${u})`,
      '',
      `**Compared:** production runs ${u} (deployment ${github.deployments[0]!.id}, its latest successful one): this deployment is judged on what it adds to that.`
    ])
  })
})

describe('when the GitHub API fails', () => {
  it('retries a 502 and then succeeds', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    mergedPull(github, shop.documented, shop.base)
    github.addRelease('v1.0.0', shop.base)
    github.fail({ path: /\/git\/trees\//, status: 502, times: 2 })
    const payload = example('push')
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'push',
      payload,
      env: { GITHUB_SHA: shop.documented }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('go')
    expect(github.requests.filter((r) => r.status === 502)).toHaveLength(2)
  })

  it('fails the step with a clear message when the API keeps failing, and never reports GO', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.addRelease('v1.0.0', shop.base)
    github.fail({ path: /\/compare\//, status: 503, times: Infinity })
    const payload = example('push')
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'push',
      payload,
      env: { GITHUB_SHA: shop.documented }
    })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBeUndefined()
    const error = run.annotations.find((a) => a.command === 'error')
    expect(error?.message).toMatch(
      /^\[release-readiness\] The GitHub API kept failing: GET \/repos\/acme\/shop\/compare\/v1\.0\.0\.\.\.[0-9a-f]{40} answered 503 3 time\(s\) in a row/
    )
    expect(github.count({ path: /\/compare\// })).toBe(3)
    expect(run.summary).toContain('Release readiness: could not evaluate')
    expect(run.summary).toContain('This is not a GO')
    expect(run.stdout).not.toMatch(/\n\s+at /)
  })

  it('fails with a clear message when a network error persists', async () => {
    const run = await runAction({
      apiUrl: 'http://127.0.0.1:9',
      eventName: 'push',
      payload: example('push'),
      env: { GITHUB_SHA: 'a'.repeat(40) }
    })
    expect(run.code).toBe(1)
    expect(run.annotations.find((a) => a.command === 'error')?.message).toMatch(
      /kept failing.*network error|kept failing: .* answered 500/
    )
  })

  it('says what to do when GitHub refuses the token', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.fail({ path: /\/releases$/, status: 401, times: Infinity })
    const payload = example('push')
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'push',
      payload,
      env: { GITHUB_SHA: shop.documented }
    })
    expect(run.code).toBe(1)
    expect(run.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([
      '[release-readiness] GitHub answered 401 to GET /repos/acme/shop/releases: Injected failure 401. The token is invalid or has expired: check the token input (the default, github.token, always works).'
    ])
    expect(github.count({ path: /\/releases$/ })).toBe(1)
  })

  it('fails on an invalid input with the name of the input, without a stack trace', async () => {
    const run = await runAction({
      apiUrl: 'http://127.0.0.1:9',
      eventName: 'push',
      payload: {},
      inputs: { mode: 'loose' }
    })
    expect(run.code).toBe(1)
    expect(run.annotations).toEqual([
      {
        command: 'error',
        properties: {},
        message: '[release-readiness] Invalid input mode: "loose". Expected one of: enforce, advisory.'
      }
    ])
  })
})
