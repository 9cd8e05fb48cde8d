/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { postgresClient } from '../../src/store/clients.js'
import { RecordStore } from '../../src/store/record-store.js'
import { boardRecords } from '../support/board-records.js'
import { launchChromium, type Browser } from '../support/chromium.js'
import { startPostgres, type PostgresServer } from '../support/postgres-server.js'
import { FakeOAuth } from './support/fake-oauth.js'
import { startAppProcess, type ServerProcess } from './support/run-server.js'

const outputDir = fileURLToPath(new URL('../../test-output/', import.meta.url))
const SESSION_SECRET = 'a-test-session-secret-of-32-chars-or-more'

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const port = (probe.address() as { port: number }).port
  await new Promise((resolve) => probe.close(resolve))
  return port
}

const cookieOf = (response: Response, name: string): string | undefined =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0]

describe('the board in the App (/board)', () => {
  let postgres: PostgresServer
  let oauth: FakeOAuth
  let app: ServerProcess
  let base: string

  /** Signs in through the App and the GitHub double; returns the session cookie. */
  async function signIn(login: string): Promise<string> {
    oauth.signInAs = login
    const start = await fetch(`${base}/board/sign-in`, { redirect: 'manual' })
    const state = cookieOf(start, 'rr_oauth_state')!
    const approve = await fetch(start.headers.get('location')!, { redirect: 'manual' })
    const callback = await fetch(approve.headers.get('location')!, {
      redirect: 'manual',
      headers: { cookie: state }
    })
    expect([callback.status, callback.headers.get('location')]).toEqual([303, '/board'])
    return cookieOf(callback, 'rr_session')!
  }

  beforeAll(async () => {
    postgres = await startPostgres()
    const url = postgres.url
    const store = await RecordStore.open(await postgresClient(url, { max: 1 }))
    for (const record of boardRecords({ repos: 2, releases: 4, pullRecords: 8 })) await store.save(record)
    await store.close()
    oauth = await new FakeOAuth('Iv1.board', 'board-client-secret').start()
    oauth.access.set('reader', ['acme/svc-00'])
    oauth.access.set('admin', ['acme/svc-00', 'acme/svc-01'])
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    app = await startAppProcess(oauth.url, {
      PORT: String(port),
      STORE: 'on',
      DATABASE_URL: url,
      GITHUB_URL: oauth.url,
      BOARD_CLIENT_ID: 'Iv1.board',
      BOARD_CLIENT_SECRET: 'board-client-secret',
      BOARD_URL: base,
      SESSION_SECRET
    })
  }, 60_000)

  afterAll(async () => {
    await app?.stop()
    await oauth?.stop()
    await postgres?.stop()
  })

  it('sends a visitor without a session to sign in, with a state cookie that is HttpOnly, Secure and SameSite', async () => {
    const board = await fetch(`${base}/board`, { redirect: 'manual' })
    expect([board.status, board.headers.get('location')]).toEqual([302, '/board/sign-in'])
    const start = await fetch(`${base}/board/sign-in`, { redirect: 'manual' })
    const location = new URL(start.headers.get('location')!)
    expect(`${location.origin}${location.pathname}`).toBe(`${oauth.url}/login/oauth/authorize`)
    expect(location.searchParams.get('client_id')).toBe('Iv1.board')
    expect(location.searchParams.get('redirect_uri')).toBe(`${base}/board/callback`)
    const [cookie] = start.headers.getSetCookie()
    expect(cookie).toMatch(
      /^rr_oauth_state=[\w-]+; Path=\/board; Max-Age=600; HttpOnly; Secure; SameSite=Lax$/
    )
  })

  it('refuses a callback whose state was not started here', async () => {
    oauth.signInAs = 'reader'
    const start = await fetch(`${base}/board/sign-in`, { redirect: 'manual' })
    const approve = await fetch(start.headers.get('location')!, { redirect: 'manual' })
    const callback = await fetch(approve.headers.get('location')!, { redirect: 'manual' }) // no state cookie
    expect(callback.status).toBe(400)
    expect(callback.headers.getSetCookie().some((c) => c.startsWith('rr_session='))).toBe(false)
  })

  it('shows a signed-in user only the repositories GitHub says they can read, asking GitHub once a minute', async () => {
    const session = await signIn('reader')
    const before = oauth.requests.filter((r) => r.path === '/user/installations').length
    const first = await fetch(`${base}/board`, { headers: { cookie: session } })
    const second = await fetch(`${base}/board`, { headers: { cookie: session } })
    expect([first.status, second.status]).toEqual([200, 200])
    expect(first.headers.get('cache-control')).toBe('no-store')
    expect(first.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    const html = await first.text()
    expect(html).toContain('acme/svc-00')
    expect(html).not.toContain('acme/svc-01')
    expect(oauth.requests.filter((r) => r.path === '/user/installations').length - before).toBe(1)
    const admin = await (await fetch(`${base}/board`, { headers: { cookie: await signIn('admin') } })).text()
    expect(admin).toContain('acme/svc-01')
  })

  it('ignores a forged session cookie', async () => {
    const forged = await fetch(`${base}/board`, {
      redirect: 'manual',
      headers: { cookie: 'rr_session=eyJsb2dpbiI6ImFkbWluIn0' }
    })
    expect([forged.status, forged.headers.get('location')]).toEqual([302, '/board/sign-in'])
  })

  it('signs out only with the board’s CSRF token, from the board’s origin', async () => {
    const session = await signIn('reader')
    const html = await (await fetch(`${base}/board`, { headers: { cookie: session } })).text()
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)![1]!
    const post = (body: string, origin = base): Promise<Response> =>
      fetch(`${base}/board/sign-out`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: session, origin, 'content-type': 'application/x-www-form-urlencoded' },
        body
      })
    expect((await post('csrf=wrong')).status).toBe(403)
    expect((await post(`csrf=${csrf}`, 'https://evil.example')).status).toBe(403)
    const out = await post(`csrf=${csrf}`)
    expect([out.status, out.headers.get('location')]).toEqual([303, '/board/signed-out'])
    expect(out.headers.getSetCookie()).toEqual([
      'rr_session=; Path=/board; Max-Age=0; HttpOnly; Secure; SameSite=Lax'
    ])
  })

  describe('in Chromium', () => {
    let browser: Browser
    let page: Page
    beforeAll(async () => {
      browser = await launchChromium()
      // This test browses the App and the GitHub double on 127.0.0.1, and nothing else.
      await browser.context.unroute('**/*')
      await browser.context.route('**/*', (route) =>
        /^http:\/\/127\.0\.0\.1:\d+\//.test(route.request().url())
          ? route.continue()
          : route.abort('blockedbyclient')
      )
      page = await browser.context.newPage()
    }, 60_000)
    afterAll(async () => browser?.close())

    it('signs in, shows one of the two repositories, sorts, filters and exports', async () => {
      oauth.signInAs = 'reader'
      await page.goto(`${base}/board`)
      expect(page.url()).toBe(`${base}/board`)
      expect(await page.textContent('form.user strong')).toBe('reader')
      expect(await page.$$eval('select[name=repo] option', (o) => o.map((x) => x.textContent))).toEqual([
        'All repositories',
        'acme/svc-00'
      ])
      expect(await page.textContent('#n-releases')).toBe('Showing 4 of 4 (4 in all)')
      await page.click('#t-releases th:nth-child(2) button')
      expect(await page.$$eval('#t-releases tbody th', (c) => c.map((x) => x.textContent))).toEqual([
        'v1.0.0',
        'v1.1.0',
        'v1.2.0',
        'v1.3.0'
      ])
      await page.fill('input[name=from]', '2026-01-10')
      expect(await page.$$eval('#t-releases tbody th', (c) => c.map((x) => x.textContent))).toEqual([
        'v1.2.0',
        'v1.3.0'
      ])
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#h-releases ~ .tools button[data-export=json]')
      ])
      const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Array<
        Record<string, string>
      >
      expect(exported.map((r) => [r.Repository, r.Release, r.URL])).toEqual([
        ['acme/svc-00', 'v1.2.0', 'https://github.com/acme/svc-00/releases/tag/v1.2.0'],
        ['acme/svc-00', 'v1.3.0', 'https://github.com/acme/svc-00/releases/tag/v1.3.0']
      ])
      expect((await browser.context.cookies()).find((c) => c.name === 'rr_session')).toMatchObject({
        httpOnly: true,
        secure: true,
        sameSite: 'Lax',
        path: '/board'
      })
      mkdirSync(outputDir, { recursive: true })
      await page.screenshot({ path: join(outputDir, 'board-app.png'), fullPage: true })
    }, 30_000)
  })

  describe('afterwards', () => {
    it('wrote nothing from the board to the log: no code, token, user or record', () => {
      const log = app.logs.join('\n')
      for (const secret of [
        ...oauth.issuedTokens,
        ...oauth.issuedCodes,
        SESSION_SECRET,
        'board-client-secret'
      ])
        expect(log).not.toContain(secret)
      expect(log).not.toMatch(/reader|admin|Change \d+ to the/)
      expect(oauth.violations).toEqual([])
    })
  })
})
