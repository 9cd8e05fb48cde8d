import { describe, expect, it } from '@jest/globals'
import { createClient, GitHubApiError, type OctokitLike } from '../../src/github/client.js'

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
})
