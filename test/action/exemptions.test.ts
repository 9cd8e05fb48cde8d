import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { FakeGitHub } from '../support/fake-github.js'
import { openPull, pullRequestPayload, shopOnFakeGitHub } from '../support/action-scenario.js'
import { runAction } from '../support/run-action.js'

let github: FakeGitHub | undefined
afterEach(async () => {
  if (github) expect(github.violations).toEqual([])
  await github?.stop()
  github = undefined
})

const CONFIG = `checks:
  feature-flag-plan:
    exempt:
      - when: { authors: ["dependabot[bot]", "renovate[bot]"] }
        reason: dependency updates ship without a flag
  docs-updated:
    exempt:
      - when: { labels: [no-docs] }
        labelFromWaiver: true
        reason: a maintainer said so
`

/** The undocumented change, opened by Dependabot with a label, on a base whose configuration exempts. */
async function dependabotPull(labels: string[]) {
  const shop = await shopOnFakeGitHub()
  github = shop.github
  const withConfig = (sha: string, parent?: string): string => {
    const files = new Map(github!.commits.get(sha)!.files)
    files.set('.github/release-readiness.yml', Buffer.from(CONFIG))
    return github!.commit(files, parent)
  }
  const base = withConfig(shop.base)
  const head = withConfig(shop.undocumented, base)
  github.refs.set('heads/main', base)
  const pull = openPull(github, head, base, {
    user: { login: 'dependabot[bot]', type: 'Bot' },
    labels,
    body: 'Bumps express from 4.21.1 to 4.21.2.'
  })
  return { github, pull }
}

const checksOf = (path: string | undefined): Record<string, [string, string]> =>
  Object.fromEntries(
    JSON.parse(readFileSync(path!, 'utf8')).checks.map((c: any) => [c.id, [c.status, c.summary]])
  )

describe('exemptions on a real Dependabot pull_request payload', () => {
  it('skip the flag plan for the bot, and the docs for a label a maintainer added, with the reasons', async () => {
    const { github, pull } = await dependabotPull(['dependencies', 'no-docs'])
    github.labelEvents.set(7, [
      { login: 'dependabot[bot]', label: 'dependencies' },
      { login: 'maintainer', label: 'no-docs' }
    ])
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    const checks = checksOf(run.outputs['report-json'])
    expect(checks['feature-flag-plan']).toEqual([
      'skip',
      'Skipped: author is dependabot[bot] (dependency updates ship without a flag).'
    ])
    expect(checks['docs-updated']).toEqual(['skip', 'Skipped: label no-docs (a maintainer said so).'])
    expect(run.summary).toContain(
      'Skipped: author is dependabot\\[bot\\] (dependency updates ship without a flag).'
    )
    expect(github.count({ path: /\/issues\/7\/events$/ })).toBe(1)
  })

  it('does not skip for a label the bot added itself', async () => {
    const { github, pull } = await dependabotPull(['no-docs'])
    github.labelEvents.set(7, [{ login: 'dependabot[bot]', label: 'no-docs' }])
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.code).toBe(1)
    const [status, summary] = checksOf(run.outputs['report-json'])['docs-updated']!
    expect(status).toBe('fail')
    expect(summary).toMatch(
      /Not exempt: label no-docs does not exempt: it was added by @dependabot\[bot\], who may not waive: @dependabot\[bot\] wrote this change/
    )
  })

  it('fails closed when the events cannot be read', async () => {
    const { github, pull } = await dependabotPull(['no-docs'])
    github.fail({ path: /\/issues\/7\/events$/, status: 403, times: Infinity })
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.code).toBe(1)
    expect(checksOf(run.outputs['report-json'])['docs-updated']![1]).toMatch(
      /Not exempt: label no-docs does not exempt: who added it could not be read \(.*\)\.$/
    )
  })
})
