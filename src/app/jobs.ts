import type { Logger } from '../engine/types.js'
import type { GitHubClient } from '../sources/github/client.js'
import {
  changeFromPullRequest,
  getPullRequest,
  type PullRequestLike
} from '../sources/github/pull-request.js'
import { deploymentChange } from '../sources/github/deployment-change.js'
import { releaseOrDeploymentChange } from '../sources/github/release-change.js'
import type { ReleaseLike } from '../sources/github/releases.js'
import type { ProbotOctokitLike } from './api-client.js'
import type { AppDeps } from './deps.js'
import type { ResolvedChange } from './evaluate-change.js'
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

/** A pull request as the change to judge: base SHA → head SHA, configuration at the base. */
async function pullRequestChange(
  client: GitHubClient,
  repo: RepoFullName,
  number: number,
  pull?: PullRequestLike
): Promise<ResolvedChange> {
  const pr = pull ?? (await getPullRequest(client, { ...repo, number }))
  return { change: changeFromPullRequest(pr), configRef: pr.base.sha, pull: { ...repo, number: pr.number } }
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
        resolve: (client) => pullRequestChange(client, repo, number, pull)
      })
    }
  })
}

/** Queues the evaluation of a release: previous release tag → this tag, reported on the tag's commit. */
export function queueRelease(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  release: ReleaseLike,
  htmlUrl?: string
): void {
  deps.queue.push({
    key: `${repo.owner}/${repo.repo}@${release.tag_name}`,
    run: async () => {
      await reportChange({
        octokit: context.octokit,
        ...repo,
        ...(htmlUrl ? { htmlUrl } : {}),
        externalId: `release:${release.tag_name}`.slice(0, 100),
        log: context.log,
        deps,
        resolve: async (client) => {
          const sha = await commitOf(client, repo, release.tag_name)
          return releaseOrDeploymentChange(client, repo, {
            kind: 'release',
            head: sha,
            tag: release.tag_name,
            release
          })
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

/**
 * Evaluates a deployment of `sha` to `environment` (`deploymentChange`: from what runs there, as
 * its release for a release's commit, a rollback approved by default), on the check run
 * `Release readiness (deployment: <environment>)`.
 */
export function reportDeployment(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  deployment: { sha: string; environment: string; id?: number; defaultBranch?: string }
): Promise<ReportOutcome> {
  return reportChange({
    octokit: context.octokit,
    ...repo,
    headSha: deployment.sha,
    externalId: `deployment:${deployment.environment}`.slice(0, 100),
    log: context.log,
    deps,
    resolve: async (client, readConfig) => {
      const resolved = await deploymentChange(client, repo, {
        head: deployment.sha,
        environment: deployment.environment,
        ...(deployment.id !== undefined ? { deploymentId: deployment.id } : {}),
        ...(deployment.defaultBranch ? { defaultBranch: deployment.defaultBranch } : {}),
        readConfig
      })
      const { change, configRef } = resolved
      return {
        change,
        configRef,
        ...(resolved.kind === 'rollback' ? { rollback: { config: resolved.config } } : {})
      }
    }
  })
}
