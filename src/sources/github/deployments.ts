import { UserError } from '../../engine/errors.js'
import { statusOf, type GitHubClient } from './client.js'

/** A deployment as GitHub lists it, with the state of its latest status. */
export interface DeploymentRecord {
  id: number
  sha: string
  /** The latest status's state (`success`, `inactive`, `failure`, `in_progress`…), or `none`. */
  state: string
}

/** What an environment's deployment history says about a deployment of `head`. */
export interface EnvironmentHistory {
  /** What runs there: the latest deployment whose latest status is `success`. */
  running?: DeploymentRecord
  /**
   * When `head` itself runs there (a re-deployment): the last deployment of another commit that
   * ran before it (latest status `success` or `inactive`, which GitHub sets on a replaced one).
   */
  before?: DeploymentRecord
  /**
   * True when the read limits were reached before the answer (what ran further back is unknown).
   * Never an error: the caller falls back to a release and says so, as a gate that could never
   * approve again (every rejected deployment adds one more to read) would be worse.
   */
  incomplete?: boolean
}

const PAGE = 100
/** Deployments whose statuses are read at most for one answer. */
export const MAX_DEPLOYMENTS_READ = 50
/** Pages of deployments read at most (a re-deployed commit's own deployments are skipped unread). */
const MAX_PAGES = 10

interface Repo {
  owner: string
  repo: string
}

/**
 * Reads an environment's deployments, newest first as GitHub lists them, page by page, and the
 * latest status of each one it needs (all its statuses, paginated, the newest by id) until it knows
 * what runs there, reading at most `MAX_DEPLOYMENTS_READ` deployments' statuses and `MAX_PAGES`
 * pages. The deployment being judged (`exclude`) is never its own base. A read that fails throws:
 * "could not read" is never "nothing ran there".
 */
export async function readEnvironmentHistory(
  client: GitHubClient,
  repo: Repo,
  options: { environment: string; head: string; exclude?: number }
): Promise<EnvironmentHistory> {
  const { environment, head } = options
  let running: DeploymentRecord | undefined
  let reads = 0
  const incomplete = (): EnvironmentHistory => ({ ...(running ? { running } : {}), incomplete: true })
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES) return incomplete()
    const list = await guarded(environment, () =>
      client.request('GET /repos/{owner}/{repo}/deployments', {
        ...repo,
        environment,
        per_page: PAGE,
        page
      })
    )
    const deployments = list.data as { id: number; sha: string }[]
    for (const deployment of deployments) {
      if (deployment.id === options.exclude) continue
      // Looking for what ran before a re-deployed `head`: its own earlier deployments do not count.
      if (running && deployment.sha === head) continue
      if (++reads > MAX_DEPLOYMENTS_READ) return incomplete()
      const state = await latestState(client, repo, environment, deployment.id)
      const record = { id: deployment.id, sha: deployment.sha, state }
      if (!running) {
        if (state !== 'success') continue
        running = record
        if (record.sha !== head) return { running }
      } else if (state === 'success' || state === 'inactive') {
        return { running, before: record }
      }
    }
    if (deployments.length < PAGE) return running ? { running } : {}
  }
}

/** The state of a deployment's newest status (by id, whatever order the pages come in), or `none`. */
async function latestState(
  client: GitHubClient,
  repo: Repo,
  environment: string,
  deploymentId: number
): Promise<string> {
  let latest: { id: number; state: string } | undefined
  for (let page = 1; ; page++) {
    const { data } = await guarded(environment, () =>
      client.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...repo,
        deployment_id: deploymentId,
        per_page: PAGE,
        page
      })
    )
    for (const status of data as { id: number; state: string }[]) {
      if (!latest || status.id > latest.id) latest = status
    }
    if (data.length < PAGE) return latest?.state ?? 'none'
  }
}

/** A token that may not read deployments gets told which permission is missing. */
async function guarded<T>(environment: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    const status = statusOf(error)
    if (status === 403 || status === 404) {
      throw new UserError(
        `[release-readiness] Could not read the deployments to ${environment} (HTTP ${status}), so what runs there is unknown (this is not a GO). ` +
          'Give the token deployments: read (in a workflow: permissions: deployments: read; the App asks for it).',
        { cause: error }
      )
    }
    throw error
  }
}
