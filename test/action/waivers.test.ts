import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { FakeGitHub, FakePull } from '../support/fake-github.js'
import {
  AUTHOR,
  example,
  openPull,
  pullRequestPayload,
  shopOnFakeGitHub
} from '../support/action-scenario.js'
import { runAction } from '../support/run-action.js'

let github: FakeGitHub | undefined
afterEach(async () => {
  if (github) expect(github.violations).toEqual([])
  await github?.stop()
  github = undefined
})

const WAIVE = '/release-readiness waive docs-updated Docs ship with the next release; tracked in #12.'

async function undocumentedPull() {
  const shop = await shopOnFakeGitHub()
  github = shop.github
  const pull = openPull(github, shop.undocumented, shop.base)
  return { github, pull }
}

function report(path: string | undefined): any {
  return JSON.parse(readFileSync(path!, 'utf8'))
}

describe('a waiver is bound to the head it was granted at', () => {
  /** Pushes a commit on top of the pull request's head, after every comment so far. */
  function push(github: FakeGitHub, pull: FakePull, path: string, text: string): string {
    const files = new Map(github.commits.get(pull.head.sha)!.files)
    files.set(path, Buffer.from(text))
    const next = github.commit(files, pull.head.sha)
    github.pushedAt.set(next, '2026-12-01T00:00:00Z')
    pull.earlierHeads = [...(pull.earlierHeads ?? []), pull.head.sha]
    pull.head.sha = next
    return next
  }

  it('does not cover a later push that adds a blocking finding, and says so', async () => {
    const { github, pull } = await undocumentedPull()
    const granted = pull.head.sha
    github.addComment(7, { login: 'maintainer' }, WAIVE)
    push(github, pull, 'src/refunds.ts', 'export const refunds = []\n')
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull, 'synchronize')
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    const json = report(run.outputs['report-json'])
    expect(json.waivers.applied).toEqual([])
    expect(json.waivers.rejected).toEqual([
      expect.objectContaining({
        check: 'docs-updated',
        requestedBy: 'maintainer',
        rejection: expect.stringMatching(
          new RegExp(
            `^Granted at an older head \\(${granted.slice(0, 7)}\\); new findings need a new waiver: "src/pets\\.ts · src/pets\\.ts, src/refunds\\.ts changed`
          )
        )
      })
    ])
    expect(run.summary).toContain('new findings need a new waiver')
  })

  it('still covers a later push that adds no new finding, recording the head it was granted at', async () => {
    const { github, pull } = await undocumentedPull()
    const granted = pull.head.sha
    github.addComment(7, { login: 'maintainer' }, WAIVE)
    push(github, pull, 'test/pets.test.ts', 'test("pets", () => {})\n')
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull, 'synchronize')
    })

    expect(run.code).toBe(0)
    expect(run.outputs.outcome).toBe('go-with-waivers')
    const json = report(run.outputs['report-json'])
    expect(json.waivers.applied).toEqual([
      expect.objectContaining({ check: 'docs-updated', head: granted, matched: 1 })
    ])
    // Every report says how many findings the waiver matched, and at which head it was granted.
    expect(run.summary).toContain(
      `| \`docs-updated\` | granted: 1 finding at ${granted.slice(0, 7)} | maintainer |`
    )
  })
})

describe('a waiver granted at an older head is judged at that head as any change is', () => {
  it("reads the older head from its own merge base, and completes GitHub's capped comparison from the trees", async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    // The head the waiver is granted at changes 311 files: past the comparison's 300-file cap.
    const files = new Map(github.commits.get(shop.undocumented)!.files)
    for (let i = 0; i < 310; i++)
      files.set(`src/generated/g${String(i).padStart(3, '0')}.ts`, Buffer.from(`export const g${i} = ${i}\n`))
    const granted = github.commit(files, shop.base)
    const pull = openPull(github, granted, shop.base)
    github.addComment(7, { login: 'maintainer' }, WAIVE)
    // Then main moves on and the author merges it into the branch: the merge base moves too.
    const mainFiles = new Map(github.commits.get(shop.base)!.files)
    mainFiles.set('ops/runbook.md', Buffer.from('# Runbook\n'))
    const main = github.commit(mainFiles, shop.base)
    github.refs.set('heads/main', main)
    const merged = new Map(files)
    merged.set('ops/runbook.md', Buffer.from('# Runbook\n'))
    const head = github.commitWith(merged, { parents: [granted, main], message: 'Merge main' })
    github.pushedAt.set(head, '2026-12-01T00:00:00Z')
    pull.earlierHeads = [granted]
    pull.head.sha = head
    pull.base.sha = main

    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull, 'synchronize')
    })

    expect(run.outputs.outcome).toBe('go-with-waivers')
    const json = report(run.outputs['report-json'])
    expect(json.mergeBase).toBe(main)
    expect(json.waivers.rejected).toEqual([])
    expect(json.waivers.applied).toEqual([
      expect.objectContaining({
        check: 'docs-updated',
        head: granted,
        matched: 1,
        findings: [
          expect.stringMatching(
            /^src\/generated\/g000\.ts · src\/generated\/g000\.ts, src\/generated\/g001\.ts, src\/generated\/g002\.ts and 308 more changed/
          )
        ]
      })
    ])
    // The older head: its comparison with the requested base (which gives its own merge base, the
    // old base), capped, so the change is computed from the old base's and the older head's trees.
    expect(github.count({ path: new RegExp(`/compare/${main}\\.\\.\\.${granted}$`) })).toBe(1)
    expect(github.count({ path: new RegExp(`/git/trees/${shop.base}`) })).toBe(1)
    expect(github.count({ path: new RegExp(`/git/trees/${granted}`) })).toBe(1)
  })
})

describe('waivers on a pull request', () => {
  it('turns NO-GO into GO with waivers when a maintainer waives, and shows who, when and why', async () => {
    const { github, pull } = await undocumentedPull()
    github.addComment(7, { login: 'maintainer' }, `Agreed.\n\n${WAIVE}`)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('go')
    expect(run.outputs.outcome).toBe('go-with-waivers')
    const json = report(run.outputs['report-json'])
    const waiver = json.checks.find((c: { id: string }) => c.id === 'docs-updated').waiver
    expect(waiver).toMatchObject({
      check: 'docs-updated',
      grantedBy: 'maintainer',
      reason: 'Docs ship with the next release; tracked in #12.'
    })
    expect(waiver.grantedAt).toMatch(/^2026-/)
    expect(run.summary).toContain('maintainer')
    expect(run.summary).toContain('tracked in #12')
    // A waived gate still gets a comment, so the waiver is visible on the pull request.
    expect(github.comments.get(7)!.filter((c) => c.user.type === 'Bot')).toHaveLength(1)
  })

  it('rejects a waiver from someone with only write permission, and says why', async () => {
    const { github, pull } = await undocumentedPull()
    github.addComment(7, { login: 'writer' }, WAIVE)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    const json = report(run.outputs['report-json'])
    expect(json.checks.find((c: { id: string }) => c.id === 'docs-updated').waiver).toBeNull()
    expect(run.summary).toContain('writer')
    expect(run.summary).toMatch(/maintain or admin/)
  })

  it('never lets the pull request author waive their own pull request, even as a maintainer', async () => {
    const { github, pull } = await undocumentedPull()
    github.addComment(7, AUTHOR, WAIVE)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })
    expect(run.code).toBe(1)
    expect(run.summary).toMatch(/cannot waive checks on their own pull request/)
    expect(github.count({ path: /\/permission$/ })).toBe(0)
  })

  it('accepts members of a team named in waivers.allowed and refuses maintainers who are not in it', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const config = Buffer.from('waivers:\n  allowed: ["@acme/release-managers"]\n')
    const base = github.commit(
      new Map([...github.commits.get(shop.base)!.files, ['.github/release-readiness.yml', config]])
    )
    const head = github.commit(
      new Map([...github.commits.get(shop.undocumented)!.files, ['.github/release-readiness.yml', config]]),
      base
    )
    github.teams.set('acme/release-managers', ['release-lead'])
    const pull = openPull(github, head, base)
    github.addComment(7, { login: 'maintainer' }, WAIVE)
    let run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })
    expect(run.code).toBe(1)
    expect(run.summary).toContain('not in waivers.allowed')

    github.addComment(7, { login: 'release-lead' }, WAIVE)
    run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })
    expect(run.code).toBe(0)
    expect(run.outputs.outcome).toBe('go-with-waivers')
  })

  it('re-evaluates the pull request when a waiver is posted (issue_comment)', async () => {
    const { github, pull } = await undocumentedPull()
    const comment = github.addComment(7, { login: 'maintainer' }, WAIVE)
    const payload = example('issue_comment', 'created')
    payload.issue.number = 7
    payload.issue.pull_request = { url: `${github.url}/repos/acme/shop/pulls/7` }
    payload.comment.body = comment.body
    payload.comment.user.login = 'maintainer'
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({ apiUrl: github.url, eventName: 'issue_comment', payload })

    expect(run.code).toBe(0)
    expect(run.outputs.outcome).toBe('go-with-waivers')
    expect(github.count({ method: 'GET', path: /\/pulls\/7$/ })).toBe(1)
    expect(pull.number).toBe(7)
  })

  it.each([
    ['an ordinary comment', 'LGTM, thanks!'],
    ['its own report comment', '<!-- release-readiness:sticky-comment -->\n## Release readiness: NO-GO']
  ])('does not re-evaluate on %s', async (_, body) => {
    const { github } = await undocumentedPull()
    const payload = example('issue_comment', 'created')
    payload.issue.number = 7
    payload.issue.pull_request = { url: `${github.url}/repos/acme/shop/pulls/7` }
    payload.comment.body = body
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({ apiUrl: github.url, eventName: 'issue_comment', payload })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Skipped')
    expect(github.count()).toBe(0)
  })

  it('re-evaluates when a waiver comment is deleted, withdrawing the waiver', async () => {
    const { github, pull } = await undocumentedPull()
    const payload = example('issue_comment', 'deleted')
    payload.issue.number = 7
    payload.issue.pull_request = { url: `${github.url}/repos/acme/shop/pulls/7` }
    payload.comment.body = WAIVE
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({ apiUrl: github.url, eventName: 'issue_comment', payload })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(pull.number).toBe(7)
  })

  it('re-evaluates when a waiver comment is edited, and refuses the edited waiver', async () => {
    const { github } = await undocumentedPull()
    const comment = github.addComment(7, { login: 'maintainer' }, WAIVE)
    comment.updated_at = '2026-12-01T00:00:00Z'
    const payload = example('issue_comment', 'edited')
    payload.issue.number = 7
    payload.issue.pull_request = { url: `${github.url}/repos/acme/shop/pulls/7` }
    payload.comment.body = WAIVE
    payload.changes = { body: { from: 'Waiving docs.' } }
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({ apiUrl: github.url, eventName: 'issue_comment', payload })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.summary).toContain('The comment was edited after it was posted')
  })

  it('does nothing for a comment on an issue that is not a pull request', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const payload = example('issue_comment', 'created')
    payload.repository.full_name = 'acme/shop'
    const run = await runAction({ apiUrl: github.url, eventName: 'issue_comment', payload })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('is not a pull request')
    expect(github.count()).toBe(0)
  })
})
