import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { STICKY_MARKER } from '../../src/sources/github/sticky-comment.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { openPull, pullRequestPayload, shopOnFakeGitHub } from '../support/action-scenario.js'
import { runAction } from '../support/run-action.js'
import { GitRepo } from '../support/git-repo.js'

let github: FakeGitHub | undefined
afterEach(async () => {
  if (github) expect(github.violations).toEqual([])
  await github?.stop()
  github = undefined
})

describe('the Action on a pull request', () => {
  it('passes a pull request whose code change comes with a changelog entry, without commenting', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const pull = openPull(github, shop.documented, shop.base)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('go')
    expect(run.outputs['failed-checks']).toBe('')
    expect(run.summary).toContain('docs-updated')
    const json = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'))
    expect(json.verdict).toBe('go')
    expect(json.checks.find((c: { id: string }) => c.id === 'docs-updated').status).toBe('pass')
    expect(github.comments.get(7)).toEqual([])
    // 8 calls: the organization's defaults (no configuration here), the comparison (its merge base),
    // the file list, the two trees, the changed document's two blobs, the comments.
    expect(
      github.requests.map((r) => `${r.method} ${r.path.replace(/[0-9a-f]{40}/g, 'SHA')}`).sort()
    ).toEqual([
      'GET /repos/acme/.github/contents/.github%2Frelease-readiness.yml',
      'GET /repos/acme/shop/compare/SHA...SHA',
      'GET /repos/acme/shop/git/blobs/SHA',
      'GET /repos/acme/shop/git/blobs/SHA',
      'GET /repos/acme/shop/git/trees/SHA',
      'GET /repos/acme/shop/git/trees/SHA',
      'GET /repos/acme/shop/issues/7/comments',
      'GET /repos/acme/shop/pulls/7/files'
    ])
  })

  it('fails a pull request that changes code without docs, annotates it, and posts one sticky comment', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const pull = openPull(github, shop.undocumented, shop.base)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.outputs['failed-checks']).toBe('docs-updated')
    const failure = run.annotations.filter((a) => a.command === 'error').at(-1)
    expect(failure?.message).toBe(
      'Release readiness: NO-GO (docs-updated). See the job summary for what to fix.'
    )
    expect(
      run.annotations.some(
        (a) => a.command === 'error' && a.properties.title === 'release-readiness: docs-updated'
      )
    ).toBe(true)
    const comments = github.comments.get(7)!
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body.startsWith(STICKY_MARKER)).toBe(true)
    expect(comments[0]!.body).toContain('docs-updated')
    expect(run.stdout).not.toMatch(/at .*\(.*\.js:\d+:\d+\)/)
  })

  it('keeps to GitHub’s 10 error annotations, the NO-GO message included, and sums up the rest', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    // One docs rule per module: 15 modules changed without their docs make 15 findings.
    const ids = Array.from({ length: 15 }, (_, i) => String(i).padStart(2, '0'))
    const rules = ids.map(
      (id) => `      - { when: ["src/module-${id}.ts"], require: ["docs/module-${id}.md"] }`
    )
    const config = `checks:\n  docs-updated:\n    rules:\n${rules.join('\n')}\n`
    const baseFiles = new Map(github.commits.get(shop.base)!.files)
    baseFiles.set('.github/release-readiness.yml', Buffer.from(config))
    const base = github.commit(baseFiles)
    const headFiles = new Map(baseFiles)
    for (const id of ids)
      headFiles.set(`src/module-${id}.ts`, Buffer.from(`export const n = ${Number(id)}\n`))
    const pull = openPull(github, github.commit(headFiles, base), base)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.code).toBe(1)
    const errors = run.annotations.filter((a) => a.command === 'error')
    expect(errors).toHaveLength(10)
    expect(errors.at(-1)?.message).toBe(
      'Release readiness: NO-GO (docs-updated). See the job summary for what to fix.'
    )
    expect(errors[0]?.properties).toEqual({
      title: 'release-readiness: docs-updated',
      file: 'src/module-00.ts'
    })
    const overflow = run.annotations.find(
      (a) => a.command === 'notice' && a.properties.title === 'release-readiness: more findings'
    )
    expect(overflow?.message).toMatch(/^6 more finding\(s\) \(6 errors\)/)
    expect(run.summary).toContain('src/module-14.ts')
  })

  it('updates the same comment on a second run, and marks it resolved once everything passes', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const pull = openPull(github, shop.undocumented, shop.base)
    await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })
    const [first] = github.comments.get(7)!
    const again = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull, 'synchronize')
    })
    expect(again.code).toBe(1)
    expect(github.comments.get(7)).toHaveLength(1)

    pull.head.sha = shop.documented
    const fixed = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull, 'synchronize')
    })
    expect(fixed.code).toBe(0)
    const comments = github.comments.get(7)!
    expect(comments).toHaveLength(1)
    expect(comments[0]!.id).toBe(first!.id)
    expect(comments[0]!.body).toContain('Resolved: every check passes now.')
    expect(github.count({ method: 'POST' })).toBe(1)
    expect(github.count({ method: 'PATCH' })).toBe(1)
  })

  it('skips the comment with a notice on a fork pull request whose token is read-only, and still reports', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    github.readOnlyToken = true
    const pull = openPull(github, shop.undocumented, shop.base, {
      head: { ref: 'species', sha: shop.undocumented, fork: true }
    })
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.summary).toContain('docs-updated')
    const notice = run.annotations.find((a) => a.command === 'notice' && a.message.includes('Not commenting'))
    expect(notice?.message).toContain('read-only token')
    expect(github.comments.get(7)).toEqual([])
  })

  it('reports what would block and passes in advisory mode', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const pull = openPull(github, shop.undocumented, shop.base)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull),
      inputs: { mode: 'advisory', comment: 'false' }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.annotations.some((a) => a.command === 'warning' && a.message.includes('would block'))).toBe(
      true
    )
    expect(github.comments.get(7)).toEqual([])
  })

  it('reads the configuration from the base, not from the pull request head', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    // The head tries to switch the gate off; the base has no configuration (defaults).
    const head = github.commit(
      new Map([
        ...github.commits.get(shop.undocumented)!.files,
        ['.github/release-readiness.yml', Buffer.from('mode: advisory\n')]
      ]),
      shop.base
    )
    const pull = openPull(github, head, shop.base)
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request_target',
      payload: pullRequestPayload(github, pull)
    })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.summary).toContain(
      'This pull request changes .github/release-readiness.yml. It was judged with the configuration of its base (defaults (no .github/release-readiness.yml at'
    )
    expect(run.summary).toContain('the new configuration applies after merge')
  })

  /** acme/shop whose base carries `config`; the pull request changes code only. */
  async function withBaseConfig(config: string) {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const baseFiles = new Map(github.commits.get(shop.base)!.files)
    baseFiles.set('.github/release-readiness.yml', Buffer.from(config))
    const base = github.commit(baseFiles)
    const headFiles = new Map(github.commits.get(shop.undocumented)!.files)
    headFiles.set('.github/release-readiness.yml', Buffer.from(config))
    return { github, pull: openPull(github, github.commit(headFiles, base), base), base }
  }

  it('resolves _extends as the App does, and names the chain it used', async () => {
    const { github, pull, base } = await withBaseConfig('_extends: .github\n')
    github.routes.push(({ path }) =>
      path === '/repos/acme/.github/contents/.github%2Frelease-readiness.yml'
        ? [200, 'mode: advisory\n']
        : undefined
    )
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.summary).toContain(
      `configuration .github/release-readiness.yml@${base.slice(0, 7)} extends acme/.github:.github/release-readiness.yml`
    )
  })

  it('fails closed, with the reason, when the _extends target cannot be read', async () => {
    const { github, pull } = await withBaseConfig('_extends: .github\nmode: advisory\n')
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(github, pull)
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBeUndefined()
    expect(run.summary).toContain(
      '_extends: .github points to acme/.github:.github/release-readiness.yml, which could not be read (GitHub answered 404'
    )
    expect(run.summary).toContain('This is not a GO: the step failed.')
  })

  it('reads files from the checkout when it holds both commits, calling the API only for comments', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const repo = new GitRepo()
    try {
      const text = (sha: string) =>
        Object.fromEntries([...github!.commits.get(sha)!.files].map(([path, bytes]) => [path, bytes]))
      const base = repo.commit(text(shop.base), 'base')
      const head = repo.commit(text(shop.undocumented), 'head')
      const pull = openPull(github, head, base)
      const run = await runAction({
        apiUrl: github.url,
        eventName: 'pull_request',
        payload: pullRequestPayload(github, pull),
        env: { GITHUB_WORKSPACE: repo.dir }
      })
      expect(run.code).toBe(1)
      expect(run.outputs['failed-checks']).toBe('docs-updated')
      // No file reads through the API; the repository has no configuration, so the
      // organization's defaults are looked up (404 here).
      expect(github.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
        'GET /repos/acme/.github/contents/.github%2Frelease-readiness.yml',
        'GET /repos/acme/shop/issues/7/comments',
        'POST /repos/acme/shop/issues/7/comments'
      ])
    } finally {
      repo.remove()
    }
  })

  it('never reads the checkout on pull_request_target: files come through the API', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const repo = new GitRepo()
    try {
      const pull = openPull(github, shop.documented, shop.base)
      const run = await runAction({
        apiUrl: github.url,
        eventName: 'pull_request_target',
        payload: pullRequestPayload(github, pull),
        env: { GITHUB_WORKSPACE: repo.dir }
      })
      expect(run.code).toBe(0)
      expect(github.count({ path: /\/pulls\/7\/files$/ })).toBe(1)
    } finally {
      repo.remove()
    }
  })
})
