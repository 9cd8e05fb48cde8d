import { describe, expect, it } from '@jest/globals'
import { createClient, GitHubApiError, type OctokitLike } from '../../../src/sources/github/client.js'
import { rateLimitDelayMs } from '../../../src/sources/github/rate-limit.js'

/** GitHub's answer to too many requests: a 403 (or 429) with `retry-after` in seconds. */
function secondaryRateLimit(status: 403 | 429, retryAfter: string): Error {
  return Object.assign(
    new Error('You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'),
    {
      status,
      response: { headers: { 'retry-after': retryAfter } }
    }
  )
}

/** An Octokit-shaped fake answering from a script of outcomes. */
function scripted(outcomes: (number | 'ok')[]): OctokitLike & { calls: number } {
  const fake = {
    calls: 0,
    request: (async () => {
      const outcome = outcomes[fake.calls++] ?? 'ok'
      if (outcome === 'ok') return { status: 200, data: { ok: true } }
      throw Object.assign(new Error(`HTTP ${outcome}`), {
        status: outcome,
        request: { url: 'https://api.github.com/repos/a/b/git/trees/main?recursive=1' }
      })
    }) as unknown as OctokitLike['request']
  }
  return fake
}

const fast = { retries: 2, delayMs: 1 }

describe('createClient', () => {
  it('retries 5xx and 429 and counts every attempt', async () => {
    const fake = scripted([502, 429, 'ok'])
    const client = createClient(fake, { retry: fast })
    await expect(
      client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        owner: 'a',
        repo: 'b',
        tree_sha: 'main'
      })
    ).resolves.toMatchObject({
      data: { ok: true }
    })
    expect(client.stats).toEqual({
      calls: 3,
      retries: 2,
      byRoute: { 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': 3 }
    })
  })

  it('gives up after the retries with a message that names the request and says it is not a GO', async () => {
    const client = createClient(scripted([500, 500, 500, 'ok']), { retry: fast })
    const failure = client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: 'a',
      repo: 'b',
      tree_sha: 'main'
    })
    await expect(failure).rejects.toBeInstanceOf(GitHubApiError)
    await expect(failure).rejects.toThrow(
      '[release-readiness] The GitHub API kept failing: GET /repos/a/b/git/trees/main answered 500 3 time(s) in a row, so the change could not be evaluated (this is not a GO).'
    )
  })

  it('does not retry a 404 or a 403', async () => {
    for (const status of [404, 403]) {
      const fake = scripted([status])
      await expect(createClient(fake, { retry: fast }).request('GET /x')).rejects.toMatchObject({ status })
      expect(fake.calls).toBe(1)
    }
  })

  it('returns a client as it is, so counts are not split', () => {
    const client = createClient(scripted([]))
    expect(createClient(client)).toBe(client)
  })

  it('retries a secondary rate limit (403 or 429 with retry-after), waiting as long as GitHub asks', async () => {
    let calls = 0
    const at: number[] = []
    const fake: OctokitLike = {
      request: (async () => {
        at.push(Date.now())
        calls++
        if (calls === 1) throw secondaryRateLimit(403, '1')
        return { status: 200, data: { ok: true } }
      }) as unknown as OctokitLike['request']
    }
    const client = createClient(fake, { retry: { retries: 2, delayMs: 1 } })
    await expect(client.request('GET /x')).resolves.toMatchObject({ data: { ok: true } })
    expect(calls).toBe(2)
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(990)
  })

  it('fails at once, not a GO, when GitHub asks to wait longer than a minute', async () => {
    const fake: OctokitLike = {
      request: (async () => {
        throw secondaryRateLimit(429, '3600')
      }) as unknown as OctokitLike['request']
    }
    await expect(createClient(fake, { retry: fast }).request('GET /x')).rejects.toThrow(
      'GET /x answered 429 1 time(s) in a row'
    )
  })
})

describe('rateLimitDelayMs', () => {
  it.each([
    ['a 403 with retry-after', secondaryRateLimit(403, '30'), 30_000],
    ['a 429 with retry-after', secondaryRateLimit(429, '2'), 2_000],
    [
      'a 403 naming the secondary rate limit, without retry-after',
      Object.assign(new Error('You have exceeded a secondary rate limit'), { status: 403 }),
      60_000
    ],
    [
      'the primary limit spent (x-ratelimit-remaining: 0)',
      Object.assign(new Error('API rate limit exceeded'), {
        status: 403,
        response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1000010' } }
      }),
      10_000
    ],
    [
      'a 403 without permission',
      Object.assign(new Error('Resource not accessible by integration'), { status: 403 }),
      undefined
    ],
    [
      'a 404',
      Object.assign(new Error('Not Found'), { status: 404, response: { headers: { 'retry-after': '5' } } }),
      undefined
    ]
  ])('reads %s', (_what, error, expected) => {
    expect(rateLimitDelayMs(error, 1_000_000_000)).toBe(expected)
  })
})
