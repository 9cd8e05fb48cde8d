import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createOpenApiValidator } from '../../support/openapi-validator.js'

/**
 * GitHub's side of the board's sign-in on 127.0.0.1: the OAuth web flow (`/login/oauth/authorize`
 * approves at once as `signInAs`, `/login/oauth/access_token` swaps the code for a token) and the
 * user-token REST calls the board makes (`/user`, `/user/installations`,
 * `/user/installations/{id}/repositories`), each checked against GitHub's OpenAPI description.
 */
export class FakeOAuth {
  /** login → repositories (`owner/name`) that GitHub says the user can read. */
  readonly access = new Map<string, string[]>()
  /** Who approves the next sign-in. */
  signInAs = ''
  readonly requests: Array<{ method: string; path: string; status: number }> = []
  readonly violations: string[] = []
  private readonly codes = new Map<string, { login: string; redirectUri: string }>()
  private readonly tokens = new Map<string, string>()
  private readonly validate = createOpenApiValidator()
  private server?: Server

  constructor(
    readonly clientId: string,
    readonly clientSecret: string
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`
  }

  /** Every token handed out (the tests check that none reaches a log). */
  get issuedTokens(): string[] {
    return [...this.tokens.keys()]
  }

  get issuedCodes(): string[] {
    return [...this.codes.keys()]
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1')
        const raw = Buffer.concat(chunks).toString('utf8')
        const reply = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
          this.requests.push({ method: req.method ?? 'GET', path: url.pathname, status })
          res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(data))
        }
        if (req.method === 'GET' && url.pathname === '/login/oauth/authorize') {
          const redirect = url.searchParams.get('redirect_uri') ?? ''
          if (url.searchParams.get('client_id') !== this.clientId || !redirect)
            return reply(404, { error: 'unknown client' })
          const code = randomBytes(10).toString('hex')
          this.codes.set(code, { login: this.signInAs, redirectUri: redirect })
          const back = new URL(redirect)
          back.searchParams.set('code', code)
          back.searchParams.set('state', url.searchParams.get('state') ?? '')
          return reply(302, {}, { location: back.href })
        }
        if (req.method === 'POST' && url.pathname === '/login/oauth/access_token') {
          const body = JSON.parse(raw || '{}') as Record<string, string>
          const grant = this.codes.get(body.code ?? '')
          if (
            body.client_id !== this.clientId ||
            body.client_secret !== this.clientSecret ||
            !grant ||
            grant.redirectUri !== body.redirect_uri
          )
            return reply(200, { error: 'bad_verification_code' })
          this.codes.delete(body.code!)
          const token = `ghu_${randomBytes(12).toString('hex')}`
          this.tokens.set(token, grant.login)
          return reply(200, { access_token: token, token_type: 'bearer', scope: '' })
        }
        this.violations.push(
          ...this.validate({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams })
        )
        const login = this.tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''))
        if (!login) return reply(401, { message: 'Bad credentials' })
        const repos = this.access.get(login) ?? []
        const page = Number(url.searchParams.get('page') ?? '1')
        if (url.pathname === '/user') return reply(200, { login, id: 1, type: 'User' })
        if (url.pathname === '/user/installations')
          return reply(200, {
            total_count: 1,
            installations: page === 1 ? [{ id: 31, account: { login: 'acme' } }] : []
          })
        if (url.pathname === '/user/installations/31/repositories') {
          const list =
            page === 1 ? repos.map((full_name, i) => ({ id: i + 1, full_name, private: true })) : []
          return reply(200, { total_count: repos.length, repositories: list })
        }
        return reply(404, { message: 'Not Found' })
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve) ?? resolve(undefined))
  }
}
