import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { apiClient, type ProbotOctokitLike } from '../../src/app/api-client.js'
import { defaultDeps } from '../../src/app/deps.js'
import { fetchFor } from '../../src/app/start-server.js'
import { WorkQueue } from '../../src/app/work-queue.js'
import { shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { addAppRoutes } from './support/app-github.js'

let github: FakeGitHub | undefined
beforeAll(() => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1')
})
afterEach(async () => {
  await github?.stop()
  github = undefined
})

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }

/** What the client needs from Probot's Octokit: the installation token and the base URL. */
function probotOctokit(baseUrl: string, auth: () => Promise<unknown>): ProbotOctokitLike {
  const request = Object.assign(async () => ({}), { endpoint: { DEFAULTS: { baseUrl } } })
  return {
    request,
    auth
  } as unknown as ProbotOctokitLike
}

describe('the App’s API client', () => {
  it('spaces writes per installation, and leaves reads alone', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    const arrivals: number[] = []
    github.routes.push(() => {
      arrivals.push(Date.now())
      return undefined
    })
    addAppRoutes(github)
    const deps = defaultDeps({
      queue: new WorkQueue(),
      writeIntervalMs: 200,
      retry: { retries: 0, delayMs: 0 }
    })
    const client = await apiClient(
      probotOctokit(github.url, async () => ({ token: 'ghs_one' })),
      deps,
      quiet
    )
    const repo = { owner: 'acme', repo: 'shop' }
    // Warm the fake's request validation, then let the lane go idle.
    await client.request('POST /repos/{owner}/{repo}/check-runs', {
      ...repo,
      name: 'warm',
      head_sha: shop.base
    })
    await client.request('GET /repos/{owner}/{repo}/pulls', { ...repo, state: 'open' })
    await new Promise((resolve) => setTimeout(resolve, 250))
    arrivals.length = 0

    // When each request leaves the client: what the pacing controls. (Arrival times at the fake
    // add the machine's scheduling delays, which a busy machine makes uneven.)
    const departures: number[] = []
    const realFetch = globalThis.fetch
    globalThis.fetch = (input, init) => {
      departures.push(Date.now())
      return realFetch(input, init)
    }
    let read: number
    try {
      await Promise.all(
        [1, 2, 3].map((n) =>
          client.request('POST /repos/{owner}/{repo}/check-runs', {
            ...repo,
            name: `run ${n}`,
            head_sha: shop.base
          })
        )
      )
      read = Date.now()
      await client.request('GET /repos/{owner}/{repo}/pulls', { ...repo, state: 'open' })
    } finally {
      globalThis.fetch = realFetch
    }

    expect(arrivals).toHaveLength(4)
    expect(departures).toHaveLength(4)
    expect(departures[1]! - departures[0]!).toBeGreaterThanOrEqual(190)
    expect(departures[2]! - departures[1]!).toBeGreaterThanOrEqual(190)
    expect(departures[3]! - read).toBeLessThan(150)
    expect(github.violations).toEqual([])
  })

  it('retries an installation token that GitHub fails to issue', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    let calls = 0
    const auth = async (): Promise<unknown> => {
      calls++
      if (calls === 1) throw Object.assign(new Error('Bad Gateway'), { status: 502 })
      return { token: 'ghs_two' }
    }
    const deps = defaultDeps({ queue: new WorkQueue(), retry: { retries: 2, delayMs: 0 } })

    await apiClient(probotOctokit(github.url, auth), deps, quiet)

    expect(calls).toBe(2)
  })

  it('sends requests Probot addresses to api.github.com to the configured API (GitHub Enterprise Server)', async () => {
    const shop = await shopOnFakeGitHub()
    github = shop.github
    addAppRoutes(github)
    const response = await fetchFor(github.url)('https://api.github.com/app/installations/1/access_tokens', {
      method: 'POST',
      headers: { authorization: 'Bearer jwt' }
    })
    expect(response.status).toBe(201)
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /app/installations/1/access_tokens'
    ])
    expect(fetchFor('https://api.github.com')).toBe(fetch)
  })
})
