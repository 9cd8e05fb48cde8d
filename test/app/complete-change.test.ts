import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { join } from 'node:path'
import { mergedPull, openPull, shopOnFakeGitHub } from '../support/action-scenario.js'
import { gitBlobSha, readFolder, type FakeGitHub, type Files } from '../support/fake-github.js'
import { fixturesDir } from '../support/fixture-source.js'
import { addAppRoutes, type AppState } from './support/app-github.js'
import { appHarness, deploymentProtectionEvent, pullRequestEvent } from './support/harness.js'

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

const NO_OPERATIONS = 'openapi: 3.0.3\ninfo:\n  title: Pets\n  version: 1.0.0\npaths: {}\n'

/**
 * acme/shop with GET /pets removed, and `padding` new doc pages whose paths sort before
 * `openapi/`: `padding + 1` changed files, the removal last, so a list capped at `padding` files
 * never shows it (and the doc pages satisfy docs-updated: only the removal can block).
 */
function paddedHead(padding: number): Files {
  const files = readFolder(join(fixturesDir, 'repos', 'action-shop', 'base'))
  for (let i = 0; i < padding; i++)
    files.set(`docs/generated/page-${String(i).padStart(4, '0')}.md`, Buffer.from(`# Page ${i}\n`))
  files.set('openapi/pets.yaml', Buffer.from(NO_OPERATIONS))
  return files
}

async function shop(): Promise<Awaited<ReturnType<typeof shopOnFakeGitHub>> & { state: AppState }> {
  const scenario = await shopOnFakeGitHub()
  github = scenario.github
  github.addRelease('v1.0.0', scenario.base)
  return { ...scenario, state: addAppRoutes(github) }
}

describe('a change longer than GitHub lists', () => {
  it('judges a 3,001-file pull request completely: NO-GO for the operation it removes', async () => {
    const { github, state, base } = await shop()
    const head = github.commit(paddedHead(3000), base)
    const pull = openPull(github, head, base)
    const app = await appHarness(github)

    await app.receive('pull_request', pullRequestEvent(github, pull, 'opened'))

    const [run] = state.checkRuns
    expect(run!.conclusion).toBe('failure')
    expect(run!.output.title).toBe('NO-GO (openapi-compatible)')
    expect(run!.output.summary).toContain('GET /pets')
    expect(github.count({ path: /\/pulls\/7\/files$/ })).toBe(30)
  })

  it('rejects a 301-file deployment that removes an operation, judged from the two trees', async () => {
    const { github, state, base } = await shop()
    const head = github.commit(paddedHead(300), base)
    mergedPull(github, head, base)
    const app = await appHarness(github)

    await app.receive('deployment_protection_rule', deploymentProtectionEvent(github, head, 4301))

    expect(state.gateAnswers.map((a) => (a.body as { state: string }).state)).toEqual(['rejected'])
    expect((state.gateAnswers[0]!.body as { comment: string }).comment).toContain('openapi-compatible')
    expect(github.count({ path: /\/compare\// })).toBeGreaterThanOrEqual(1)
    expect(github.count({ path: /\/git\/trees\// })).toBeGreaterThanOrEqual(2)
  })
})

describe('a read that keeps failing', () => {
  it('ends openapi-compatible in error when the base blob answers 502 on every try', async () => {
    const { github, state, base } = await shop()
    const head = github.commit(paddedHead(1), base)
    const baseSpec = github.commits.get(base)!.files.get('openapi/pets.yaml')!
    github.fail({ path: new RegExp(`/git/blobs/${gitBlobSha(baseSpec)}$`), status: 502, times: Infinity })
    const pull = openPull(github, head, base)
    const app = await appHarness(github)

    await app.receive('pull_request', pullRequestEvent(github, pull, 'opened'))

    const [run] = state.checkRuns
    expect(run!.conclusion).toBe('failure')
    expect(run!.output.title).toBe('NO-GO (openapi-compatible)')
    expect(run!.output.summary).toMatch(
      /⛔ \| \[`openapi-compatible`\][^|]*\| Could not run: \\\[release-readiness\\\] The GitHub API kept failing: GET \/repos\/acme\/shop\/git\/blobs\/[0-9a-f]{40} answered 502 2 time\(s\) in a row/
    )
  })
})
