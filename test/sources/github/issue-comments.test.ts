import { describe, expect, it } from '@jest/globals'
import type { GitHubClient } from '../../../src/sources/github/client.js'
import { listIssueComments } from '../../../src/sources/github/issue-comments.js'

const pull = { owner: 'acme', repo: 'shop', number: 7 }

/** A client whose pull request has `total` comments, served 100 a page as GitHub does. */
function clientWith(total: number): GitHubClient & { pages: number[] } {
  const pages: number[] = []
  const request = (async (_route: string, params: { page: number; per_page: number }) => {
    pages.push(params.page)
    const first = (params.page - 1) * params.per_page
    const count = Math.max(0, Math.min(params.per_page, total - first))
    const data = Array.from({ length: count }, (_, i) => ({
      id: first + i + 1,
      body: `comment ${first + i + 1}`,
      user: { login: 'octocat' },
      created_at: '2026-12-01T00:00:00Z',
      html_url: `https://github.com/acme/shop/pull/7#issuecomment-${first + i + 1}`
    }))
    return { data }
  }) as unknown as GitHubClient['request']
  return { request, stats: { calls: 0, retries: 0, byRoute: {} }, pages }
}

describe('reading the comments of a pull request', () => {
  it('reads every page up to the last, shorter one', async () => {
    const client = clientWith(250)
    const comments = await listIssueComments(client, pull)
    expect(comments).toHaveLength(250)
    expect(comments[249]!.id).toBe(250)
    expect(client.pages).toEqual([1, 2, 3])
  })

  it('fails rather than judging the first 10,000 of a longer thread', async () => {
    const client = clientWith(10_050)
    await expect(listIssueComments(client, pull)).rejects.toThrow(
      'the pull request has more than 10000 comments; only the first 10000 can be read'
    )
    expect(client.pages).toHaveLength(101)
  })

  it('reads a thread of exactly 10,000 comments in full', async () => {
    const client = clientWith(10_000)
    const comments = await listIssueComments(client, pull)
    expect(comments).toHaveLength(10_000)
    expect(client.pages).toHaveLength(101)
  })
})
