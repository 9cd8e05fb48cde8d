import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { runTask } from '../../src/app/jobs.js'
import type { Logger } from '../../src/engine/types.js'
import { STICKY_MARKER } from '../../src/sources/github/sticky-comment.js'
import { openPull, shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { addAppRoutes, type AppState } from './support/app-github.js'
import { appHarness, pullRequestEvent } from './support/harness.js'

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined
}
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

async function shop(): Promise<
  { github: FakeGitHub; state: AppState } & Awaited<ReturnType<typeof shopOnFakeGitHub>>
> {
  const scenario = await shopOnFakeGitHub()
  github = scenario.github
  return { ...scenario, state: addAppRoutes(scenario.github) }
}

describe('a pull request event', () => {
  it('creates one in-progress check run on the head, then completes it with success for a GO', async () => {
    const { github, state, documented, base } = await shop()
    const pull = openPull(github, documented, base)
    const app = await appHarness(github)

    await app.receive('pull_request', pullRequestEvent(github, pull, 'opened'))

    expect(state.checkRuns).toHaveLength(1)
    const [run] = state.checkRuns
    expect(run).toMatchObject({
      name: 'Release readiness',
      head_sha: documented,
      status: 'completed',
      conclusion: 'success',
      external_id: 'pull_request:7'
    })
    expect(run!.output.title).toBe('GO')
    expect(run!.output.summary).toContain('Release readiness: GO')
    expect(run!.actions).toEqual([
      { label: 'Re-run', identifier: 'rerun', description: 'Evaluate this change again' }
    ])
    const creates = github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))
    expect(creates.map((r) => (r.body as { status: string }).status)).toEqual(['in_progress'])
    expect(github.comments.get(7)).toEqual([])
  })

  it('fails the check run for a NO-GO and posts the sticky comment', async () => {
    const { github, state, undocumented, base } = await shop()
    const pull = openPull(github, undocumented, base)
    const app = await appHarness(github)

    await app.receive('pull_request', pullRequestEvent(github, pull, 'opened'))

    const [run] = state.checkRuns
    expect(run!.conclusion).toBe('failure')
    expect(run!.output.title).toBe('NO-GO (docs-updated)')
    expect(run!.output.summary).toContain('docs-updated')
    const comments = github.comments.get(7)!
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body.startsWith(STICKY_MARKER)).toBe(true)
  })

  it('updates the same check run when the event is delivered again, never adding a second one', async () => {
    const { github, state, undocumented, base } = await shop()
    const pull = openPull(github, undocumented, base)
    const app = await appHarness(github)
    const payload = pullRequestEvent(github, pull, 'synchronize')

    await app.receive('pull_request', payload)
    await app.receive('pull_request', payload)
    await app.receive('pull_request', pullRequestEvent(github, pull, 'labeled'))

    expect(state.checkRuns).toHaveLength(1)
    expect(state.checkRuns[0]!.completedAt).toHaveLength(3)
    expect(github.comments.get(7)).toHaveLength(1)
  })

  it('reports a NO-GO as neutral in advisory mode, and says so', async () => {
    const { github, state, undocumented, base } = await shop()
    const pull = openPull(github, undocumented, base)
    nock(github.url, { allowUnmocked: true })
      .get('/repos/acme/.github/contents/.github%2Frelease-readiness.yml')
      .query(true)
      .reply(200, 'mode: advisory\n', { 'content-type': 'text/plain; charset=utf-8' })
    const app = await appHarness(github)
    // The repository's own file is absent at the base; the organization's defaults say advisory.
    await app.receive('pull_request', pullRequestEvent(github, pull, 'opened'))

    expect(state.checkRuns[0]!.conclusion).toBe('neutral')
    expect(state.checkRuns[0]!.output.title).toContain('advisory')
  })

  it('does not evaluate a closed pull request', async () => {
    const { github, state, documented, base } = await shop()
    const pull = openPull(github, documented, base)
    const app = await appHarness(github)
    const payload: Record<string, any> = { ...pullRequestEvent(github, pull, 'opened'), action: 'edited' }
    payload.pull_request.state = 'closed'

    await app.receive('pull_request', payload)

    expect(state.checkRuns).toEqual([])
    expect(github.count()).toBe(0)
    expect(app.logs).toContain('Pull request #7 is closed, not evaluating.')
  })
})

describe('a stored pull request job (durable queue)', () => {
  const task = (number: number) =>
    ({ kind: 'pull_request', installation: 1, owner: 'acme', repo: 'shop', number }) as const

  it('reads the pull request when it runs, so it judges the newest head', async () => {
    const { github, state, documented, undocumented, base } = await shop()
    openPull(github, undocumented, base)
    const app = await appHarness(github)
    // The head moved after the job was stored: the job judges what the pull request is now.
    openPull(github, documented, base)

    await runTask(task(7), { octokit: await app.probot.auth(1), log: quiet } as never, app.deps)

    expect(state.checkRuns.map((r) => [r.head_sha, r.status, r.conclusion])).toEqual([
      [documented, 'completed', 'success']
    ])
  })

  it('writes no final result once another instance took its subject over', async () => {
    const { github, state, undocumented, base } = await shop()
    openPull(github, undocumented, base)
    const app = await appHarness(github)
    let asked = 0
    const current = async (): Promise<boolean> => (asked++, false)

    await runTask(task(7), { octokit: await app.probot.auth(1), log: quiet } as never, app.deps, { current })

    expect(asked).toBe(1)
    expect(state.checkRuns.map((r) => [r.head_sha, r.status, r.conclusion])).toEqual([
      [undocumented, 'in_progress', null]
    ])
    expect(github.comments.get(7)).toEqual([])
  })
})
