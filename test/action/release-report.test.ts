import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub, readFolder, type Files } from '../support/fake-github.js'
import { AUTHOR, PLAN, example } from '../support/action-scenario.js'
import { FakeResults, fakeRuntimeToken, unzip } from '../support/fake-results.js'
import { fixturesDir } from '../support/fixture-source.js'
import { releaseHistory as gitReleaseHistory } from '../support/release-history.js'
import { runAction } from '../support/run-action.js'
import { recordProblems } from '../../src/reports/record/parse-record.js'

let github: FakeGitHub | undefined
let results: FakeResults | undefined
afterEach(async () => {
  if (github) expect(github.violations).toEqual([])
  await github?.stop()
  await results?.stop()
  github = undefined
  results = undefined
})

const WAIVE =
  '/release-readiness waive docs-updated The cats page ships with the next docs release; tracked in #20.'

const shop = (folder: string): Files => readFolder(join(fixturesDir, 'repos', 'action-shop', folder))
const plus = (files: Files, path: string, text: string): Files =>
  new Map([...files, [path, Buffer.from(text)]])

/**
 * `acme/shop` from v1.0.0 to v1.1.0 on the fake GitHub, first parent first:
 * - #11 merge commit: code and changelog (ready);
 * - #12 squash: code without docs (not ready);
 * - #13 squash: code without docs, waived by a maintainer (a writer's waiver on #12 is refused);
 * - #14 rebase merge of two commits: code, then its docs (ready; invisible to local git);
 * - a direct push that touches the docs.
 */
function releaseHistory(): { github: FakeGitHub; tag: string; release: number } {
  const gh = new FakeGitHub('acme/shop')
  gh.roles.set('maintainer', 'maintain')
  gh.roles.set('writer', 'write')
  gh.roles.set(AUTHOR.login, 'maintain')
  const base = gh.commit(shop('base'))
  gh.addRelease('v1.0.0', base)
  const documented = shop('head-documented')
  const f11 = gh.commitWith(documented, { parents: [base], message: 'Filter pets by species' })
  const m11 = gh.commitWith(documented, {
    parents: [base, f11],
    message: 'Merge pull request #11 from acme/species\n\nFilter pets by species'
  })
  const cats = plus(documented, 'src/cats.ts', 'export const cats = true\n')
  const h12 = gh.commitWith(cats, { parents: [m11], message: 'Add cats' })
  const s12 = gh.commitWith(cats, { parents: [m11], message: 'Add cats (#12)' })
  const dogs = plus(cats, 'src/dogs.ts', 'export const dogs = true\n')
  const h13 = gh.commitWith(dogs, { parents: [s12], message: 'Add dogs' })
  const s13 = gh.commitWith(dogs, { parents: [s12], message: 'Add dogs (#13)' })
  const birdsCode = plus(dogs, 'src/birds.ts', 'export const birds = true\n')
  const birds = plus(birdsCode, 'docs/birds.md', '# Birds\n')
  const h14 = gh.commitWith(birds, { parents: [s13], message: 'Document birds' })
  const r14a = gh.commitWith(birdsCode, { parents: [s13], message: 'Add birds' })
  const r14b = gh.commitWith(birds, { parents: [r14a], message: 'Document birds' })
  const direct = gh.commitWith(plus(birds, 'docs/index.md', '# Shop\n\nFixed a typo.\n'), {
    parents: [r14b],
    message: 'Fix a typo in the docs'
  })
  gh.refs.set('heads/main', direct)

  const pull = (number: number, title: string, head: string, baseSha: string, merged: string, at: string) =>
    gh.addPull({
      number,
      title,
      body: PLAN,
      user: AUTHOR,
      labels: number === 13 ? ['pets'] : [],
      base: { ref: 'main', sha: baseSha },
      head: { ref: `feature-${number}`, sha: head },
      merged_at: at,
      updated_at: at,
      merge_commit_sha: merged
    })
  pull(11, 'Filter pets by species', f11, base, m11, '2026-11-21T10:00:00Z')
  pull(12, 'Add cats', h12, m11, s12, '2026-11-21T11:00:00Z')
  pull(13, 'Add dogs', h13, s12, s13, '2026-11-21T12:00:00Z')
  pull(14, 'Add birds', h14, s13, r14b, '2026-11-21T13:00:00Z').rebased = [r14a]
  // Closed without merging, and merged long before the range: neither is in the release.
  gh.addPull({
    number: 9,
    title: 'Abandoned',
    body: '',
    user: AUTHOR,
    base: { ref: 'main', sha: base },
    head: { ref: 'old', sha: base },
    state: 'closed',
    merged_at: null,
    updated_at: '2026-11-22T09:00:00Z'
  })
  gh.addComment(12, { login: 'writer' }, WAIVE)
  gh.addComment(13, { login: 'maintainer' }, `Fine for this release.\n\n${WAIVE}`)
  const release = gh.addRelease('v1.1.0', direct, { body: PLAN })
  return { github: gh, tag: direct, release: release.id }
}

function releasePayload(id: number, body = PLAN): Record<string, any> {
  const payload = example('release', 'published')
  Object.assign(payload.release, {
    id,
    tag_name: 'v1.1.0',
    name: 'v1.1.0',
    body,
    prerelease: false,
    published_at: '2026-11-25T12:00:00Z'
  })
  payload.repository.full_name = 'acme/shop'
  payload.repository.default_branch = 'main'
  return payload
}

describe('release waivers from the reviewed file on the default branch', () => {
  it('waive a pull request of this release, with who, when, why and where, and refuse a writer', async () => {
    const history = releaseHistory()
    const main = history.github.resolve('main')!
    const waivers = [
      'waivers:',
      '  - release: v1.1.0',
      '    pr: 12',
      '    check: docs-updated',
      '    reason: The cats page ships with the docs release on Monday.',
      '    grantedBy: "@maintainer"',
      '    grantedAt: "2026-11-25"',
      '  - release: v1.1.0',
      '    check: rollback-criteria',
      '    reason: trust me',
      '    grantedBy: writer',
      '    grantedAt: "2026-11-25"',
      '  - release: v1.0.0',
      '    pr: 12',
      '    check: docs-updated',
      '    reason: an older release',
      '    grantedBy: maintainer',
      '    grantedAt: "2026-11-01"'
    ].join('\n')
    history.github.refs.set(
      'heads/main',
      history.github.commit(plus(main.files, '.github/release-readiness-waivers.yml', waivers), main.sha)
    )
    github = await history.github.start()
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'release',
      payload: releasePayload(history.release),
      env: { GITHUB_SHA: history.tag, GITHUB_REF: 'refs/tags/v1.1.0' }
    })

    expect(run.code).toBe(0)
    expect(run.outputs.outcome).toBe('go-with-waivers')
    const json = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'))
    expect(
      json.waivers.applied.map((w: any) => [w.pullRequest, w.check, w.grantedBy, w.grantedAt, w.source])
    ).toEqual([
      [
        12,
        'docs-updated',
        '@maintainer',
        '2026-11-25',
        '.github/release-readiness-waivers.yml (default branch)'
      ],
      [
        13,
        'docs-updated',
        'maintainer',
        expect.stringMatching(/^2026-/),
        expect.stringContaining('#issuecomment-')
      ]
    ])
    expect(json.waivers.rejected).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          check: 'rollback-criteria',
          requestedBy: '@writer',
          rejection:
            '@writer has the write role on this repository; waivers need maintain or admin (or an entry in waivers.allowed).'
        })
      ])
    )
  })
})

describe('the Action on a published release', () => {
  it('reports every pull request merged since the previous release, uploads the page and fails on NO-GO', async () => {
    const history = releaseHistory()
    github = await history.github.start()
    results = await new FakeResults().start()
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'release',
      payload: releasePayload(history.release),
      env: {
        GITHUB_SHA: history.tag,
        GITHUB_REF: 'refs/tags/v1.1.0',
        ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(),
        ACTIONS_RESULTS_URL: results.url
      }
    })

    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.outputs.outcome).toBe('no-go')
    expect(run.outputs['failed-checks']).toBe('docs-updated')

    const json = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'))
    expect(json.pullRequests.map((p: any) => [p.number, p.outcome, p.mergeStyle, p.bodySource])).toEqual([
      [11, 'go', 'merge', 'pull-request'],
      [12, 'no-go', 'squash', 'pull-request'],
      [13, 'go-with-waivers', 'squash', 'pull-request'],
      [14, 'go', 'rebase', 'pull-request']
    ])
    expect(json.blocking.map((b: any) => [b.scope, b.pullRequest ?? null, b.check])).toEqual([
      ['pull-request', 12, 'docs-updated']
    ])
    expect(json.range.verdict).toBe('go')
    expect(json.directCommits.map((c: any) => c.subject)).toEqual(['Fix a typo in the docs'])
    expect(json.waivers.applied).toEqual([
      expect.objectContaining({ check: 'docs-updated', grantedBy: 'maintainer', pullRequest: 13 })
    ])
    expect(json.waivers.rejected).toEqual([
      expect.objectContaining({ check: 'docs-updated', requestedBy: 'writer', pullRequest: 12 })
    ])
    expect(json.waivers.rejected[0].rejection).toMatch(/writer has the write role/)
    // The rebase merge's change is both its commits: code and docs.
    const birds = json.pullRequests[3]
    expect(birds.checks.find((c: any) => c.id === 'docs-updated').status).toBe('pass')

    // The page: in RUNNER_TEMP, and uploaded as the artifact release-readiness-v1.1.0.
    const htmlPath = run.outputs['report-html']!
    expect(htmlPath).toMatch(/release-readiness-v1\.1\.0\.html$/)
    const html = readFileSync(htmlPath, 'utf8')
    expect(html).toContain('<!doctype html>')
    const artifact = results.artifacts.get('release-readiness-v1.1.0')
    expect(artifact).toMatchObject({
      finalized: true,
      workflowRunBackendId: 'run-backend-1',
      workflowJobRunBackendId: 'job-backend-1'
    })
    expect([...unzip(artifact!.content)]).toEqual([['release-readiness-v1.1.0.html', Buffer.from(html)]])
    expect(artifact!.hash).toMatch(/^sha256:[0-9a-f]{64}$/)

    // The release's evaluation record, uploaded with the release report JSON.
    const record = JSON.parse(readFileSync(run.outputs['record-json']!, 'utf8'))
    expect(recordProblems(record)).toEqual([])
    expect(record).toMatchObject({
      event: 'release',
      verdict: 'no-go',
      blocking: ['docs-updated'],
      subject: {
        type: 'release',
        version: 'v1.1.0',
        url: 'https://github.com/acme/shop/releases/tag/v1.1.0'
      },
      repository: { fullName: 'acme/shop', url: 'https://github.com/acme/shop' }
    })
    expect(record.waivers.applied).toEqual([
      expect.objectContaining({ check: 'docs-updated', grantedBy: 'maintainer', pullRequest: 13, matched: 1 })
    ])
    expect(json.record).toEqual(record)
    const recordArtifact = results.artifacts.get('release-readiness-record-release-v1.1.0')
    expect([...unzip(recordArtifact!.content).keys()].sort()).toEqual([
      'release-readiness-record.json',
      'release-readiness-report.json'
    ])

    // The job summary is the release report; the step ends with the NO-GO.
    expect(run.summary).toMatch(/^## ❌ Release readiness: NO-GO — release v1\.1\.0/)
    expect(run.summary).toContain('#12')
    expect(run.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^#12 .*docs-updated|^#12/),
      expect.stringMatching(
        /^Release readiness: NO-GO for v1\.1\.0 \(4 pull request\(s\), 1 blocking item\(s\): docs-updated\)/
      )
    ])

    // API calls: a fixed part plus a few per pull request (see docs/action.md).
    const finder = {
      compare: github.count({ path: /\/compare\// }),
      pullsList: github.count({ path: /^\/repos\/acme\/shop\/pulls$/ }),
      commitPulls: github.count({ path: /\/commits\/[0-9a-f]+\/pulls$/ }),
      files: github.count({ path: /\/pulls\/\d+\/files$/ }),
      comments: github.count({ path: /\/issues\/\d+\/comments$/ }),
      permissions: github.count({ path: /\/permission$/ })
    }
    expect(finder).toEqual({
      // the range's comparison, and #11's (a merge commit: its merge base is read from it)
      compare: 2,
      pullsList: 1,
      commitPulls: 2,
      files: 4,
      comments: 4,
      permissions: 2
    })
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
    // 26 = 3 fixed (release list, configuration tree, the organization's defaults: none here)
    //    + 1 comparison (the range's files and commits)
    //    + 1 comparison for the merge base of #11 (merge commit)
    //    + 1 pull listing + 2 unmatched commits + 4 × (files, comments, head tree) + 1 release head tree
    //    + 2 commenters + 3 distinct file contents the checks read (code files are scanned for new
    //    flags through the patches GitHub lists with the files, not read).
    expect(github.count({ path: /\/git\/trees\// })).toBe(6)
    expect(github.count({ path: /\/git\/blobs\// })).toBe(3)
    // 26, and the release waivers file on the default branch (absent here: 404).
    expect(github.requests.length).toBe(27)
  })

  it('warns and still judges when there is no runner to upload to, and appends the report to the notes', async () => {
    const history = releaseHistory()
    github = await history.github.start()
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'release',
      payload: releasePayload(
        history.release,
        `${PLAN}\n<!-- release-readiness:release-report -->\nold\n<!-- /release-readiness:release-report -->\n`
      ),
      inputs: { 'release-notes': 'append' },
      env: { GITHUB_SHA: history.tag, GITHUB_REF: 'refs/tags/v1.1.0' }
    })

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.annotations.filter((a) => a.command === 'warning').map((a) => a.message)).toEqual([
      expect.stringContaining('was not uploaded as an artifact: ACTIONS_RUNTIME_TOKEN')
    ])
    expect(github.releaseEdits).toHaveLength(1)
    const body = github.releaseEdits[0]!.body
    expect(body.startsWith(PLAN.trimEnd())).toBe(true)
    expect(body).not.toContain('\nold\n')
    expect(body).toMatch(
      /<!-- release-readiness:release-report -->\n### ❌ Release readiness: NO-GO — release v1\.1\.0/
    )
    expect(body.match(/release-readiness:release-report -->/g)).toHaveLength(2)
  })

  it('never passes a NO-GO when the upload fails', async () => {
    const history = releaseHistory()
    github = await history.github.start()
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'release',
      payload: releasePayload(history.release),
      env: {
        GITHUB_SHA: history.tag,
        GITHUB_REF: 'refs/tags/v1.1.0',
        ACTIONS_RUNTIME_TOKEN: 'not-a-jwt',
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/'
      }
    })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('no-go')
    expect(
      run.annotations.some((a) => a.command === 'warning' && /could not be uploaded/.test(a.message))
    ).toBe(true)
  })
})

describe('the Action on a release after a full checkout', () => {
  it('finds the pull requests in local git and reads their text and waiver comments from the API', async () => {
    const repo = gitReleaseHistory(true)
    try {
      const tag = repo.git('rev-parse', 'v1.1.0').trim()
      const gh = new FakeGitHub('acme/shop')
      gh.roles.set('maintainer', 'maintain')
      gh.addRelease('v1.0.0', repo.git('rev-parse', 'v1.0.0').trim())
      const release = gh.addRelease('v1.1.0', tag, { body: PLAN })
      for (const [number, title] of [
        [1, 'Add a'],
        [2, 'Add b'],
        [3, 'Fix c'],
        [4, 'Document d']
      ] as const) {
        gh.addPull({
          number,
          title,
          body: PLAN,
          user: AUTHOR,
          base: { ref: 'main', sha: tag },
          head: { ref: `b${number}`, sha: tag },
          merged_at: '2026-11-21T10:00:00Z'
        })
      }
      gh.addComment(3, { login: 'maintainer' }, WAIVE)
      github = await gh.start()
      const run = await runAction({
        apiUrl: github.url,
        eventName: 'release',
        payload: releasePayload(release.id),
        env: { GITHUB_SHA: tag, GITHUB_REF: 'refs/tags/v1.1.0', GITHUB_WORKSPACE: repo.dir }
      })

      expect(run.stderr).toBe('')
      expect(run.code).toBe(1)
      const json = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8'))
      expect(json.pullRequests.map((p: any) => [p.number, p.outcome, p.bodySource, p.author])).toEqual([
        [1, 'go', 'pull-request', AUTHOR.login],
        [2, 'no-go', 'pull-request', AUTHOR.login],
        [3, 'go-with-waivers', 'pull-request', AUTHOR.login],
        [4, 'go', 'pull-request', AUTHOR.login]
      ])
      expect(json.blocking.map((b: any) => [b.pullRequest, b.check])).toEqual([[2, 'docs-updated']])
      // No file reads through the API: the release list, the organization's default configuration
      // (none), then per pull request its body and comments.
      expect(github.count({ path: /\/git\/|\/compare\// })).toBe(0)
      // ... and the release waivers file on the default branch.
      expect(github.requests.length).toBe(1 + 1 + 4 + 4 + 1 + 1)
    } finally {
      repo.remove()
    }
  })
})

describe('the Action on a release in advisory mode', () => {
  it('passes the step and says what would block', async () => {
    const history = releaseHistory()
    github = await history.github.start()
    const run = await runAction({
      apiUrl: github.url,
      eventName: 'release',
      payload: releasePayload(history.release),
      inputs: { mode: 'advisory' },
      env: { GITHUB_SHA: history.tag, GITHUB_REF: 'refs/tags/v1.1.0' }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('no-go')
    expect(run.annotations.filter((a) => a.command === 'error')).toEqual([])
    expect(run.annotations.at(-1)?.message).toMatch(
      /^\[release-readiness\] NO-GO would block v1\.1\.0 \(advisory mode/
    )
    expect(run.summary).toMatch(/^## ⚠️ Release readiness/)
  })
})
