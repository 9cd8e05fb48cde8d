/** The GitHub calls the board makes with the signed-in user's own token (never the App's). */
export interface GitHubUserApi {
  /** Exchanges the OAuth `code` for the user's token. */
  exchangeCode(code: string): Promise<string>
  login(token: string): Promise<string>
  /** `owner/name` of every repository GitHub says the user can read through the App's installations. */
  readableRepositories(token: string): Promise<string[]>
}

export interface GitHubUserApiOptions {
  /** GitHub's web address (OAuth): https://github.com, or the GitHub Enterprise Server host. */
  webUrl: string
  /** The REST API: https://api.github.com. */
  apiUrl: string
  clientId: string
  clientSecret: string
  redirectUri: string
  fetch?: typeof fetch
  /** At most this many pages of 100 are read per list; past that the answer is refused (fail closed). */
  maxPages?: number
}

export class BoardAccessError extends Error {
  override name = 'BoardAccessError'
}

export function gitHubUserApi(options: GitHubUserApiOptions): GitHubUserApi {
  const send = options.fetch ?? fetch
  const maxPages = options.maxPages ?? 20
  const api = async <T>(token: string, path: string): Promise<T> => {
    const response = await send(`${options.apiUrl}${path}`, {
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'user-agent': 'release-readiness-board'
      },
      signal: AbortSignal.timeout(10_000)
    })
    if (!response.ok)
      throw new BoardAccessError(`GitHub answered HTTP ${response.status} to GET ${path.split('?')[0]}`)
    return (await response.json()) as T
  }
  const pages = async <T>(token: string, path: string, key: string): Promise<T[]> => {
    const all: T[] = []
    for (let page = 1; ; page++) {
      const body = await api<Record<string, T[]>>(
        token,
        `${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`
      )
      const items = body[key] ?? []
      all.push(...items)
      if (items.length < 100) return all
      if (page >= maxPages)
        throw new BoardAccessError(`More than ${maxPages * 100} entries at ${path}: refusing a partial list`)
    }
  }
  return {
    async exchangeCode(code) {
      const response = await send(`${options.webUrl}/login/oauth/access_token`, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({
          client_id: options.clientId,
          client_secret: options.clientSecret,
          code,
          redirect_uri: options.redirectUri
        }),
        signal: AbortSignal.timeout(10_000)
      })
      const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string }
      if (!response.ok || !body.access_token)
        throw new BoardAccessError(
          `GitHub refused the sign-in code (${body.error ?? `HTTP ${response.status}`})`
        )
      return body.access_token
    },
    async login(token) {
      return (await api<{ login: string }>(token, '/user')).login
    },
    async readableRepositories(token) {
      const installations = await pages<{ id: number }>(token, '/user/installations', 'installations')
      const names = new Set<string>()
      for (const installation of installations) {
        const repos = await pages<{ full_name: string }>(
          token,
          `/user/installations/${installation.id}/repositories`,
          'repositories'
        )
        for (const repo of repos) names.add(repo.full_name)
      }
      return [...names].sort()
    }
  }
}
