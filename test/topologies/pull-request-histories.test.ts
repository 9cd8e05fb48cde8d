import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import openapiCompatible from '../../checks/openapi-compatible.js'
import { checkCommand } from '../../src/cli/check-command.js'
import { GitRepo } from '../support/git-repo.js'
import { spec } from '../support/order-spec.js'

const BASE_OPS = ['GET /orders', 'GET /orders/{id}']
const CANCEL = 'POST /orders/{id}/cancel'

interface JsonReport {
  verdict: string
  base: string
  mergeBase: string
  head: string
  configuration: string
  checks: { id: string; status: string; findings: { ruleId?: string; operation?: string }[] }[]
}

/** `release-readiness check --format json` in-process, with only openapi-compatible. */
async function check(repo: GitRepo, base: string, head: string): Promise<JsonReport> {
  let out = ''
  const code = await checkCommand(
    ['--repo', repo.dir, '--base', base, '--head', head, '--format', 'json'],
    { stdout: (t) => (out += t), stderr: () => {}, cwd: repo.dir },
    [openapiCompatible]
  )
  const report = JSON.parse(out) as JsonReport
  expect(code).toBe(report.verdict === 'go' ? 0 : 1)
  return report
}

const openapi = (report: JsonReport) => report.checks.find((c) => c.id === 'openapi-compatible')!

describe('a pull request judged from its merge base', () => {
  const repo = new GitRepo()
  const sha: Record<string, string> = {}
  beforeAll(() => {
    sha.cut = repo.commit({ 'openapi.yaml': spec(BASE_OPS), 'src/app.ts': 'export {}\n' }, 'initial')
    // Two branches cut here, before main gains the cancel operation.
    repo.branch('describe', 'main')
    repo.commit({ 'openapi.yaml': spec(BASE_OPS, 'The shop API.') }, 'Describe the API')
    repo.branch('remove', sha.cut!)
    repo.commit({ 'openapi.yaml': spec(['GET /orders']) }, 'Drop the order lookup')
    repo.checkout('main')
    sha.main = repo.commit({ 'openapi.yaml': spec([...BASE_OPS, CANCEL]) }, 'Add cancel')
    // A branch that merged main in after main gained the operation, then changed the description.
    repo.branch('synced', 'describe')
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge main', 'main')
    repo.commit({ 'openapi.yaml': spec([...BASE_OPS, CANCEL], 'The shop API, synced.') }, 'Describe again')
    // A revert pull request: undo "Add cancel" on a branch from main.
    repo.branch('revert-cancel', 'main')
    repo.git('revert', '--no-edit', sha.main!)
  })
  afterAll(() => repo.remove())

  it('is GO for a stale branch that only adds a description (main gained an operation since)', async () => {
    const report = await check(repo, 'main', 'describe')

    expect(report.verdict).toBe('go')
    expect(openapi(report).status).toBe('pass')
    expect(report.base).toBe(sha.main)
    expect(report.mergeBase).toBe(sha.cut)
  })

  it('names only the operation a stale branch really removed, not what main added since', async () => {
    const report = await check(repo, 'main', 'remove')

    expect(report.verdict).toBe('no-go')
    expect(openapi(report).findings.map((f) => [f.ruleId, f.operation])).toEqual([
      ['api-path-removed-without-deprecation', 'GET /orders/{id}']
    ])
  })

  it('judges a branch that merged the base branch in from the later merge base', async () => {
    const report = await check(repo, 'main', 'synced')

    expect(report.mergeBase).toBe(sha.main)
    expect(openapi(report).status).toBe('pass')
  })

  it('blames a revert pull request for the operation it removes', async () => {
    const report = await check(repo, 'main', 'revert-cancel')

    expect(report.mergeBase).toBe(sha.main)
    expect(openapi(report).findings.map((f) => f.operation)).toEqual([CANCEL])
  })
})
