import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { join } from 'node:path'
import { openPull } from '../support/action-scenario.js'
import { FakeGitHub, readFolder } from '../support/fake-github.js'
import { fixturesDir } from '../support/fixture-source.js'
import { addAppRoutes, type AppState } from './support/app-github.js'
import { appHarness, pullRequestEvent } from './support/harness.js'

let github: FakeGitHub | undefined
beforeAll(() => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1')
})
afterEach(async () => {
  const violations = github?.violations ?? []
  await github?.stop()
  expect(violations).toEqual([])
  nock.cleanAll()
})

/** acme/shop whose base branch carries `config` as .github/release-readiness.yml; #7 is a NO-GO. */
async function withConfig(
  config: string
): Promise<{ github: FakeGitHub; state: AppState; payload: Record<string, any> }> {
  github = new FakeGitHub('acme/shop')
  const folder = (name: string) => readFolder(join(fixturesDir, 'repos', 'action-shop', name))
  const baseFiles = folder('base')
  baseFiles.set('.github/release-readiness.yml', Buffer.from(config))
  const base = github.commit(baseFiles)
  const headFiles = folder('head-undocumented')
  headFiles.set('.github/release-readiness.yml', Buffer.from(config))
  const head = github.commit(headFiles, base)
  github.refs.set('heads/main', base)
  const state = addAppRoutes(github)
  await github.start()
  const pull = openPull(github, head, base)
  return { github, state, payload: pullRequestEvent(github, pull) }
}

describe('the configuration', () => {
  it('is read from the base branch and applied (advisory mode reports NO-GO as neutral)', async () => {
    const { github, state, payload } = await withConfig('mode: advisory\n')
    const app = await appHarness(github)

    await app.receive('pull_request', payload)

    expect(state.checkRuns[0]!.conclusion).toBe('neutral')
    expect(github.count({ path: /\/contents\// })).toBe(0)
  })

  it('fails the check run with an annotation on the offending line when it is invalid', async () => {
    const { github, state, payload } = await withConfig(
      'mode: enforce\nchecks:\n  docs-updatd:\n    level: warn\n'
    )
    const app = await appHarness(github)

    await app.receive('pull_request', payload)

    const [run] = state.checkRuns
    expect(run!.conclusion).toBe('failure')
    expect(run!.output.title).toBe('Invalid configuration')
    expect(run!.output.annotations).toEqual([
      {
        path: '.github/release-readiness.yml',
        start_line: 3,
        end_line: 3,
        annotation_level: 'failure',
        title: 'release-readiness: invalid configuration',
        message: expect.stringContaining(
          'checks.docs-updatd: unknown check "docs-updatd". Did you mean "docs-updated"?'
        )
      }
    ])
  })

  it('merges _extends from the organization and validates the result', async () => {
    const { github, state, payload } = await withConfig('_extends: .github\nmode: enforce\n')
    nock(github.url, { allowUnmocked: true })
      .get('/repos/acme/.github/contents/.github%2Frelease-readiness.yml')
      .reply(200, 'checks:\n  docs-updated:\n    level: warn\n', {
        'content-type': 'text/plain; charset=utf-8'
      })
    const app = await appHarness(github)

    await app.receive('pull_request', payload)

    const [run] = state.checkRuns
    expect(run!.conclusion).toBe('success')
    expect(run!.output.summary).toContain('docs-updated')
  })

  it('fails the check run closed, with the reason, when the _extends target cannot be read', async () => {
    const { github, state, payload } = await withConfig('_extends: .github\nmode: advisory\n')
    const app = await appHarness(github)

    await app.receive('pull_request', payload)

    const [run] = state.checkRuns
    expect(run!.conclusion).toBe('failure')
    expect(run!.output.title).toBe('Invalid configuration')
    expect(run!.output.summary).toContain(
      '_extends: .github points to acme/.github:.github/release-readiness.yml, which could not be read (GitHub answered 404'
    )
  })

  it('names the configuration it used, file and ref, in the check run', async () => {
    const { github, state, payload } = await withConfig('mode: advisory\n')
    const app = await appHarness(github)

    await app.receive('pull_request', payload)

    const base = payload.pull_request.base.sha as string
    expect(state.checkRuns[0]!.output.summary).toContain(
      `(merge base ${base.slice(0, 7)}), configuration .github/release-readiness.yml@${base.slice(0, 7)}`
    )
  })
})
