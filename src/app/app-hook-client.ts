/**
 * A small client for the App's own webhook endpoints (`/app/hook/...`), authenticated as the App
 * (its JWT, not an installation token). Retries what may pass (a 5xx, a 403 or 429 with
 * `retry-after` or an exhausted rate limit, a timeout or a dropped connection) with back-off, a
 * bounded number of times; anything else, or the last failure, throws `HookApiError`.
 */
export interface HookClientOptions {
  /** The REST API root (`GITHUB_API_URL`), without a trailing slash. */
  baseUrl: string
  /** The App's JWT (asked for on every request: it expires after ten minutes). */
  token(): Promise<string>
  /** Retries after the first try (default 3). */
  retries?: number
  /** The first back-off; doubled each time (default 500 ms). */
  delayMs?: number
  /** Each request is abandoned after this long (default 10 s). */
  timeoutMs?: number
  /** The longest `retry-after` honoured; longer, and the request fails (default 60 s). */
  maxRetryAfterMs?: number
  fetch?: typeof fetch
}

export class HookApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    /** Requests sent before giving up. */
    readonly tries: number
  ) {
    super(message)
    this.name = 'HookApiError'
  }
}

export interface HookResponse<T> {
  status: number
  data: T
  /** The `cursor` of the `Link` header's `rel="next"` URL, when there is a next page. */
  nextCursor?: string
  /** Tries it took (1 when the first answered). */
  tries: number
}

/** The cursor of the `rel="next"` link, or undefined. */
export function nextCursor(link: string | null): string | undefined {
  if (!link) return undefined
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (!match) continue
    try {
      return new URL(match[1]!).searchParams.get('cursor') ?? undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

/** Milliseconds to wait before retrying this answer, or undefined when it is not worth retrying. */
function retryDelay(response: Response, backoffMs: number, maxRetryAfterMs: number): number | undefined {
  const { status } = response
  const retryAfter = response.headers.get('retry-after')
  if ((status === 403 || status === 429) && retryAfter !== null) {
    const seconds = Number(retryAfter)
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now()
    return ms > maxRetryAfterMs ? undefined : Math.max(0, ms)
  }
  if ((status === 403 || status === 429) && response.headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(response.headers.get('x-ratelimit-reset')) * 1000 - Date.now()
    return reset > maxRetryAfterMs ? undefined : Math.max(0, reset)
  }
  if (status === 429 || status >= 500) return backoffMs
  return undefined
}

/** Sends `method path` (path relative to the API root, with its query) and parses the JSON answer. */
export async function hookRequest<T>(
  options: HookClientOptions,
  method: 'GET' | 'POST',
  path: string
): Promise<HookResponse<T>> {
  const retries = options.retries ?? 3
  const delayMs = options.delayMs ?? 500
  const timeoutMs = options.timeoutMs ?? 10_000
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000
  const send = options.fetch ?? fetch
  const what = `${method} ${path.split('?')[0]}`
  for (let attempt = 0; ; attempt++) {
    const backoff = delayMs * 2 ** attempt
    let response: Response
    try {
      response = await send(`${options.baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${await options.token()}`,
          'user-agent': 'release-readiness-app',
          'x-github-api-version': '2022-11-28'
        },
        signal: AbortSignal.timeout(timeoutMs)
      })
    } catch (error) {
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${timeoutMs} ms`
          : (error as Error).message
      if (attempt >= retries)
        throw new HookApiError(`${what} failed after ${attempt + 1} tries: ${reason}`, undefined, attempt + 1)
      await new Promise((resolve) => setTimeout(resolve, backoff))
      continue
    }
    if (response.ok) {
      const text = await response.text()
      const cursor = nextCursor(response.headers.get('link'))
      let data: T
      try {
        data = (text === '' ? undefined : JSON.parse(text)) as T
      } catch {
        throw new HookApiError(
          `${what} answered ${response.status} with a body that is not JSON`,
          response.status,
          attempt + 1
        )
      }
      return { status: response.status, data, ...(cursor ? { nextCursor: cursor } : {}), tries: attempt + 1 }
    }
    const wait = retryDelay(response, backoff, maxRetryAfterMs)
    const message = await response
      .json()
      .then((body: { message?: unknown }) => (typeof body?.message === 'string' ? body.message : ''))
      .catch(() => '')
    if (wait === undefined || attempt >= retries) {
      throw new HookApiError(
        `${what} answered ${response.status}${message ? ` (${message.slice(0, 200)})` : ''} after ${attempt + 1} tr${attempt === 0 ? 'y' : 'ies'}`,
        response.status,
        attempt + 1
      )
    }
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}
