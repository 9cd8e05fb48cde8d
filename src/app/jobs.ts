import { resolveEvent, type EventResolution } from '../action/resolve-event.js'
import type { EventName, Logger } from '../engine/types.js'
import type { GitHubClient } from '../github/client.js'
import type { PullRequestLike } from '../github/pull-request.js'
import type { AppDeps } from './deps.js'
import type { ProbotOctokitLike } from './api-client.js'
import { reportChange, type ReportOutcome } from './report-change.js'

/** The parts of a Probot context the jobs need (a plain object in tests). */
export interface JobContext {
  octokit: ProbotOctokitLike
  log: Logger
}

export interface RepoFullName {
  owner: string
  repo: string
}

/** Resolves the change as the Action does: same release range, same deployment lookup. */
function resolveAs(
  kind: EventName,
  repo: RepoFullName,
  payload: Record<string, unknown>,
  client: GitHubClient,
  sha?: string
): Promise<EventResolution> {
  return resolveEvent(
    {
      eventName: kind,
      owner: repo.owner,
      repo: repo.repo,
      ...(sha ? { sha } : {}),
      apiUrl: '',
      serverUrl: ''
    },
    payload,
    { token: '', comment: true, retry: { retries: 0, delayMs: 0 }, event: kind },
    client
  )
}

/** Queues the evaluation of a pull request; a newer one for the same pull request replaces it. */
export function queuePullRequest(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  number: number,
  pull?: PullRequestLike
): void {
  const key = `${repo.owner}/${repo.repo}#${number}`
  deps.queue.push({
    key,
    run: async () => {
      await reportChange({
        octokit: context.octokit,
        ...repo,
        ...(pull ? { headSha: pull.head.sha } : {}),
        externalId: `pull_request:${number}`,
        log: context.log,
        deps,
        resolve: (client) =>
          resolveAs(
            'pull_request',
            repo,
            pull ? { pull_request: pull } : { issue: { number, pull_request: {} } },
            client
          )
      })
    }
  })
}

export interface ReleaseLikePayload {
  tag_name: string
  name?: string | null
  body?: string | null
  prerelease?: boolean
  published_at?: string | null
}

/** Queues the evaluation of a release: previous release tag → this tag, reported on the tag's commit. */
export function queueRelease(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  release: ReleaseLikePayload
): void {
  deps.queue.push({
    key: `${repo.owner}/${repo.repo}@${release.tag_name}`,
    run: async () => {
      await reportChange({
        octokit: context.octokit,
        ...repo,
        externalId: `release:${release.tag_name}`.slice(0, 100),
        log: context.log,
        deps,
        resolve: async (client) => {
          const sha = await commitOf(client, repo, release.tag_name)
          return resolveAs('release', repo, { release }, client, sha)
        }
      })
    }
  })
}

/** The commit a tag (or branch, or SHA) points to: one call. */
export async function commitOf(client: GitHubClient, repo: RepoFullName, ref: string): Promise<string> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref })
  return data.sha
}

/** Evaluates a deployment of `sha` to `environment` (base: the last release before it). */
export function reportDeployment(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  deployment: { sha: string; environment: string; ref?: string }
): Promise<ReportOutcome> {
  return reportChange({
    octokit: context.octokit,
    ...repo,
    headSha: deployment.sha,
    externalId: `deployment:${deployment.environment}`.slice(0, 100),
    log: context.log,
    deps,
    resolve: (client) => resolveAs('deployment', repo, { deployment }, client, deployment.sha)
  })
}
