import { afterEach, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { openPull, pullRequestPayload, shopOnFakeGitHub } from '../support/action-scenario.js'
import { readFolder, type FakeGitHub, type Files } from '../support/fake-github.js'
import { fixturesDir } from '../support/fixture-source.js'
import { runAction } from '../support/run-action.js'

let github: FakeGitHub | undefined
afterEach(async () => {
  if (github) expect(github.violations).toEqual([])
  await github?.stop()
  github = undefined
})

/**
 * acme/shop with GET /pets removed and `padding` new doc pages sorted before `openapi/`: a list
 * capped at `padding` files ends just before the removal (the pages satisfy docs-updated).
 */
function paddedHead(padding: number): Files {
  const files = readFolder(join(fixturesDir, 'repos', 'action-shop', 'base'))
  for (let i = 0; i < padding; i++)
    files.set(`docs/generated/page-${String(i).padStart(4, '0')}.md`, Buffer.from(`# Page ${i}\n`))
  files.set(
    'openapi/pets.yaml',
    Buffer.from('openapi: 3.0.3\ninfo:\n  title: Pets\n  version: 1.0.0\npaths: {}\n')
  )
  return files
}

describe('the Action on a change longer than GitHub lists', () => {
  it('judges a 3,001-file pull request completely and fails it for the operation it removes', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const pull = openPull(github, github.commit(paddedHead(3000), shop.base), shop.base)

    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.outputs['failed-checks']).toBe('openapi-compatible')
    expect(github.count({ path: /\/pulls\/7\/files$/ })).toBe(30)
  })

  it('judges a 301-file comparison (base-ref given) completely from the two trees', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const pull = openPull(github, github.commit(paddedHead(300), shop.base), shop.base)

    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull),
      inputs: { 'base-ref': 'main' }
    })

    expect(run.code).toBe(1)
    expect(run.outputs['failed-checks']).toBe('openapi-compatible')
    expect(github.count({ path: /\/pulls\/7\/files$/ })).toBe(0)
    expect(
      github.requests.filter((r) => r.path.includes('/compare/')).map((r) => r.query.get('page'))
    ).toEqual(['1'])
  })
})
