import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { recordProblems } from '../../src/reports/record/parse-record.js'
import { GitRepo } from '../support/git-repo.js'
import { SLO_FILE, readyBody } from '../support/plans.js'
import { runCli } from '../support/run-cli.js'

const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/)

describe('release-readiness check', () => {
  const repo = new GitRepo()
  beforeAll(() => {
    repo.commit(
      {
        'src/pets.ts': 'export const pets = []\n',
        'CHANGELOG.md': '# Changelog\n',
        'slo/pets.yaml': SLO_FILE
      },
      'initial'
    )
    repo.branch('ready')
    repo.commit({
      'src/pets.ts': 'export const pets = ["rex"]\n',
      'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n- Rex.\n'
    })
    repo.branch('not-ready', 'main')
    repo.commit({ 'src/pets.ts': 'export const pets = ["tom"]\n' })
  })
  afterAll(() => repo.remove())

  it('prints the DESIGN.md JSON object and exits 0 for GO', () => {
    const run = runCli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'ready',
      '--body',
      readyBody(),
      '--format',
      'json'
    ])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(json.verdict).toBe('go')
    expect(json.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      ['docs-updated', 'pass'],
      ['feature-flag-plan', 'pass'],
      ['openapi-compatible', 'skip'],
      ['rollback-criteria', 'pass'],
      ['slo-defined', 'pass']
    ])
    for (const check of json.checks) {
      expect(check).toEqual(
        expect.objectContaining({ summary: expect.any(String), findings: [], waiver: null })
      )
    }
  })

  it('exits 1 for NO-GO and lists the finding with its file', () => {
    const run = runCli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'not-ready',
      '--format',
      'json'
    ])
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout)
    expect(json.verdict).toBe('no-go')
    expect(json.checks[0].findings).toEqual([expect.objectContaining({ file: 'src/pets.ts' })])
  })

  it("applies a waivers file, decided by the one authority: never the change author's", () => {
    const file = join(repo.dir, '..', `waivers-${process.pid}.yml`)
    writeFileSync(
      file,
      ['docs-updated', 'feature-flag-plan', 'rollback-criteria']
        .map((check) => `- { check: ${check}, reason: "Hotfix; follow-up in #9", grantedBy: "@lead" }`)
        .join('\n')
    )
    const args = ['check', '--repo', repo.dir, '--base', 'main', '--head', 'not-ready', '--format', 'json']
    const waived = runCli([...args, '--waivers-file', file, '--author', 'dev'])
    expect(waived.code).toBe(0)
    const json = JSON.parse(waived.stdout)
    expect(json.outcome).toBe('go-with-waivers')
    expect(json.waivers.applied.map((w: { check: string; matched: number }) => [w.check, w.matched])).toEqual(
      [
        ['docs-updated', 1],
        ['feature-flag-plan', 1],
        ['rollback-criteria', 1]
      ]
    )

    const own = runCli([...args, '--waivers-file', file, '--author', '@Lead'])
    expect(own.code).toBe(1)
    expect(JSON.parse(own.stdout).waivers.rejected.map((w: { rejection: string }) => w.rejection)).toEqual([
      '@lead wrote this change, and an author cannot waive checks on their own pull request.',
      '@lead wrote this change, and an author cannot waive checks on their own pull request.',
      '@lead wrote this change, and an author cannot waive checks on their own pull request.'
    ])
  })

  it('renders text by default, and markdown and html on request', () => {
    const text = runCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'not-ready'])
    expect(text.stdout.split('\n')[0]).toMatch(/^Release readiness: NO-GO — pull request [0-9a-f]{7} /)
    const md = runCli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'not-ready',
      '--format',
      'markdown'
    ])
    expect(md.stdout.split('\n')[0]).toBe('## ❌ Release readiness: NO-GO')
    const html = runCli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'ready',
      '--format',
      'html'
    ])
    expect(html.stdout).toMatch(/^<!doctype html>/)
    expect(html.stdout).not.toMatch(/<(script|link|img)[^>]+(src|href)="http/)
  })

  it('writes the report to --output and prints nothing', () => {
    const out = join(repo.dir, '..', `report-${process.pid}.json`)
    const run = runCli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'ready',
      '--body',
      readyBody(),
      '--format',
      'json',
      '--output',
      out
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).verdict).toBe('go')
  })

  it('exits 2 with a one-paragraph message for an unknown ref', () => {
    const run = runCli(['check', '--repo', repo.dir, '--base', 'mian'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^release-readiness: Unknown ref "mian"/)
    noStack(run.stderr)
  })

  it('exits 2 for a bad argument and shows the usage', () => {
    for (const args of [
      ['check', '--repo', repo.dir],
      ['check', '--base', 'main', '--colour'],
      ['check', '--base', 'main', '--event', 'merge'],
      ['frobnicate']
    ]) {
      const run = runCli(args, { cwd: repo.dir })
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^release-readiness: /)
      noStack(run.stderr)
    }
  })

  it('exits 2 naming the file, line and key for a configuration typo on the base branch', () => {
    const bad = new GitRepo()
    bad.commit({
      '.github/release-readiness.yml': 'checks:\n  docs-updated:\n    levle: warn\n',
      'a.ts': '1'
    })
    bad.branch('pr')
    bad.commit({ 'a.ts': '2' })
    const run = runCli(['check', '--repo', bad.dir, '--base', 'main', '--head', 'pr'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      '.github/release-readiness.yml:3:5: checks.docs-updated.levle: unknown key "levle". Did you mean "level"?'
    )
    noStack(run.stderr)
    expect(run.stdout).toBe('')

    // With --format json, the evaluation that could not run is still one record.
    const json = runCli(['check', '--repo', bad.dir, '--base', 'main', '--head', 'pr', '--format', 'json'])
    expect(json.code).toBe(2)
    const record = JSON.parse(json.stdout)
    expect(recordProblems(record)).toEqual([])
    expect(record).toMatchObject({
      event: 'pull_request',
      base: bad.git('rev-parse', 'main').trim(),
      head: bad.git('rev-parse', 'pr').trim(),
      verdict: 'no-go',
      outcome: 'error',
      checks: [],
      tool: { runtime: 'cli' }
    })
    expect(record.error).toContain('checks.docs-updated.levle: unknown key "levle". Did you mean "level"?')
    expect(json.stderr).toContain('checks.docs-updated.levle: unknown key "levle"')
    noStack(json.stderr)
    bad.remove()
  })

  it('reads the configuration from the base, so a pull request cannot switch its own gate off', () => {
    const gate = new GitRepo()
    gate.commit({ 'src/a.ts': '1', 'CHANGELOG.md': '# c\n' })
    gate.branch('sneaky')
    gate.commit({
      'src/a.ts': '2',
      '.github/release-readiness.yml': 'checks:\n  docs-updated: { level: off }\n'
    })
    const run = runCli([
      'check',
      '--repo',
      gate.dir,
      '--base',
      'main',
      '--head',
      'sneaky',
      '--format',
      'json'
    ])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout).checks[0].status).toBe('fail')
    gate.remove()
  })

  it('exits 2 in an empty repository and outside a repository, saying what to do', () => {
    const empty = new GitRepo()
    const run = runCli(['check', '--repo', empty.dir, '--base', 'main'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/has no commits yet/)
    const outside = runCli(['check', '--repo', '/', '--base', 'main'])
    expect(outside.code).toBe(2)
    expect(outside.stderr).toMatch(/is not a git repository/)
    empty.remove()
  })

  it('survives binary files, invalid UTF-8 and a 50 MB file in the change', () => {
    const odd = new GitRepo()
    odd.commit({ 'CHANGELOG.md': '# c\n' })
    odd.branch('odd')
    odd.commit({
      'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
      'notes/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      'data/huge.json': Buffer.alloc(50 * 1024 * 1024, 0x20),
      'src/app.ts': 'export {}\n',
      'CHANGELOG.md': '# c\n\n- app\n'
    })
    const run = runCli(['check', '--repo', odd.dir, '--base', 'main', '--head', 'odd', '--format', 'json'])
    expect([0, 1]).toContain(run.code)
    expect(JSON.parse(run.stdout).checks.find((c: { id: string }) => c.id === 'docs-updated').status).toBe(
      'pass'
    )
    noStack(run.stderr)
    odd.remove()
  })

  it('reads the body from a file', () => {
    const body = join(repo.dir, '..', `body-${process.pid}.md`)
    writeFileSync(body, readyBody())
    const run = runCli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'ready',
      '--body-file',
      body,
      '--format',
      'json'
    ])
    expect(run.code).toBe(0)
    const missing = runCli(['check', '--repo', repo.dir, '--base', 'main', '--body-file', '/no/such/body.md'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/Cannot read \/no\/such\/body\.md: no such file/)
  })
})

describe('release-readiness validate-config', () => {
  it('exits 0 for a valid file and 2 for a typo, naming line and key', () => {
    const dir = new GitRepo()
    writeFileSync(join(dir.dir, 'good.yml'), 'mode: advisory\n')
    writeFileSync(
      join(dir.dir, 'bad.yml'),
      'mode: advisory\nchecks:\n  docs-updated:\n    rules:\n      - when: ["src/**"]\n        requires: ["docs/**"]\n'
    )
    const good = runCli(['validate-config', 'good.yml'], { cwd: dir.dir })
    expect(good.code).toBe(0)
    expect(good.stdout).toMatch(/^good\.yml is valid \(mode: advisory; docs-updated: error/)
    const bad = runCli(['validate-config', 'bad.yml'], { cwd: dir.dir })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(
      'bad.yml:6:9: checks.docs-updated.rules.0.requires: unknown key "requires". Did you mean "require"?'
    )
    const missing = runCli(['validate-config'], { cwd: dir.dir })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/\.github\/release-readiness\.yml does not exist/)
    dir.remove()
  })
})
