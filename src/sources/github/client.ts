import type { Octokit } from '@octokit/rest'
import { UserError } from '../../engine/errors.js'
import type { Logger } from '../../engine/types.js'
import { MAX_RETRY_AFTER_MS, rateLimitDelayMs } from './rate-limit.js'

/**
 * The one thing we need from an Octokit: `request`. `@octokit/rest`'s `Octokit` (the Action) and
 * Probot's `context.octokit` (the App) both have it, so the GitHub-facing code takes either.
 */
export interface OctokitLike {
  request: Octokit['request']
}

export interface RetryOptions {
  /** Attempts after the first for a 5xx, 429 or network error. */
  retries: number
  /** Delay before the first retry, in milliseconds; doubles on each further retry. */
  delayMs: number
}

export const DEFAULT_RETRY: RetryOptions = { retries: 3, delayMs: 1000 }

/** A counting, retrying client: every GitHub call of one evaluation goes through one of these. */
export interface GitHubClient extends OctokitLike {
  readonly stats: { calls: number; retries: number; byRoute: Record<string, number> }
}

/** The API kept failing (5xx, 429, network) after the retries: the evaluation cannot finish. */
export class GitHubApiError extends UserError {
  override name = 'GitHubApiError'
  constructor(
    readonly route: string,
    readonly status: number | undefined,
    attempts: number,
    options?: { cause?: unknown }
  ) {
    super(
      `[release-readiness] The GitHub API kept failing: ${route} answered ${status ?? 'a network error'} ` +
        `${attempts} time(s) in a row, so the change could not be evaluated (this is not a GO). ` +
        'Re-run the job; if it keeps failing, check https://www.githubstatus.com.',
      options
    )
  }
}

/** The HTTP status of an Octokit `RequestError` (or anything shaped like one). */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * True for errors worth retrying: 5xx, 429, a 403 that is a (secondary) rate limit, and network
 * failures (Octokit reports those as 500).
 */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error)
  return status === undefined || status >= 500 || status === 429 || rateLimitDelayMs(error) !== undefined
}

/** `GET /repos/acme/shop/compare/a...b` from the failed request, else the route template. */
function describeRequest(route: string, error: unknown): string {
  const url = (error as { request?: { url?: unknown } } | null)?.request?.url
  if (typeof url !== 'string') return route
  try {
    return `${route.split(' ')[0]} ${decodeURIComponent(new URL(url).pathname)}`
  } catch {
    return route
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Wraps `octokit` so that each request is counted and transient failures are retried with
 * exponential backoff (bounded by `retry.retries`). Wrapping a `GitHubClient` again returns it.
 */
export function createClient(
  octokit: OctokitLike | GitHubClient,
  options: { retry?: Partial<RetryOptions>; log?: Logger } = {}
): GitHubClient {
  if ('stats' in octokit) return octokit
  const retry = { ...DEFAULT_RETRY, ...options.retry }
  const stats = { calls: 0, retries: 0, byRoute: {} as Record<string, number> }
  const request = async (route: string, parameters?: Record<string, unknown>): Promise<unknown> => {
    const name = route.split(' ').length > 1 ? route : `${String(parameters?.method ?? 'GET')} ${route}`
    for (let attempt = 0; ; attempt++) {
      stats.calls++
      stats.byRoute[name] = (stats.byRoute[name] ?? 0) + 1
      try {
        return await (octokit.request as (r: string, p?: Record<string, unknown>) => Promise<unknown>)(
          route,
          parameters
        )
      } catch (error) {
        if (!isTransient(error)) throw error
        // GitHub's `retry-after` (secondary rate limits) is honoured, up to MAX_RETRY_AFTER_MS.
        const asked = rateLimitDelayMs(error)
        if (attempt >= retry.retries || (asked ?? 0) > MAX_RETRY_AFTER_MS)
          throw new GitHubApiError(describeRequest(name, error), statusOf(error), attempt + 1, {
            cause: error
          })
        const wait = Math.max(retry.delayMs * 2 ** attempt, asked ?? 0)
        options.log?.debug(
          `[github] ${name} failed (${statusOf(error) ?? 'network'}); retry ${attempt + 1} in ${wait} ms`
        )
        stats.retries++
        await sleep(wait)
      }
    }
  }
  return { request: request as unknown as Octokit['request'], stats }
}

/** One debug line: how many API calls an evaluation made, by route. */
export function describeStats(client: GitHubClient): string {
  const routes = Object.entries(client.stats.byRoute)
    .map(([route, n]) => `${route} ×${n}`)
    .join(', ')
  return `[github] ${client.stats.calls} API call(s) (${client.stats.retries} retries): ${routes}`
}
