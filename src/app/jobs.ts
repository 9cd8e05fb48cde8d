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
import { CONFIG_PATH } from '../engine/config.js'
import { describeStats } from '../sources/github/client.js'
import { apiClient } from './api-client.js'
import { answerDeploymentTask } from './deployment-task.js'
import { linkReleaseReport } from './link-release-report.js'
import { leaseKey, supersedable, taskKey, taskPriority, type Task } from './tasks.js'

/** The parts of a Probot context the jobs need (a plain object in tests). */
export interface JobContext {
  octokit: ProbotOctokitLike
  log: Logger
  /** The installation the event came from: a stored job gets its token again with it. */
  installation?: number
  /** The delivery (`x-github-delivery`) that asked for the work. */
  delivery?: string
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

/** The fields every task takes from where it was asked: the installation and the delivery. */
export function taskOrigin(
  context: JobContext,
  repo: RepoFullName
): Pick<Task, 'installation' | 'owner' | 'repo' | 'delivery'> {
  return {
    ...(context.installation !== undefined ? { installation: context.installation } : {}),
    ...(context.delivery ? { delivery: context.delivery } : {}),
    owner: repo.owner,
    repo: repo.repo
  }
}

/**
 * Queues `task`. In memory, `run` (default: `runTask`) runs it in this process; the durable queue
 * stores the task instead and any instance runs it with `runTask`. Resolves once it is kept.
 */
export function queueTask(
  context: JobContext,
  deps: AppDeps,
  task: Task,
  run: () => Promise<void> = () => runTask(task, context, deps)
): Promise<void> {
  return deps.queue.push({
    // In memory a job's key is both its lease and its queue slot; deployment requests, never
    // folded into one another, take turns on their commit's deployment check run.
    key: supersedable(task) ? taskKey(task) : leaseKey(task),
    priority: taskPriority(task),
    supersedable: supersedable(task),
    task,
    run
  })
}

/**
 * Queues the evaluation of a pull request; a newer one for the same pull request replaces it. The
 * payload's pull request (`pull`) spares one read in memory; a stored job reads it when it runs.
 */
export function queuePullRequest(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  number: number,
  pull?: PullRequestLike
): Promise<void> {
  const task: Task = { kind: 'pull_request', ...taskOrigin(context, repo), number }
  return queueTask(context, deps, task, () => evaluatePullRequest(context, deps, repo, number, {}, pull))
}

async function evaluatePullRequest(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  number: number,
  run: TaskRun,
  pull?: PullRequestLike
): Promise<void> {
  await reportChange({
    octokit: context.octokit,
    ...repo,
    ...(pull ? { headSha: pull.head.sha } : {}),
    externalId: `pull_request:${number}`,
    log: context.log,
    deps,
    ...(run.current ? { current: run.current } : {}),
    resolve: (client) => pullRequestChange(client, repo, number, pull)
  })
}

/**
 * Queues the evaluation of a release: previous release tag → this tag, reported on the tag's
 * commit. Without `release` (a re-run, or a stored job) the release is read by its tag first.
 */
export function queueRelease(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  tag: string,
  release?: ReleaseLike,
  htmlUrl?: string
): Promise<void> {
  const task: Task = { kind: 'release', ...taskOrigin(context, repo), tag, ...(htmlUrl ? { htmlUrl } : {}) }
  return queueTask(context, deps, task, () =>
    evaluateReleaseTag(context, deps, repo, tag, {}, release, htmlUrl)
  )
}

async function evaluateReleaseTag(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  tag: string,
  run: TaskRun,
  known?: ReleaseLike,
  htmlUrl?: string
): Promise<void> {
  let release = known
  if (!release) {
    const client = await apiClient(context.octokit, deps, context.log)
    const { data } = await client.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...repo, tag })
    release = data as ReleaseLike
  }
  const { tag_name } = release
  await reportChange({
    octokit: context.octokit,
    ...repo,
    ...(htmlUrl ? { htmlUrl } : {}),
    externalId: `release:${tag_name}`.slice(0, 100),
    log: context.log,
    deps,
    ...(run.current ? { current: run.current } : {}),
    resolve: async (client) => {
      const sha = await commitOf(client, repo, tag_name)
      return releaseOrDeploymentChange(client, repo, {
        kind: 'release',
        head: sha,
        tag: tag_name,
        release: release!
      })
    }
  })
}

/** What the queue tells a job it runs: whether this instance still holds the job's subject. */
export interface TaskRun {
  /**
   * False once another instance took this job's subject over (this one was presumed dead): the
   * job then writes no final result (check run, comment, record, deployment answer).
   */
  current?: () => Promise<boolean>
}

/** Runs a stored task: the same work as the job queued in memory, with everything re-read from GitHub. */
export async function runTask(
  task: Task,
  context: JobContext,
  deps: AppDeps,
  run: TaskRun = {}
): Promise<void> {
  const repo = { owner: task.owner, repo: task.repo }
  switch (task.kind) {
    case 'pull_request':
      await evaluatePullRequest(context, deps, repo, task.number, run)
      return
    case 'release':
      await evaluateReleaseTag(context, deps, repo, task.tag, run, undefined, task.htmlUrl)
      return
    case 'deployment':
      await answerDeploymentTask(context, deps, task, run)
      return
    case 'deployment_check':
      await reportDeployment(context, deps, repo, { sha: task.sha, environment: task.environment }, run)
      return
    case 'configuration':
      await requeueOpenPulls(context, deps, repo, task.branch)
      return
    case 'workflow_run':
      await linkWorkflowRunReport(context, deps, repo, task)
      return
  }
}

/** The configuration changed on `branch`: queue its open pull requests (at most `maxPullsOnConfigChange`). */
async function requeueOpenPulls(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  branch: string
): Promise<void> {
  const client = await apiClient(context.octokit, deps, context.log)
  const { data } = await client.request('GET /repos/{owner}/{repo}/pulls', {
    ...repo,
    state: 'open',
    base: branch,
    sort: 'updated',
    direction: 'desc',
    per_page: Math.min(100, deps.maxPullsOnConfigChange)
  })
  const pulls = data.slice(0, deps.maxPullsOnConfigChange)
  context.log.info(`${CONFIG_PATH} changed on ${branch}: re-evaluating ${pulls.length} open pull request(s).`)
  for (const pull of pulls) await queuePullRequest(context, deps, repo, pull.number, pull)
}

async function linkWorkflowRunReport(
  context: JobContext,
  deps: AppDeps,
  repo: RepoFullName,
  run: { runId: number; headSha: string; repositoryUrl: string }
): Promise<void> {
  const client = await apiClient(context.octokit, deps, context.log)
  try {
    await linkReleaseReport(
      client,
      repo,
      { id: run.runId, sha: run.headSha, repositoryUrl: run.repositoryUrl },
      context.log
    )
  } catch (error) {
    // Only a link is lost: the release's check run and its conclusion stay as they are.
    context.log.warn(
      `[release-readiness] Could not link the HTML report of workflow run ${run.runId} (${(error as Error).message}). Re-run the Release readiness check run on ${run.headSha} to link it.`
    )
  } finally {
    context.log.debug(describeStats(client))
  }
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
  deployment: { sha: string; environment: string; id?: number; defaultBranch?: string },
  run: TaskRun = {}
): Promise<ReportOutcome> {
  return reportChange({
    ...(run.current ? { current: run.current } : {}),
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
