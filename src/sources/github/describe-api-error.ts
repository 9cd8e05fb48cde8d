import { statusOf } from './client.js'

const HINTS: Record<number, string> = {
  401: 'The token is invalid or has expired: check the token input (the default, github.token, always works).',
  403: 'The token lacks a permission: give the workflow "contents: read" (and "pull-requests: write" for the comment), or pass a token that has it.',
  404: 'The repository, pull request or ref was not found, or the token cannot see it: check the token input and the event.',
  422: 'GitHub refused the request as invalid: check the base-ref input and the event.'
}

/**
 * A one-paragraph message for an Octokit `RequestError` that is not retried (4xx): what GitHub
 * answered, to which request, and what to do. `undefined` for anything else.
 */
export function describeApiError(error: unknown): string | undefined {
  const status = statusOf(error)
  if (status === undefined || !(error instanceof Error)) return undefined
  const request = (error as { request?: { method?: string; url?: string } }).request
  let where = ''
  if (request?.url) {
    try {
      where = ` to ${request.method ?? 'GET'} ${decodeURIComponent(new URL(request.url).pathname)}`
    } catch {
      where = ''
    }
  }
  const hint = HINTS[status] ?? 'Re-run the job; if it keeps failing, check https://www.githubstatus.com.'
  return `[release-readiness] GitHub answered ${status}${where}: ${error.message}. ${hint}`
}
