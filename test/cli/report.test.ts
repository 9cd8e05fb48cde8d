import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GitRepo } from '../support/git-repo.js'
import { CHANGELOG_WITH, mergePullRequest, releaseHistory } from '../support/release-history.js'
import { readyBody } from '../support/plans.js'
import { runCli } from '../support/run-cli.js'

const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/)

describe('release-readiness report', () => {
  let repo: GitRepo
  let work: string
  const report = (...args: string[]): ReturnType<typeof runCli> =>
    runCli(['report', '--repo', repo.dir, '--base', 'v1.0.0', '--head', 'v1.1.0', ...args])

  beforeAll(() => {
    repo = releaseHistory(false)
    work = mkdtempSync(join(tmpdir(), 'rr-report-'))
  })
  afterAll(() => {
    repo.remove()
    rmSync(work, { recursive: true, force: true })
  })

  it('prints the JSON roll-up and exits 1 for NO-GO, blocking items first', () => {
    const run = report('--format', 'json')
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout)
    expect(json).toMatchObject({ verdict: 'no-go', outcome: 'no-go', version: 'v1.1.0' })
    expect(json.pullRequests.map((p: { number: number; outcome: string }) => [p.number, p.outcome])).toEqual([
      [1, 'go'],
      [2, 'no-go'],
      [3, 'no-go'],
      [4, 'go']
    ])
    expect(
      json.blocking.map((b: { scope: string; pullRequest?: number }) => b.pullRequest ?? b.scope)
    ).toEqual(['release', 2, 3])
    expect(json.range.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      ['docs-updated', 'fail'],
      ['feature-flag-plan', 'pass'],
      ['openapi-compatible', 'skip'],
      ['rollback-criteria', 'pass'],
      ['slo-defined', 'pass']
    ])
  })

  it('prints the text report by default, starting with the one-paragraph summary', () => {
    const run = report()
    expect(run.code).toBe(1)
    expect(run.stdout.split('\n')[0]).toBe(
      'Release readiness: NO-GO for release v1.1.0 (v1.0.0..v1.1.0; 4 pull requests: 2 GO, 2 NO-GO). 3 blocking items: docs-updated on the whole release; docs-updated on #2 Add b; docs-updated on #3 Fix c.'
    )
  })

  it('turns NO-GO into GO with waivers with a waivers file and release notes, and names who waived', () => {
    const waivers = join(work, 'waivers.yml')
    writeFileSync(
      waivers,
      [
        '- check: docs-updated',
        '  reason: CHANGELOG entry lands in the release PR',
        '  grantedBy: "@release-manager"',
        '- { check: docs-updated, reason: Internal only, grantedBy: "@release-manager", pr: 2 }',
        '- { check: docs-updated, reason: Hotfix, grantedBy: "@release-manager", pr: 3 }'
      ].join('\n')
    )
    const notes = join(work, 'notes.md')
    writeFileSync(notes, readyBody('release-flag', '@release-team', '@oncall'))
    const run = report('--format', 'json', '--waivers-file', waivers, '--notes-file', notes)
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(json.outcome).toBe('go-with-waivers')
    expect(
      json.waivers.applied.map((w: { pullRequest?: number; grantedBy: string }) => [
        w.pullRequest ?? null,
        w.grantedBy
      ])
    ).toEqual([
      [null, '@release-manager'],
      [2, '@release-manager'],
      [3, '@release-manager']
    ])
    expect(json.notes).toHaveLength(2)
  })

  it('refuses waivers from someone not in waivers.allowed, and says why', () => {
    const config = join(work, 'config.yml')
    writeFileSync(config, 'waivers:\n  allowed: ["@release-managers"]\n')
    const waivers = join(work, 'waivers.json')
    writeFileSync(
      waivers,
      JSON.stringify([{ check: 'docs-updated', reason: 'x', grantedBy: 'intern', pr: 2 }])
    )
    const run = report('--format', 'json', '--waivers-file', waivers, '--config', config)
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout)
    expect(json.waivers.rejected).toEqual([
      expect.objectContaining({
        pullRequest: 2,
        requestedBy: '@intern',
        rejection: expect.stringMatching(/not in waivers\.allowed/)
      })
    ])
  })

  it('writes the report to --output and prints the summary and the path', () => {
    const file = join(work, 'release.md')
    const run = report('--format', 'markdown', '--output', file)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^Release readiness: NO-GO for release v1\.1\.0 .*\nWrote the markdown report to .*release\.md\n$/
    )
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('## ❌ Release readiness: NO-GO — release v1.1.0')
  })

  it('links pull requests to the origin remote when it is on GitHub', () => {
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/shop.git')
    try {
      const json = JSON.parse(report('--format', 'json').stdout)
      expect(json.pullRequests[0].url).toBe('https://github.com/acme/shop/pull/1')
    } finally {
      repo.git('remote', 'remove', 'origin')
    }
  })

  it('exits 0 for a release whose pull requests are all ready', () => {
    mergePullRequest(
      repo,
      5,
      'feat/e',
      'Add e',
      { 'src/e.ts': 'export const e = 1\n', 'CHANGELOG.md': CHANGELOG_WITH('1.2.0') },
      readyBody('e-flag')
    )
    repo.git('tag', '-a', '--cleanup=verbatim', 'v1.2.0', '-m', readyBody(), 'main')
    const run = runCli([
      'report',
      '--repo',
      repo.dir,
      '--base',
      'v1.1.0',
      '--head',
      'v1.2.0',
      '--format',
      'json'
    ])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout)
    expect([json.outcome, json.pullRequests.map((p: { number: number }) => p.number), json.blocking]).toEqual(
      ['go', [5], []]
    )
  })

  it.each([
    [['--head', 'v1.1.0'], /--base is required/],
    [['--base', 'v1.0.0', '--head', 'v9.9.9'], /Unknown ref "v9\.9\.9"/],
    [
      ['--base', 'v1.0.0', '--head', 'v1.1.0', '--format', 'pdf'],
      /--format must be one of text, markdown, json, html/
    ],
    [['--base', 'v1.0.0', '--head', 'v1.1.0', '--repo-url', 'acme/shop'], /--repo-url must be/],
    [['--base', 'v1.0.0', '--head', 'v1.1.0', '--waivers-file', 'missing.yml'], /Cannot read missing\.yml/]
  ])('exits 2 with one paragraph and no stack for %j', (args, message) => {
    const run = runCli(['report', '--repo', repo.dir, ...args], { cwd: work })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    noStack(run.stderr)
  })

  it('exits 2 on a waivers file with a typo, naming the entry and the key', () => {
    const waivers = join(work, 'typo.yml')
    writeFileSync(waivers, '- { check: docs-updatd, reason: r, grantedBy: a }\n')
    const run = report('--waivers-file', waivers)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/waiver 1: There is no check "docs-updatd"\. Did you mean `docs-updated`\?/)
  })
})
