import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { AUTHOR, openPull, shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { addAppRoutes, type AppState } from './support/app-github.js'
import { RecheckLimiter } from '../../src/app/recheck-limiter.js'
import { appHarness, commentEvent } from './support/harness.js'

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
})

/** A NO-GO pull request (#7: code changed without docs) with one comment from `login`. */
async function commented(
  login: string,
  body: string
): Promise<{ github: FakeGitHub; state: AppState; event: Record<string, any> }> {
  const scenario = await shopOnFakeGitHub()
  github = scenario.github
  const state = addAppRoutes(github)
  openPull(github, scenario.undocumented, scenario.base)
  github.addComment(7, { login }, body)
  return { github, state, event: commentEvent(github, 7, login, body) }
}

describe('a pull request comment', () => {
  it('turns a NO-GO into GO with waivers when a maintainer waives the failing check', async () => {
    const { github, state, event } = await commented(
      'maintainer',
      '/release-readiness waive docs-updated Docs ship in the next PR'
    )
    const app = await appHarness(github)

    await app.receive('issue_comment', event)

    expect(state.checkRuns).toHaveLength(1)
    const [run] = state.checkRuns
    expect(run!.conclusion).toBe('success')
    expect(run!.output.title).toBe('GO with waivers')
    expect(run!.output.summary).toContain('Waived by **maintainer**')
    expect(run!.output.summary).toContain('Docs ship in the next PR')
  })

  it('turns a NO-GO into GO with waivers for a user named in waivers.allowed', async () => {
    const { github, state, event } = await commented(
      'release-lead',
      '/release-readiness waive docs-updated Approved by release management'
    )
    nock(github.url, { allowUnmocked: true })
      .get('/repos/acme/.github/contents/.github%2Frelease-readiness.yml')
      .query(true)
      .reply(200, 'waivers:\n  allowed: ["@release-lead"]\n', { 'content-type': 'text/plain; charset=utf-8' })
    const app = await appHarness(github)

    await app.receive('issue_comment', event)

    expect(state.checkRuns[0]!.conclusion).toBe('success')
    expect(state.checkRuns[0]!.output.summary).toContain('Waived by **release-lead**')
  })

  it('changes nothing for a waiver from someone without the permission, and says why', async () => {
    const { github, state, event } = await commented(
      'writer',
      '/release-readiness waive docs-updated Trust me'
    )
    const app = await appHarness(github)

    await app.receive('issue_comment', event)

    const [run] = state.checkRuns
    expect(run!.conclusion).toBe('failure')
    expect(run!.output.summary).toContain('**not accepted**')
    expect(run!.output.summary).toContain('@writer has the write role on this repository')
  })

  it("changes nothing for a waiver from the pull request's author, and says why", async () => {
    const { github, state, event } = await commented(
      AUTHOR.login,
      '/release-readiness waive docs-updated My own change is fine'
    )
    const app = await appHarness(github)

    await app.receive('issue_comment', event)

    const [run] = state.checkRuns
    expect(run!.conclusion).toBe('failure')
    expect(run!.output.summary).toContain('an author cannot waive checks on their own pull request')
  })

  it('re-evaluates on /release-readiness recheck', async () => {
    const { github, state, event } = await commented('writer', '/release-readiness recheck')
    const app = await appHarness(github)

    await app.receive('issue_comment', event)

    expect(state.checkRuns).toHaveLength(1)
    expect(state.checkRuns[0]!.conclusion).toBe('failure')
  })

  it('ignores comments without a command, on issues, and from bots', async () => {
    const { github, state, event } = await commented('writer', 'Looks good to me')
    const app = await appHarness(github)
    const onIssue = commentEvent(github, 7, 'writer', '/release-readiness recheck')
    delete onIssue.issue.pull_request
    const fromBot = commentEvent(github, 7, 'some-bot[bot]', '/release-readiness recheck')
    fromBot.comment.user.type = 'Bot'

    await app.receive('issue_comment', event)
    await app.receive('issue_comment', onIssue)
    await app.receive('issue_comment', fromBot)

    expect(state.checkRuns).toEqual([])
    expect(github.count()).toBe(0)
    expect(app.logs).toContain('#7 is an issue, not a pull request; ignoring the comment.')
    expect(app.logs).toContain('Comment by some-bot[bot] (a bot); ignoring it.')
  })

  it('re-evaluates at once when a waiver comment is deleted, withdrawing the waiver', async () => {
    const waive = '/release-readiness waive docs-updated Docs ship in the next PR'
    const scenario = await shopOnFakeGitHub()
    github = scenario.github
    const state = addAppRoutes(github)
    openPull(github, scenario.undocumented, scenario.base)
    const event = commentEvent(github, 7, 'maintainer', waive)
    event.action = 'deleted'
    const app = await appHarness(github)

    await app.receive('issue_comment', event)

    expect(state.checkRuns).toHaveLength(1)
    expect(state.checkRuns[0]!.conclusion).toBe('failure')
  })

  it('re-evaluates at once when a waiver comment is edited, and does not grant the edited waiver', async () => {
    const waive = '/release-readiness waive docs-updated Docs ship in the next PR'
    const { github, state } = await commented('maintainer', waive)
    github.comments.get(7)![0]!.updated_at = '2026-12-01T00:00:00Z'
    const event = commentEvent(github, 7, 'maintainer', waive)
    event.action = 'edited'
    event.changes = { body: { from: 'Waiting for docs.' } }
    const app = await appHarness(github)

    await app.receive('issue_comment', event)

    expect(state.checkRuns).toHaveLength(1)
    expect(state.checkRuns[0]!.conclusion).toBe('failure')
    expect(state.checkRuns[0]!.output.summary).toContain('The comment was edited after it was posted')
  })

  it('ignores an edit or a deletion of a comment that never had a waiver command', async () => {
    const { github, state } = await commented('writer', 'Looks good')
    const edited = commentEvent(github, 7, 'writer', 'Looks good to me')
    edited.action = 'edited'
    edited.changes = { body: { from: 'Looks good' } }
    const deleted = commentEvent(github, 7, 'writer', '/release-readiness recheck')
    deleted.action = 'deleted'
    const app = await appHarness(github)

    await app.receive('issue_comment', edited)
    await app.receive('issue_comment', deleted)

    expect(state.checkRuns).toEqual([])
    expect(github.count()).toBe(0)
  })

  it('ignores a command from someone who is not an owner, member, collaborator or the author, and calls no API', async () => {
    const { github, state } = await commented('passer-by', '/release-readiness recheck')
    const app = await appHarness(github)

    for (const association of ['NONE', 'CONTRIBUTOR', 'FIRST_TIMER', 'FIRST_TIME_CONTRIBUTOR', 'MANNEQUIN'])
      await app.receive(
        'issue_comment',
        commentEvent(github, 7, 'passer-by', '/release-readiness recheck', association)
      )

    expect(state.checkRuns).toEqual([])
    expect(github.count()).toBe(0)
    expect(app.logs).toContain(
      "/release-readiness command on #7 by passer-by ignored: only owners, members, collaborators and the pull request's author can run it (they are NONE)."
    )
  })

  it("acts on a command from the pull request's author even without an association", async () => {
    const { github, state } = await commented(AUTHOR.login, '/release-readiness recheck')
    const app = await appHarness(github)

    await app.receive(
      'issue_comment',
      commentEvent(github, 7, AUTHOR.login, '/release-readiness recheck', 'NONE')
    )

    expect(state.checkRuns.map((r) => r.conclusion)).toEqual(['failure'])
  })

  it('evaluates 80 recheck comments, one after the other, 3 times in 5 minutes, and schedules one more for when the window opens', async () => {
    const { github, state } = await commented('maintainer', '/release-readiness recheck')
    const rechecks = new RecheckLimiter(3, 300_000)
    const app = await appHarness(github, { rechecks })
    const command = (): Record<string, any> =>
      commentEvent(github, 7, 'maintainer', '/release-readiness recheck', 'MEMBER')
    await appHarness(github).then((one) => one.receive('issue_comment', command()))
    const perEvaluation = github.count()
    github.requests.length = 0

    for (let i = 0; i < 80; i++) await app.receive('issue_comment', command())

    // Unlimited, 80 evaluations cost 960 calls (12 each once the check run and comment exist, the
    // comparison that gives the merge base included); 3 are taken.
    expect(perEvaluation).toBe(13)
    expect(github.count()).toBe(3 * 12)
    expect(state.checkRuns.map((r) => [r.conclusion, r.completedAt.length])).toEqual([['failure', 4]])
    const limited = app.logs.filter((m) => m.includes('rate-limited'))
    expect(limited).toHaveLength(77)
    expect(limited.filter((m) => m.includes('one evaluation is scheduled for'))).toHaveLength(1)
    expect(limited.filter((m) => m.includes('it joins the evaluation scheduled for'))).toHaveLength(76)
    expect(rechecks.cancelAll()).toBe(1)
  })
})
