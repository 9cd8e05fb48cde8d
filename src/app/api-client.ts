import { createHash } from 'node:crypto'
import { Octokit } from '@octokit/rest'
import {
  createClient,
  isTransient,
  statusOf,
  type GitHubClient,
  type OctokitLike
} from '../sources/github/client.js'
import type { Logger } from '../engine/types.js'
import type { AppDeps } from './deps.js'

/** What the App needs from Probot's `context.octokit`. */
export interface ProbotOctokitLike extends OctokitLike {
  auth(options: { type: 'installation' }): Promise<unknown>
}

interface Lane {
  next: number
  tail: Promise<void>
}

const lanes = new Map<string, Lane>()
const WRITES = /^(POST|PATCH|PUT|DELETE) /
const CREATE_CHECK_RUN = 'POST /repos/{owner}/{repo}/check-runs'

/** Waits for this installation's turn to write: one write per `intervalMs`, in order. */
function writeTurn(key: string, intervalMs: number): Promise<void> {
  if (intervalMs <= 0) return Promise.resolve()
  const now = Date.now()
  for (const [k, lane] of lanes) if (lane.next < now - 60_000) lanes.delete(k)
  const lane = lanes.get(key) ?? { next: 0, tail: Promise.resolve() }
  lanes.set(key, lane)
  lane.tail = lane.tail.then(async () => {
    const wait = lane.next - Date.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    lane.next = Date.now() + intervalMs
  })
  return lane.tail
}

/** The installation token (cached by Probot), retried like any other call when GitHub fails. */
async function installationToken(octokit: ProbotOctokitLike, deps: AppDeps, log: Logger): Promise<unknown> {
  const retries = deps.retry.retries ?? 3
  const delayMs = deps.retry.delayMs ?? 1000
  for (let attempt = 0; ; attempt++) {
    try {
      return await octokit.auth({ type: 'installation' })
    } catch (error) {
      if (!isTransient(error) || attempt >= retries) throw error
      log.debug(`[github] installation token failed (${statusOf(error) ?? 'network'}); retry ${attempt + 1}`)
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** attempt))
    }
  }
}

/**
 * The client for one evaluation: the installation's token (from Probot, which caches and renews
 * it) on a plain Octokit, wrapped by the shared counting, retrying client. Probot's own Octokit
 * retries and throttles every write to one a second for the whole process; here retries are ours
 * (counted), and writes are paced per installation by `deps.writeIntervalMs`.
 */
export async function apiClient(
  octokit: ProbotOctokitLike,
  deps: AppDeps,
  log: Logger
): Promise<GitHubClient> {
  const { token } = (await installationToken(octokit, deps, log)) as { token: string }
  const baseUrl = (octokit.request as unknown as { endpoint: { DEFAULTS: { baseUrl: string } } }).endpoint
    .DEFAULTS.baseUrl
  const rest = new Octokit({
    auth: token,
    baseUrl,
    userAgent: 'release-readiness-app',
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (m: string) => log.warn(m),
      error: () => undefined
    }
  })
  // Writes are paced per installation token; the lane is named by a digest, not the token itself.
  const lane = createHash('sha256').update(token).digest('hex').slice(0, 16)
  const send = rest.request as (r: string, p?: Record<string, unknown>) => Promise<any>
  const createsTried = new Set<string>()
  const request = async (route: string, parameters: Record<string, any> = {}): Promise<unknown> => {
    if (route === CREATE_CHECK_RUN) {
      // A create that failed with a 5xx may still have created the run: before retrying, look.
      const key = `${parameters.owner}/${parameters.repo}@${parameters.head_sha}:${parameters.name}`
      if (createsTried.has(key)) {
        const { data } = await send('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
          owner: parameters.owner,
          repo: parameters.repo,
          ref: parameters.head_sha,
          check_name: parameters.name,
          filter: 'latest'
        })
        const existing = data.check_runs.find(
          (run: { head_sha: string }) => run.head_sha === parameters.head_sha
        )
        if (existing) return { status: 200, data: existing, headers: {}, url: '' }
      }
      createsTried.add(key)
    }
    if (WRITES.test(route)) await writeTurn(lane, deps.writeIntervalMs)
    return send(route, parameters)
  }
  return createClient({ request: request as unknown as Octokit['request'] }, { retry: deps.retry, log })
}
