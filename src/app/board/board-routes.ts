import type { IncomingMessage, ServerResponse } from 'node:http'
import { buildBoardData } from '../../reports/board/board-data.js'
import { renderBoard } from '../../reports/board/render-board.js'
import type { Logger } from '../../engine/types.js'
import type { RecordStore } from '../../store/record-store.js'
import { AccessCache } from './access-cache.js'
import { BoardAccessError, gitHubUserApi, type GitHubUserApi } from './github-user.js'
import {
  cookie,
  parseCookies,
  randomToken,
  readSession,
  sameSecret,
  seal,
  unseal,
  type BoardSession
} from './session.js'

/** The board's settings (`BOARD_*`, `SESSION_SECRET`, `GITHUB_URL`); the board is off without them. */
export interface BoardSettings {
  /** `BOARD_CLIENT_ID` and `BOARD_CLIENT_SECRET`: the GitHub App's OAuth client (its settings page). */
  clientId: string
  clientSecret: string
  /** `BOARD_URL`: the address users open, e.g. https://readiness.example.com (the callback is BOARD_URL/board/callback). */
  publicUrl: string
  /** `GITHUB_URL`: GitHub's web address for sign-in (default https://github.com). */
  webUrl: string
  /** `SESSION_SECRET`: seals session cookies; every instance behind one address needs the same. */
  sessionSecret: string
  /** `BOARD_ACCESS_TTL_S`: how long GitHub's answer to "which repositories may this user read" is reused (default 60 s). */
  accessTtlMs: number
  /** `BOARD_SESSION_HOURS`: how long a sign-in lasts (default 8). */
  sessionMs: number
}

const SESSION = 'rr_session'
const STATE = 'rr_oauth_state'
const HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store'
}

const esc = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2328}a{color:#0550ae}:focus-visible{outline:3px solid #0550ae}</style></head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`
}

export interface BoardHandlerOptions {
  settings: BoardSettings | undefined
  /** Undefined with `STORE=off`: the board says records are off. */
  store: Promise<RecordStore> | undefined
  apiUrl: string
  log: Logger
  /** Default: the real GitHub calls; tests may pass a fake. */
  github?: GitHubUserApi
  fetch?: typeof fetch
}

/**
 * `/board` and its sign-in: GitHub OAuth through the App's own client, sessions in sealed
 * HttpOnly/Secure/SameSite cookies, the board built only from the repositories GitHub says the
 * user can read. Returns false for paths that are not the board's. Logs no code, token, login or
 * record content.
 */
export function boardHandler(
  options: BoardHandlerOptions
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const { settings, store, log } = options
  const access = new AccessCache(settings?.accessTtlMs ?? 60_000)
  const github =
    options.github ??
    (settings
      ? gitHubUserApi({
          webUrl: settings.webUrl,
          apiUrl: options.apiUrl,
          clientId: settings.clientId,
          clientSecret: settings.clientSecret,
          redirectUri: `${settings.publicUrl}/board/callback`,
          ...(options.fetch ? { fetch: options.fetch } : {})
        })
      : undefined)

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://board.invalid')
    if (url.pathname !== '/board' && !url.pathname.startsWith('/board/')) return false
    const send = (status: number, body: string, headers: Record<string, string | string[]> = {}): true => {
      res.writeHead(status, { ...HEADERS, 'content-type': 'text/html; charset=utf-8', ...headers })
      res.end(body)
      return true
    }
    const redirect = (location: string, cookies: string[] = [], status = 302): true => {
      res.writeHead(status, { ...HEADERS, location, ...(cookies.length ? { 'set-cookie': cookies } : {}) })
      res.end()
      return true
    }
    if (!store) {
      return send(
        404,
        page(
          'The board is off',
          '<p>The App keeps no evaluation records (STORE=off), so there is no board. See docs/app.md.</p>'
        )
      )
    }
    if (!settings || !github) {
      return send(
        404,
        page(
          'The board is not set up',
          '<p>Set BOARD_CLIENT_ID, BOARD_CLIENT_SECRET, BOARD_URL and SESSION_SECRET (see docs/app.md) and restart the App.</p>'
        )
      )
    }
    const route = `${req.method} ${url.pathname}`
    const cookies = parseCookies(req.headers.cookie)
    const session = readSession(cookies[SESSION], settings.sessionSecret)
    const clearSession = cookie(SESSION, '', 0)
    try {
      switch (route) {
        case 'GET /board':
        case 'GET /board/': {
          if (!session) return redirect('/board/sign-in')
          let repos: string[]
          try {
            repos = await access.get(session.token, () => github.readableRepositories(session.token))
          } catch (error) {
            if (error instanceof BoardAccessError && /HTTP 401/.test(error.message)) {
              access.forget(session.token)
              return redirect('/board/sign-in', [clearSession])
            }
            log.warn(
              `[release-readiness] Board: could not ask GitHub which repositories a user can read (${(error as Error).message})`
            )
            return send(
              502,
              page(
                'Cannot check your access',
                '<p>GitHub did not say which repositories you can read, so the board shows nothing. <a href="/board">Try again</a> in a minute.</p>'
              )
            )
          }
          const records = await (await store).list({ repositories: repos })
          return send(
            200,
            renderBoard(buildBoardData(records), {
              user: { login: session.login, signOutPath: '/board/sign-out', csrfToken: session.csrf },
              note: `Repositories you can read: ${repos.length}. Records shown: ${records.length}.`
            })
          )
        }
        case 'GET /board/sign-in': {
          const state = randomToken()
          const authorize = new URL(`${settings.webUrl}/login/oauth/authorize`)
          authorize.searchParams.set('client_id', settings.clientId)
          authorize.searchParams.set('redirect_uri', `${settings.publicUrl}/board/callback`)
          authorize.searchParams.set('state', state)
          return redirect(authorize.href, [
            cookie(STATE, seal({ state, exp: Date.now() + 600_000 }, settings.sessionSecret), 600)
          ])
        }
        case 'GET /board/callback': {
          const expected = unseal<{ state: string; exp: number }>(cookies[STATE], settings.sessionSecret)
          const state = url.searchParams.get('state') ?? ''
          const code = url.searchParams.get('code') ?? ''
          if (!expected || expected.exp < Date.now() || !code || !sameSecret(expected.state, state)) {
            return send(
              400,
              page(
                'Sign-in did not match',
                '<p>This sign-in link is stale or was not started here. <a href="/board/sign-in">Sign in again</a>.</p>'
              ),
              { 'set-cookie': cookie(STATE, '', 0) }
            )
          }
          const token = await github.exchangeCode(code)
          const login = await github.login(token)
          const next: BoardSession = {
            login,
            token,
            csrf: randomToken(),
            exp: Date.now() + settings.sessionMs
          }
          return redirect(
            '/board',
            [
              cookie(STATE, '', 0),
              cookie(SESSION, seal(next, settings.sessionSecret), Math.floor(settings.sessionMs / 1000))
            ],
            303
          )
        }
        case 'POST /board/sign-out': {
          const form = new URLSearchParams(await readBody(req, 4096))
          const origin = req.headers.origin
          const sameOrigin = origin === undefined || origin === new URL(settings.publicUrl).origin
          if (!session || !sameOrigin || !sameSecret(form.get('csrf') ?? '', session.csrf)) {
            return send(
              403,
              page(
                'Not signed out',
                '<p>The request did not come from the board. <a href="/board">Back to the board</a>.</p>'
              )
            )
          }
          access.forget(session.token)
          return redirect('/board/signed-out', [clearSession], 303)
        }
        case 'GET /board/signed-out':
          return send(200, page('Signed out', '<p><a href="/board/sign-in">Sign in again</a>.</p>'))
        default:
          return send(404, page('Not found', '<p><a href="/board">Go to the board</a>.</p>'))
      }
    } catch (error) {
      log.warn(
        `[release-readiness] Board: ${route} failed (${error instanceof BoardAccessError ? error.message : (error as Error).name})`
      )
      return send(
        502,
        page(
          'The board is unavailable',
          '<p>It could not be built just now (see the App log). <a href="/board">Try again</a> in a minute.</p>'
        )
      )
    }
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new BoardAccessError('request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}
