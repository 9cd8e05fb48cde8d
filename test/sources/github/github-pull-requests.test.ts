import { describe, expect, it } from '@jest/globals'
import { UnknownRefError } from '../../../src/engine/errors.js'
import type { Logger } from '../../../src/engine/types.js'
import {
  GitHubPullRequestFinder,
  firstParentChain
} from '../../../src/sources/github/github-pull-requests.js'

const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

interface Commit {
  sha: string
  parents: string[]
  message: string
  date: string
}

const commit = (sha: string, parents: string[], message: string, minute: number): Commit => ({
  sha,
  parents,
  message,
  date: `2026-11-21T10:${String(minute).padStart(2, '0')}:00Z`
})

const pull = (
  number: number,
  merged: string | null,
  updated: string,
  extra: Record<string, unknown> = {}
) => ({
  number,
  title: `PR ${number}`,
  body: `Body of ${number}`,
  user: { login: `author${number}` },
  labels: [{ name: 'area/pets' }, 'plain'],
  head: { sha: `head${number}`, ref: `b${number}`, label: `acme:b${number}` },
  base: { sha: 'base', ref: 'main' },
  merged_at: merged ? updated : null,
  merge_commit_sha: merged,
  updated_at: updated,
  ...extra
})

/** A fake `request` over a commit list, a pull listing and `commits/{sha}/pulls` answers. */
function fakeClient(options: {
  commits: Commit[]
  pulls: ReturnType<typeof pull>[]
  associated?: Record<string, ReturnType<typeof pull>[]>
  compareStatus?: number
  /** Pull request number → how many files GitHub lists for it (at most 3,000, as GitHub). */
  fileCounts?: Record<number, number>
  /** `total_commits` GitHub reports, when more than the commits listed. */
  totalCommits?: number
}) {
  const calls: string[] = []
  const client = {
    async request(route: string, params: Record<string, any> = {}): Promise<{ data: unknown }> {
      calls.push(`${route}${params.page ? ` p${params.page}` : ''}`)
      if (route.endsWith('/compare/{basehead}')) {
        if (options.compareStatus)
          throw Object.assign(new Error('Not Found'), { status: options.compareStatus })
        const page = options.commits.slice((params.page - 1) * params.per_page, params.page * params.per_page)
        return {
          data: {
            total_commits: options.totalCommits ?? options.commits.length,
            commits: page.map((c) => ({
              sha: c.sha,
              parents: c.parents.map((sha) => ({ sha })),
              commit: { message: c.message, author: { name: 'Git Name' }, committer: { date: c.date } },
              author: { login: 'pusher' }
            }))
          }
        }
      }
      if (route === 'GET /repos/{owner}/{repo}/pulls') {
        return {
          data: options.pulls.slice((params.page - 1) * params.per_page, params.page * params.per_page)
        }
      }
      if (route.endsWith('/commits/{commit_sha}/pulls')) {
        return { data: options.associated?.[params.commit_sha] ?? [] }
      }
      if (route.endsWith('/pulls/{pull_number}/files')) {
        const count = options.fileCounts?.[params.pull_number] ?? 1
        const all = Array.from({ length: count }, (_, i) => ({
          filename: `src/${params.pull_number}-${String(i).padStart(4, '0')}.ts`,
          status: 'added'
        }))
        if (count === 1) return { data: [{ filename: `src/${params.pull_number}.ts`, status: 'added' }] }
        return { data: all.slice((params.page - 1) * params.per_page, params.page * params.per_page) }
      }
      throw new Error(`unexpected ${route}`)
    }
  }
  return { client, calls }
}

describe('GitHubPullRequestFinder', () => {
  it('finds merge and squash merges from one pull listing, oldest first, with their text and files', async () => {
    const { client, calls } = fakeClient({
      commits: [
        commit('f1', ['base'], 'Work on the branch', 1),
        commit('m1', ['base', 'f1'], 'Merge pull request #1 from acme/b1', 2),
        commit('s2', ['m1'], 'Squashed (#2)', 3)
      ],
      pulls: [
        pull(2, 's2', '2026-11-21T10:03:00Z'),
        pull(3, null, '2026-11-21T10:02:30Z'),
        pull(1, 'm1', '2026-11-21T10:02:00Z'),
        pull(8, 'elsewhere', '2026-11-21T10:02:00Z')
      ]
    })
    const found = await new GitHubPullRequestFinder(client, { owner: 'acme', repo: 'shop', log: quiet }).find(
      'v1',
      's2'
    )

    expect(found.directCommits).toEqual([])
    expect(found.pullRequests).toEqual([
      {
        number: 1,
        title: 'PR 1',
        sha: 'm1',
        base: 'base',
        head: 'f1',
        style: 'merge',
        body: 'Body of 1',
        bodySource: 'pull-request',
        author: 'author1',
        branch: 'acme/b1',
        labels: ['area/pets', 'plain'],
        files: [{ path: 'src/1.ts', status: 'added' }]
      },
      // A squash commit's parent is its own merge base: no comparison needed to read its base side.
      expect.objectContaining({
        number: 2,
        sha: 's2',
        base: 'm1',
        head: 's2',
        mergeBase: 'm1',
        style: 'squash'
      })
    ])
    expect(calls).toEqual([
      'GET /repos/{owner}/{repo}/compare/{basehead} p1',
      'GET /repos/{owner}/{repo}/pulls p1',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files p1',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files p1'
    ])
  })

  it('finds a rebase merge of several commits, and asks only about the commits no listed pull request merged', async () => {
    const rebased = pull(4, 'r2', '2026-11-21T10:05:00Z')
    const { client, calls } = fakeClient({
      commits: [
        commit('d1', ['base'], 'Direct push', 1),
        commit('r1', ['d1'], 'First rebased commit', 2),
        commit('r2', ['r1'], 'Second rebased commit', 3)
      ],
      pulls: [rebased],
      associated: { r1: [rebased] }
    })
    const found = await new GitHubPullRequestFinder(client, { owner: 'acme', repo: 'shop', log: quiet }).find(
      'v1',
      'r2'
    )

    expect(found.pullRequests.map((p) => [p.number, p.base, p.head, p.style])).toEqual([
      [4, 'd1', 'r2', 'rebase']
    ])
    expect(found.directCommits).toEqual([{ sha: 'd1', subject: 'Direct push', author: 'pusher' }])
    expect(calls.filter((c) => c.includes('/commits/'))).toEqual([
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls'
    ])
  })

  it('stops listing pull requests at those last updated before the range began', async () => {
    const old = Array.from({ length: 100 }, (_, i) => pull(100 + i, `old${i}`, '2026-11-01T00:00:00Z'))
    const { client, calls } = fakeClient({
      commits: [commit('s1', ['base'], 'Squashed (#1)', 1)],
      pulls: [...old, pull(1, 's1', '2026-11-21T10:01:00Z')],
      associated: { s1: [pull(1, 's1', '2026-11-21T10:01:00Z')] }
    })
    const found = await new GitHubPullRequestFinder(client, { owner: 'acme', repo: 'shop', log: quiet }).find(
      'v1',
      's1'
    )
    // The first page ends before the range: the second is not read; the commit is asked about instead.
    expect(calls.filter((c) => c.endsWith('/pulls p1') || c.endsWith('/pulls p2'))).toEqual([
      'GET /repos/{owner}/{repo}/pulls p1'
    ])
    expect(found.pullRequests.map((p) => p.number)).toEqual([1])
  })

  it('reads the commit list page by page', async () => {
    const commits = Array.from({ length: 150 }, (_, i) =>
      commit(`c${i}`, [i === 0 ? 'base' : `c${i - 1}`], `Commit ${i}`, i % 60)
    )
    const { client, calls } = fakeClient({
      commits,
      pulls: commits.map((c, i) => pull(i + 1, c.sha, '2026-11-21T11:00:00Z'))
    })
    const found = await new GitHubPullRequestFinder(client, { owner: 'acme', repo: 'shop', log: quiet }).find(
      'v1',
      'c149'
    )
    expect(found.pullRequests).toHaveLength(150)
    expect(calls.filter((c) => c.includes('/compare/'))).toHaveLength(2)
    expect(calls.filter((c) => c.endsWith('/pulls p1') || c.endsWith('/pulls p2'))).toHaveLength(2)
  })

  it('leaves a pull request’s files to the source when GitHub’s list reaches its 3,000-file cap', async () => {
    const { client } = fakeClient({
      commits: [commit('s1', ['base'], 'Big (#1)', 1), commit('s2', ['s1'], 'Small (#2)', 2)],
      pulls: [pull(2, 's2', '2026-11-21T10:02:00Z'), pull(1, 's1', '2026-11-21T10:01:00Z')],
      fileCounts: { 1: 3000, 2: 2 }
    })
    const found = await new GitHubPullRequestFinder(client, { owner: 'acme', repo: 'shop', log: quiet }).find(
      'base',
      's2'
    )
    expect(found.pullRequests.map((p) => [p.number, p.files?.length])).toEqual([
      [1, undefined],
      [2, 2]
    ])
  })

  it('fails with the reason when the range has more commits than GitHub lists, never a partial list', async () => {
    const { client } = fakeClient({
      commits: Array.from({ length: 25_000 }, (_, i) =>
        commit(`c${i}`, [i === 0 ? 'base' : `c${i - 1}`], `Commit ${i}`, i % 60)
      ),
      pulls: [],
      totalCommits: 25_001
    })
    await expect(
      new GitHubPullRequestFinder(client, { owner: 'acme', repo: 'shop', log: quiet }).find('base', 'c24999')
    ).rejects.toThrow(
      '[release-readiness] base...c24999 has 25001 commits; GitHub listed 25000 of them here (at most 25000)'
    )
  })

  it('says which refs GitHub does not know', async () => {
    const { client } = fakeClient({ commits: [], pulls: [], compareStatus: 404 })
    const finder = new GitHubPullRequestFinder(client, { owner: 'acme', repo: 'shop', log: quiet })
    await expect(finder.find('v0', 'v9')).rejects.toThrow(UnknownRefError)
    await expect(finder.find('v0', 'v9')).rejects.toThrow('Cannot compare v0...v9 in acme/shop')
  })
})

describe('firstParentChain', () => {
  it('follows first parents back from the head, leaving out merged branches', () => {
    const c = (sha: string, parents: string[]) => ({
      sha,
      parents: parents.map((p) => ({ sha: p })),
      commit: { message: sha }
    })
    const chain = firstParentChain(
      [c('a', ['base']), c('x', ['base']), c('m', ['a', 'x']), c('b', ['m'])],
      'b'
    )
    expect(chain.map((k) => k.sha)).toEqual(['a', 'm', 'b'])
  })
})
