import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import openapiCompatible from '../../checks/openapi-compatible.js'
import { checkCommand } from '../../src/cli/check-command.js'
import { GitRepo } from '../support/git-repo.js'
import { spec } from '../support/order-spec.js'

const BASE_OPS = ['GET /orders', 'GET /orders/{id}']
const CANCEL = 'POST /orders/{id}/cancel'

interface JsonReport {
  verdict: string
  notices: string[]
  base: string
  mergeBase: string
  head: string
  configuration: string
  checks: { id: string; status: string; findings: { ruleId?: string; operation?: string }[] }[]
}

/** `release-readiness check --format json` in-process, with only openapi-compatible. */
async function check(repo: GitRepo, base: string, head: string): Promise<JsonReport> {
  const out = await render(repo, base, head, 'json')
  return JSON.parse(out) as JsonReport
}

async function render(repo: GitRepo, base: string, head: string, format: string): Promise<string> {
  let out = ''
  await checkCommand(
    ['--repo', repo.dir, '--base', base, '--head', head, '--format', format],
    { stdout: (t) => (out += t), stderr: () => {}, cwd: repo.dir },
    [openapiCompatible]
  )
  return out
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

describe('every report format', () => {
  const repo = new GitRepo()
  beforeAll(() => {
    repo.commit({ 'openapi.yaml': spec(BASE_OPS) }, 'initial')
    repo.commit({ '.github/release-readiness.yml': 'mode: enforce\n' }, 'Configure')
    repo.branch('weaken', 'main')
    repo.commit(
      {
        '.github/release-readiness.yml': 'checks:\n  openapi-compatible:\n    level: off\n',
        'openapi.yaml': spec(['GET /orders'])
      },
      'Turn the check off and remove an operation'
    )
  })
  afterAll(() => repo.remove())

  it('judges a pull request that changes the configuration by the base’s, and says it applies after merge', async () => {
    const report = await check(repo, 'main', 'weaken')
    const main = repo.git('rev-parse', '--short=7', 'main').trim()

    expect(report.verdict).toBe('no-go')
    expect(report.configuration).toBe(`.github/release-readiness.yml@${main}`)
    expect(report.notices).toEqual([
      `This pull request changes .github/release-readiness.yml. It was judged with the configuration of its base (.github/release-readiness.yml@${main}): a pull request cannot change its own gate, so the new configuration applies after merge.`
    ])
  })

  it.each(['text', 'markdown', 'html', 'json'])(
    'names what it judged and the configuration in %s',
    async (format) => {
      const main = repo.git('rev-parse', '--short=7', 'main').trim()
      const head = repo.git('rev-parse', '--short=7', 'weaken').trim()
      const out = await render(repo, 'main', 'weaken', format)
      expect(out).toContain(
        `Judged: ${main}...${head} (merge base ${main}), configuration .github/release-readiness.yml@${main}`
      )
      expect(out).toContain('the new configuration applies after merge')
    }
  )
})
