import { describe, expect, it } from '@jest/globals'
import { createClient, type OctokitLike } from '../../../src/sources/github/client.js'
import type { IssueComment } from '../../../src/sources/github/issue-comments.js'
import {
  findStickyComment,
  STICKY_MARKER,
  stickyBody,
  upsertStickyComment
} from '../../../src/sources/github/sticky-comment.js'

function recorder(status?: number) {
  const sent: { route: string; params: Record<string, unknown> }[] = []
  const octokit: OctokitLike = {
    request: (async (route: string, params: Record<string, unknown>) => {
      sent.push({ route, params })
      if (status) throw Object.assign(new Error('Resource not accessible by integration'), { status })
      return { data: { id: 99, html_url: 'https://github.com/a/b/pull/7#issuecomment-99' } }
    }) as unknown as OctokitLike['request']
  }
  return { sent, client: createClient(octokit, { retry: { retries: 0, delayMs: 1 } }) }
}

const pull = { owner: 'a', repo: 'b', number: 7 }
const comment = (
  id: number,
  body: string,
  user = { login: 'github-actions[bot]', type: 'Bot' }
): IssueComment => ({
  id,
  body,
  user,
  created_at: '',
  html_url: ''
})

describe('the sticky comment', () => {
  it('is found by the marker at the start of its body, ignoring comments that merely quote it', () => {
    const comments = [
      comment(1, `> ${STICKY_MARKER}`),
      comment(2, `${STICKY_MARKER}\nold`),
      comment(3, `${STICKY_MARKER}\nnewer`)
    ]
    expect(findStickyComment(comments)?.id).toBe(2)
  })

  it("is only a bot's comment: a person who pastes the marker does not get their comment taken for it", () => {
    const comments = [
      comment(1, `${STICKY_MARKER}\n## ✅ Release readiness: GO`, { login: 'mallory', type: 'User' }),
      comment(2, `${STICKY_MARKER}\nforged`, { login: 'some-other-app[bot]', type: 'Bot' }),
      comment(3, `${STICKY_MARKER}\nreport`)
    ]
    expect(findStickyComment(comments)?.id).toBe(2)
    expect(findStickyComment(comments, 'github-actions[bot]')?.id).toBe(3)
    expect(findStickyComment(comments.slice(0, 1))).toBeUndefined()
  })

  it('says "resolved" once everything passes', () => {
    expect(stickyBody('report', { resolved: true })).toBe(
      `${STICKY_MARKER}\n> [!NOTE]\n> Resolved: every check passes now.\n\nreport`
    )
    expect(stickyBody('report', { resolved: false })).toBe(`${STICKY_MARKER}\nreport`)
  })

  it('is updated in place rather than posted again', async () => {
    const { sent, client } = recorder()
    const result = await upsertStickyComment(
      client,
      pull,
      [comment(5, `${STICKY_MARKER}\nold`)],
      `${STICKY_MARKER}\nnew`,
      { createIfMissing: true }
    )
    expect(result).toMatchObject({ action: 'updated' })
    expect(sent).toEqual([
      {
        route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        params: { owner: 'a', repo: 'b', comment_id: 5, body: `${STICKY_MARKER}\nnew` }
      }
    ])
  })

  it('is not touched when nothing changed, nor created when everything is green', async () => {
    const { sent, client } = recorder()
    expect(
      await upsertStickyComment(
        client,
        pull,
        [comment(5, `${STICKY_MARKER}\nsame`)],
        `${STICKY_MARKER}\nsame`,
        { createIfMissing: true }
      )
    ).toEqual({ action: 'unchanged', id: 5 })
    expect(await upsertStickyComment(client, pull, [], 'body', { createIfMissing: false })).toMatchObject({
      action: 'skipped'
    })
    expect(sent).toEqual([])
  })

  it('reports a 403 (read-only fork token) instead of throwing', async () => {
    const { client } = recorder(403)
    expect(await upsertStickyComment(client, pull, [], 'body', { createIfMissing: true })).toEqual({
      action: 'forbidden',
      status: 403
    })
  })
})
