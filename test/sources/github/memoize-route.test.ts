import { describe, expect, it } from '@jest/globals'
import { createClient } from '../../../src/sources/github/client.js'
import { memoizeRoute } from '../../../src/sources/github/memoize-route.js'

const COMPARE = 'GET /repos/{owner}/{repo}/compare/{basehead}'

describe('memoizeRoute', () => {
  it('sends one request per distinct set of parameters of the route, and every other request as is', async () => {
    const sent: string[] = []
    let failNext = false
    const base = createClient({
      request: (async (route: string, params: Record<string, unknown>) => {
        sent.push(`${route} ${JSON.stringify(params)}`)
        if (failNext) {
          failNext = false
          throw Object.assign(new Error('Not Found'), { status: 404 })
        }
        return { data: { route } }
      }) as never
    })
    const client = memoizeRoute(base, COMPARE)
    const ask = (route: string, params: Record<string, unknown>) =>
      (client.request as unknown as (r: string, p: Record<string, unknown>) => Promise<unknown>)(
        route,
        params
      )

    await Promise.all([
      ask(COMPARE, { owner: 'a', repo: 'b', basehead: 'v1...v2', page: 1 }),
      ask(COMPARE, { page: 1, basehead: 'v1...v2', repo: 'b', owner: 'a' })
    ])
    await ask(COMPARE, { owner: 'a', repo: 'b', basehead: 'v1...v2', page: 2 })
    await ask('GET /repos/{owner}/{repo}/pulls', { owner: 'a', repo: 'b' })
    await ask('GET /repos/{owner}/{repo}/pulls', { owner: 'a', repo: 'b' })
    expect(sent).toHaveLength(4)
    expect(client.stats).toBe(base.stats)

    failNext = true
    await expect(ask(COMPARE, { owner: 'a', repo: 'b', basehead: 'x...y' })).rejects.toThrow('Not Found')
    await ask(COMPARE, { owner: 'a', repo: 'b', basehead: 'x...y' })
    expect(sent).toHaveLength(6)
  })
})
