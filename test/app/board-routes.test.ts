import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { boardHandler, type BoardSettings } from '../../src/app/board/board-routes.js'
import { BoardAccessError, type GitHubUserApi } from '../../src/app/board/github-user.js'
import { seal } from '../../src/app/board/session.js'
import type { Logger } from '../../src/engine/types.js'
import type { RecordStore } from '../../src/store/record-store.js'
import { boardRecords } from '../support/board-records.js'

const settings: BoardSettings = {
  clientId: 'Iv1.x',
  clientSecret: 's',
  publicUrl: 'https://rr.example.com',
  webUrl: 'https://github.example',
  sessionSecret: 'x'.repeat(40),
  accessTtlMs: 60_000,
  sessionMs: 3_600_000
}
const session = `rr_session=${seal({ login: 'octo', token: 'ghu_t', csrf: 'c', exp: Date.now() + 60_000 }, settings.sessionSecret)}`
const records = boardRecords({ repos: 2, releases: 1, pullRecords: 0 })
const asked: Array<readonly string[] | undefined> = []
const store = Promise.resolve({
  list: async (query: { repositories?: readonly string[] }) => {
    asked.push(query.repositories)
    return records.filter((r) => query.repositories?.includes(r.repository.fullName!))
  }
} as unknown as RecordStore)

let server: Server | undefined
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server = undefined
  asked.length = 0
})

async function serve(
  options: Partial<Parameters<typeof boardHandler>[0]>,
  logged: string[] = []
): Promise<string> {
  const log: Logger = {
    debug: () => {},
    info: (m) => logged.push(m),
    warn: (m) => logged.push(m),
    error: (m) => logged.push(m)
  }
  const handler = boardHandler({ settings, store, apiUrl: 'https://api.github.example', log, ...options })
  server = createServer(
    (req, res) => void handler(req, res).then((handled) => handled || res.writeHead(418).end())
  )
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const github = (readable: () => Promise<string[]>): GitHubUserApi => ({
  exchangeCode: async () => 'ghu_t',
  login: async () => 'octo',
  readableRepositories: readable
})

describe('the board routes', () => {
  it('leave every other path to the webhooks', async () => {
    const base = await serve({ github: github(async () => []) })
    expect((await fetch(`${base}/api/github/webhooks`)).status).toBe(418)
    expect((await fetch(`${base}/boardroom`)).status).toBe(418)
  })

  it('show nothing when GitHub cannot say which repositories the user can read (fail closed)', async () => {
    const logged: string[] = []
    const base = await serve(
      {
        github: github(async () =>
          Promise.reject(new BoardAccessError('GitHub answered HTTP 502 to GET /user/installations'))
        )
      },
      logged
    )
    const response = await fetch(`${base}/board`, { headers: { cookie: session } })
    expect(response.status).toBe(502)
    expect(await response.text()).toContain(
      'GitHub did not say which repositories you can read, so the board shows nothing.'
    )
    expect(asked).toEqual([])
    expect(logged).toEqual([
      '[release-readiness] Board: could not ask GitHub which repositories a user can read (GitHub answered HTTP 502 to GET /user/installations)'
    ])
  })

  it('send a user whose token GitHub no longer accepts back to sign in', async () => {
    const base = await serve({
      github: github(async () =>
        Promise.reject(new BoardAccessError('GitHub answered HTTP 401 to GET /user/installations'))
      )
    })
    const response = await fetch(`${base}/board`, { headers: { cookie: session }, redirect: 'manual' })
    expect([response.status, response.headers.get('location')]).toEqual([302, '/board/sign-in'])
    expect(response.headers.getSetCookie()).toEqual([
      'rr_session=; Path=/board; Max-Age=0; HttpOnly; Secure; SameSite=Lax'
    ])
  })

  it('read only the repositories GitHub named from the store', async () => {
    const base = await serve({ github: github(async () => ['acme/svc-01']) })
    const html = await (await fetch(`${base}/board`, { headers: { cookie: session } })).text()
    expect(asked).toEqual([['acme/svc-01']])
    expect(html).toContain('acme/svc-01')
    expect(html).not.toContain('acme/svc-00')
  })

  it('say what to set when the board or the store is off', async () => {
    let base = await serve({ settings: undefined })
    let response = await fetch(`${base}/board`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain(
      'Set BOARD_CLIENT_ID, BOARD_CLIENT_SECRET, BOARD_URL and SESSION_SECRET'
    )
    await new Promise((resolve) => server!.close(resolve))
    base = await serve({ store: undefined })
    response = await fetch(`${base}/board`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain(
      'The App keeps no evaluation records (STORE=off), so there is no board.'
    )
  })
})
