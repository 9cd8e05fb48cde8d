import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { recordProblems } from '../../src/reports/record/parse-record.js'
import type { EvaluationRecord } from '../../src/reports/record/types.js'
import type { GitRepo } from '../support/git-repo.js'
import { CHANGELOG_WITH, releaseHistory, squashPullRequest } from '../support/release-history.js'
import { readyBody } from '../support/plans.js'
import { runCli } from '../support/run-cli.js'

describe('records from the CLI', () => {
  let repo: GitRepo
  let work: string

  beforeAll(() => {
    // v1.0.0 → v1.1.0 (NO-GO: pull requests #2 and #3 miss their docs) → v1.2.0 (GO).
    repo = releaseHistory(true)
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/pets.git')
    squashPullRequest(
      repo,
      5,
      'Add e',
      { 'src/e.ts': 'export const e = 1\n', 'docs/e.md': '# E\n', 'CHANGELOG.md': CHANGELOG_WITH('1.2.0') },
      readyBody('e-flag', '@e-team', '@e-oncall')
    )
    repo.git(
      'tag',
      '-a',
      '--cleanup=verbatim',
      'v1.2.0',
      '-m',
      readyBody('r2-flag', '@release-team', '@oncall')
    )
    work = mkdtempSync(join(tmpdir(), 'rr-records-'))
  })
  afterAll(() => {
    repo.remove()
    rmSync(work, { recursive: true, force: true })
  })

  it('check --format json prints an evaluation record that names the repository and configuration', () => {
    const run = runCli([
      'check',
      '--repo',
      repo.dir,
      '--base',
      'v1.0.0',
      '--head',
      'v1.1.0',
      '--format',
      'json'
    ])
    expect(run.stderr).toBe('')
    const record = JSON.parse(run.stdout) as EvaluationRecord
    expect(recordProblems(record)).toEqual([])
    expect(record).toMatchObject({
      schemaVersion: 1,
      repository: { fullName: 'acme/pets', url: 'https://github.com/acme/pets' },
      event: 'pull_request',
      tool: { name: 'release-readiness', runtime: 'cli' },
      config: {
        origin: `defaults (no .github/release-readiness.yml at ${repo.git('rev-parse', '--short=7', 'v1.0.0^{commit}').trim()})`,
        ref: repo.git('rev-parse', 'v1.0.0^{commit}').trim()
      },
      // v1.0.0 is an ancestor of v1.1.0: it is the merge base the change was read from.
      mergeBase: repo.git('rev-parse', 'v1.0.0^{commit}').trim()
    })
    expect(record.head).toBe(repo.git('rev-parse', 'v1.1.0^{commit}').trim())
  })

  it('report --since writes one record per release, dated by its tagged commit', () => {
    const out = join(work, 'history')
    const run = runCli(['report', '--repo', repo.dir, '--since', 'v1.0.0', '--output', out])
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(
      `v1.0.0 → v1.1.0: NO-GO (blocking: docs-updated)\nv1.1.0 → v1.2.0: GO\nWrote 2 record(s) to ${out}\n`
    )
    expect(run.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['v1.1.0.json', 'v1.2.0.json'])
    const first = JSON.parse(readFileSync(join(out, 'v1.1.0.json'), 'utf8')) as EvaluationRecord
    const second = JSON.parse(readFileSync(join(out, 'v1.2.0.json'), 'utf8')) as EvaluationRecord
    expect(recordProblems(first)).toEqual([])
    expect(first.subject).toMatchObject({
      type: 'release',
      version: 'v1.1.0',
      url: 'https://github.com/acme/pets/releases/tag/v1.1.0'
    })
    expect(first.release!.pullRequests.map((p) => [p.number, p.outcome])).toEqual([
      [1, 'go'],
      [2, 'no-go'],
      [3, 'no-go'],
      [4, 'go']
    ])
    expect(first.release!.blockingItems.map((b) => b.pullRequest ?? b.scope)).toEqual([2, 3])
    expect(first.recordedAt).toBe(
      new Date(repo.git('log', '-1', '--format=%cI', 'v1.1.0^{commit}').trim()).toISOString()
    )
    expect([second.verdict, second.base]).toEqual(['go', repo.git('rev-parse', 'v1.1.0^{commit}').trim()])
    expect(second.release!.pullRequests.map((p) => p.number)).toEqual([5])
  })

  it('report --since names a tag that is not there, and what to pass instead', () => {
    const run = runCli(['report', '--repo', repo.dir, '--since', 'v0.9.0', '--output', join(work, 'x')])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'release-readiness: --since v0.9.0 is not a version tag reachable from HEAD (version tags there: v1.0.0, v1.1.0, v1.2.0). Pass the tag of the release the history starts from.\n'
    )
  })

  it('report --format json carries the release record', () => {
    const run = runCli([
      'report',
      '--repo',
      repo.dir,
      '--base',
      'v1.0.0',
      '--head',
      'v1.1.0',
      '--format',
      'json'
    ])
    const json = JSON.parse(run.stdout) as { verdict: string; record: EvaluationRecord }
    expect(recordProblems(json.record)).toEqual([])
    expect([json.verdict, json.record.verdict, json.record.subject.version]).toEqual([
      'no-go',
      'no-go',
      'v1.1.0'
    ])
  })
})
