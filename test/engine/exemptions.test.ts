import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { checks } from '../../checks/index.js'
import { ConfigError, parseConfig } from '../../src/engine/config.js'
import { evaluate } from '../../src/engine/evaluate.js'
import type { LabelAuthority } from '../../src/engine/exemptions.js'
import type { Change } from '../../src/engine/types.js'
import { changeFromPullRequest } from '../../src/sources/github/pull-request.js'
import { renderJson, renderMarkdown, renderText } from '../../src/reports/change/index.js'
import { fixtureSource, memoryLogger } from '../support/fixture-source.js'

const require = createRequire(import.meta.url)
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[]

/** A real `pull_request` webhook payload, as a dependency bot would open it on the fixture repository. */
function botPullRequest(login: string, labels: string[], baseRef = 'main'): Record<string, any> {
  const payload = structuredClone(
    examples.find((e) => e.name === 'pull_request')!.examples.find((x) => x.action === 'opened')!
  )
  const pr = payload.pull_request
  pr.user = { ...pr.user, login, type: 'Bot' }
  pr.title = 'Bump express from 4.21.1 to 4.21.2'
  pr.body = 'Bumps [express](https://github.com/expressjs/express) from 4.21.1 to 4.21.2.'
  pr.labels = labels.map((name, i) => ({
    id: i,
    node_id: 'x',
    url: '',
    name,
    color: 'ededed',
    default: false,
    description: null
  }))
  pr.base.ref = baseRef
  pr.base.sha = 'base'
  pr.head.sha = 'head'
  return pr
}

const CONFIG = `
checks:
  feature-flag-plan:
    exempt:
      - when: { authors: ["dependabot[bot]", "renovate[bot]"] }
        unless: { labels: [major] }
        reason: dependency updates ship without a flag
  rollback-criteria:
    exempt:
      - when: { paths: ["package.json", "**/package-lock.json"] }
        reason: a dependency bump rolls back by reverting it
      - when: { labels: [no-rollback-plan] }
        labelFromWaiver: true
  slo-defined:
    exempt:
      - when: { baseBranches: ["release/*"] }
`

async function judge(pr: Record<string, any>, labelAuthority?: LabelAuthority, files?: Change['files']) {
  const source = fixtureSource('dependency-update')
  const change: Change = {
    ...changeFromPullRequest(pr as any),
    files: files ?? (await source.changedFiles('base', 'head'))
  }
  return evaluate({
    checks,
    config: parseConfig(CONFIG, '.github/release-readiness.yml', checks),
    source,
    change,
    log: memoryLogger(),
    ...(labelAuthority ? { labelAuthority } : {})
  })
}

const byId = (report: Awaited<ReturnType<typeof judge>>) =>
  Object.fromEntries(report.checks.map((c) => [c.id, [c.status, c.summary]]))

describe('exemptions', () => {
  it('skip the flag plan of a Dependabot pull request and the rollback plan of a lockfile-only change, with the reason', async () => {
    const report = await judge(botPullRequest('dependabot[bot]', ['dependencies']))
    expect(byId(report)['feature-flag-plan']).toEqual([
      'skip',
      'Skipped: author is dependabot[bot] (dependency updates ship without a flag).'
    ])
    expect(byId(report)['rollback-criteria']).toEqual([
      'skip',
      'Skipped: only package.json, **/package-lock.json changed (a dependency bump rolls back by reverting it).'
    ])
    expect(report.checks.find((c) => c.id === 'feature-flag-plan')!.exemption).toBe(
      'Skipped: author is dependabot[bot] (dependency updates ship without a flag).'
    )
  })

  it('are shown in every report format', async () => {
    const report = await judge(botPullRequest('renovate[bot]', ['dependencies']))
    const why = 'Skipped: author is renovate[bot] (dependency updates ship without a flag).'
    expect(renderText(report)).toContain(why)
    // Markdown shows it as text: the brackets of a bot's login are escaped, never read as a link.
    expect(renderMarkdown(report)).toContain(
      'Skipped: author is renovate\\[bot\\] (dependency updates ship without a flag).'
    )
    const json = JSON.parse(renderJson(report))
    expect(json.checks.find((c: { id: string }) => c.id === 'feature-flag-plan')).toMatchObject({
      status: 'skip',
      summary: why,
      exemption: why
    })
  })

  it('do not apply when an unless condition holds (a Renovate major update)', async () => {
    const report = await judge(botPullRequest('renovate[bot]', ['dependencies', 'major']))
    expect(byId(report)['feature-flag-plan']![0]).toBe('fail')
  })

  it('do not apply to a person, nor to a change outside the listed paths', async () => {
    const report = await judge(botPullRequest('octocat', []), undefined, [
      { path: 'package.json', status: 'modified' },
      { path: 'src/shop.ts', status: 'modified' }
    ])
    expect(byId(report)['feature-flag-plan']![0]).toBe('fail')
    expect(byId(report)['rollback-criteria']![0]).toBe('fail')
  })

  it('match the base branch by glob', async () => {
    const onRelease = await judge(botPullRequest('octocat', [], 'release/1.x'))
    expect(byId(onRelease)['slo-defined']).toEqual(['skip', 'Skipped: base branch is release/1.x.'])
    const onMain = await judge(botPullRequest('octocat', [], 'main'))
    expect(byId(onMain)['slo-defined']![0]).not.toBe('skip')
  })
})

describe('a label exemption that needs someone allowed to waive', () => {
  const pr = () => botPullRequest('dependabot[bot]', ['no-rollback-plan'])
  const files: Change['files'] = [
    { path: 'package.json', status: 'modified' },
    { path: 'src/shop.ts', status: 'modified' }
  ]

  it('applies when an allowed person added the label', async () => {
    const report = await judge(
      pr(),
      async () => ({ allowed: true, via: 'added by @lead (maintain permission)' }),
      files
    )
    expect(byId(report)['rollback-criteria']).toEqual(['skip', 'Skipped: label no-rollback-plan.'])
  })

  it('does not apply when the label came from someone else, and says why', async () => {
    const report = await judge(
      pr(),
      async () => ({
        allowed: false,
        why: 'it was added by @dev, who may not waive: @dev has the write role on this repository.'
      }),
      files
    )
    const [status, summary] = byId(report)['rollback-criteria']!
    expect(status).toBe('fail')
    expect(summary).toMatch(
      / Not exempt: label no-rollback-plan does not exempt: it was added by @dev, who may not waive: @dev has the write role on this repository\.$/
    )
  })

  it('fails closed without GitHub (the CLI): who added it cannot be read', async () => {
    const report = await judge(pr(), undefined, files)
    expect(byId(report)['rollback-criteria']).toEqual([
      'fail',
      expect.stringMatching(
        / Not exempt: label no-rollback-plan does not exempt: who added it cannot be read without GitHub\.$/
      )
    ])
  })
})

describe('an exemption that cannot be decided', () => {
  it('does not apply, and says why', async () => {
    const report = await judge(
      botPullRequest('dependabot[bot]', ['no-rollback-plan']),
      async () => {
        throw new Error('GitHub answered 502')
      },
      [
        { path: 'package.json', status: 'modified' },
        { path: 'src/shop.ts', status: 'modified' }
      ]
    )
    expect(byId(report)['rollback-criteria']).toEqual([
      'fail',
      expect.stringMatching(/ Not exempt: the exemption could not be decided \(GitHub answered 502\)\.$/)
    ])
  })
})

describe('exemptions in the configuration', () => {
  it('are validated with the file, line and a did-you-mean', () => {
    const text = 'checks:\n  feature-flag-plan:\n    exempt:\n      - when: { author: ["dependabot[bot]"] }\n'
    expect(() => parseConfig(text, '.github/release-readiness.yml', checks)).toThrow(ConfigError)
    try {
      parseConfig(text, '.github/release-readiness.yml', checks)
    } catch (error) {
      expect((error as ConfigError).issues).toEqual([
        {
          file: '.github/release-readiness.yml',
          line: 4,
          column: 17,
          key: 'checks.feature-flag-plan.exempt.0.when.author',
          message:
            'unknown key "author". Did you mean "authors"? Allowed: labels, authors, paths, baseBranches.'
        }
      ])
    }
  })

  it('need a when', () => {
    expect(() =>
      parseConfig('checks:\n  docs-updated:\n    exempt:\n      - reason: always\n', 'c.yml', checks)
    ).toThrow('needs the key "when"')
  })
})
