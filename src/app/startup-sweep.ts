import type { Probot } from 'probot'
import type { Logger } from '../engine/types.js'
import { apiClient, type ProbotOctokitLike } from './api-client.js'
import type { GitHubClient } from '../sources/github/client.js'
import { completeCheckRun, findCheckRun, type ExistingCheckRun, type RepoRef } from './check-run.js'
import type { AppDeps } from './deps.js'
import { commitOf, queuePullRequest } from './jobs.js'
import { postDeploymentAnswer } from './post-deployment-answer.js'

/**
 * Bounds of the sweep: installations, repositories per installation, recent open pull requests,
 * latest releases and latest deployments per repository, waiting workflow runs per deployment.
 */
export const SWEEP_LIMITS = {
  installations: 100,
  repositories: 100,
  pulls: 30,
  releases: 10,
  deployments: 10,
  waitingRuns: 5,
  windowMs: 24 * 3_600_000
}

export const INTERRUPTED_SUMMARY = [
  '## ⛔ Release readiness: evaluation interrupted',
  '',
  'The App server stopped (a crash or a restart) before this evaluation finished, so it has no result (this is not a GO).',
  'It is being evaluated again now; use the **Re-run** button (or comment `/release-readiness recheck`) if no result appears.'
].join('\n')

/** The summary of a release's or deployment's run the sweep completes: it is not evaluated again by itself. */
export const INTERRUPTED_RELEASE_SUMMARY = [
  '## ⛔ Release readiness: evaluation interrupted',
  '',
  'Evaluation interrupted: the server restarted; re-run.',
  '',
  'The App server stopped (a crash or a restart) before this evaluation finished, so it has no result (this is not a GO).',
  'Re-run the deployment job (or publish the release again) to ask for a fresh evaluation.'
].join('\n')

/** The comment of a deployment protection rule answer the sweep posts for a crashed evaluation. */
export const INTERRUPTED_DEPLOYMENT_COMMENT =
  'Release readiness: evaluation interrupted: the server restarted; re-run (rejected: fail closed).'

export interface SweepCounts {
  /** Recent open pull requests looked at. */
  looked: number
  /** Releases and deployments whose check run was looked for. */
  lookedReleases: number
  lookedDeployments: number
  /** Check runs completed as interrupted (pull requests, releases and deployments). */
  completed: number
  /** Waiting deployments answered `rejected`. */
  answered: number
  /** Requests the sweep made to GitHub (installation tokens not counted). */
  calls: number
  /** Reads that failed (each logged); the sweep went on with the next repository. */
  failed: number
}

/**
 * After a crash, check runs this App started stay `in_progress` forever and block nothing but say
 * nothing either, and a deployment whose protection rule the crashed server had taken waits for a
 * human. At start-up, for each installation's repositories:
 * - the open pull requests updated in the last day: our check run on the head still `in_progress`
 *   and started before this server is completed as `failure` ("evaluation interrupted", with the
 *   reason) and the pull request is queued for a fresh evaluation;
 * - the latest releases: our `Release readiness (release: <tag>)` run on the tag's commit, left the
 *   same way, is completed as `failure` (not evaluated again: publishing was the request);
 * - the latest deployments: our `Release readiness (deployment: <environment>)` run on the
 *   deployment's SHA, left the same way, is completed as `failure`, and every workflow run on that
 *   SHA still `waiting` gets the protection rule answer `rejected` for that environment, with the
 *   reason (GitHub refuses, 422, a run not waiting for us there; that is logged, not retried).
 * Every read that fails is logged and the sweep goes on with the next repository. Costs one call
 * per installation and repository, one per recent open pull request, two per release, one per
 * deployment and, per interrupted deployment, one list of waiting runs and one answer per run;
 * bounded by `SWEEP_LIMITS` and counted in `calls`.
 */
export async function sweepInterruptedCheckRuns(
  probot: Probot,
  deps: AppDeps,
  startedAt: number
): Promise<SweepCounts> {
  const log: Logger = {
    debug: (m) => probot.log.debug(m),
    info: (m) => probot.log.info(m),
    warn: (m) => probot.log.warn(m),
    error: (m) => probot.log.error(m)
  }
  const counts: SweepCounts = {
    looked: 0,
    lookedReleases: 0,
    lookedDeployments: 0,
    completed: 0,
    answered: 0,
    calls: 0,
    failed: 0
  }
  const app = await probot.auth()
  counts.calls++
  const { data: installations } = (await app.request('GET /app/installations', {
    per_page: SWEEP_LIMITS.installations
  })) as { data: { id: number }[] }
  for (const installation of installations) {
    try {
      const octokit = (await probot.auth(installation.id)) as unknown as ProbotOctokitLike
      const client = await apiClient(octokit, deps, log)
      counts.calls++
      const { data } = await client.request('GET /installation/repositories', {
        per_page: SWEEP_LIMITS.repositories
      })
      for (const repository of data.repositories) {
        if (repository.archived) continue
        const repo = { owner: repository.owner.login, repo: repository.name }
        const where = `${repo.owner}/${repo.repo}`
        const sweeps: [string, () => Promise<void>][] = [
          ['pull requests', () => sweepPulls({ octokit, client, deps, log, repo, startedAt, counts })],
          ['releases', () => sweepReleases({ octokit, client, deps, log, repo, startedAt, counts })],
          ['deployments', () => sweepDeployments({ octokit, client, deps, log, repo, startedAt, counts })]
        ]
        for (const [what, sweep] of sweeps) {
          try {
            await sweep()
          } catch (error) {
            counts.failed++
            log.warn(
              `[release-readiness] Start-up sweep: could not look at the ${what} of ${where}: ${(error as Error).message}; going on.`
            )
          }
        }
      }
    } catch (error) {
      counts.failed++
      log.warn(
        `[release-readiness] Start-up sweep: could not list the repositories of installation ${installation.id}: ${(error as Error).message}; going on.`
      )
    }
  }
  log.info(
    `[release-readiness] Start-up sweep: ${counts.looked} recent open pull request(s) looked at, ${counts.completed} interrupted check run(s) completed.`
  )
  log.info(
    `[release-readiness] Start-up sweep: ${counts.lookedReleases} release(s) and ${counts.lookedDeployments} deployment(s) looked at, ` +
      `${counts.answered} waiting deployment(s) rejected, ${counts.calls} request(s), ${counts.failed} failed read(s).`
  )
  return counts
}

interface RepoSweep {
  octokit: ProbotOctokitLike
  client: GitHubClient
  deps: AppDeps
  log: Logger
  repo: RepoRef
  startedAt: number
  counts: SweepCounts
}

/** True for a run a crashed server left: still not completed, started before this server. */
function leftInProgress(run: ExistingCheckRun | undefined, startedAt: number): run is ExistingCheckRun {
  if (!run || run.status === 'completed') return false
  const started = Date.parse((run as { started_at?: string | null }).started_at ?? '')
  return !(started >= startedAt)
}

async function sweepPulls({ octokit, client, deps, log, repo, startedAt, counts }: RepoSweep): Promise<void> {
  counts.calls++
  const { data: pulls } = await client.request('GET /repos/{owner}/{repo}/pulls', {
    ...repo,
    state: 'open',
    sort: 'updated',
    direction: 'desc',
    per_page: SWEEP_LIMITS.pulls
  })
  for (const pull of pulls) {
    if (Date.parse(pull.updated_at) < startedAt - SWEEP_LIMITS.windowMs) break
    counts.looked++
    // Only our pull request run (its external id says so): never a workflow job of the same name.
    counts.calls++
    const run = await findCheckRun(client, repo, pull.head.sha, `pull_request:${pull.number}`)
    if (!leftInProgress(run, startedAt)) continue
    counts.calls++
    await completeCheckRun(client, repo, run, {
      conclusion: 'failure',
      title: 'Evaluation interrupted',
      summary: INTERRUPTED_SUMMARY,
      annotations: []
    })
    counts.completed++
    log.info(
      `[release-readiness] Start-up sweep: the check run on ${repo.owner}/${repo.repo}#${pull.number} was left in progress; completed it as interrupted and queued a fresh evaluation.`
    )
    await queuePullRequest({ octokit, log }, deps, repo, pull.number)
  }
}

async function completeInterrupted(
  { client, repo, counts }: RepoSweep,
  run: ExistingCheckRun
): Promise<void> {
  counts.calls++
  await completeCheckRun(client, repo, run, {
    conclusion: 'failure',
    title: 'Evaluation interrupted',
    summary: INTERRUPTED_RELEASE_SUMMARY,
    annotations: []
  })
  counts.completed++
}

async function sweepReleases(sweep: RepoSweep): Promise<void> {
  const { client, log, repo, startedAt, counts } = sweep
  counts.calls++
  const { data: releases } = await client.request('GET /repos/{owner}/{repo}/releases', {
    ...repo,
    per_page: SWEEP_LIMITS.releases
  })
  for (const release of releases.slice(0, SWEEP_LIMITS.releases)) {
    if (release.draft) continue
    counts.lookedReleases++
    let run: ExistingCheckRun | undefined
    try {
      counts.calls++
      const sha = await commitOf(client, repo, release.tag_name)
      counts.calls++
      run = await findCheckRun(client, repo, sha, `release:${release.tag_name}`.slice(0, 100))
    } catch (error) {
      // A tag deleted since (404) hides no other release: log it and look at the next.
      counts.failed++
      log.warn(
        `[release-readiness] Start-up sweep: could not read the check run of release ${release.tag_name} on ${repo.owner}/${repo.repo}: ${(error as Error).message}; going on.`
      )
      continue
    }
    if (!leftInProgress(run, startedAt)) continue
    await completeInterrupted(sweep, run)
    log.info(
      `[release-readiness] Start-up sweep: the check run of release ${release.tag_name} on ${repo.owner}/${repo.repo} was left in progress; completed it as interrupted (publish the release again to re-evaluate).`
    )
  }
}

async function sweepDeployments(sweep: RepoSweep): Promise<void> {
  const { octokit, client, deps, log, repo, startedAt, counts } = sweep
  counts.calls++
  const { data: deployments } = await client.request('GET /repos/{owner}/{repo}/deployments', {
    ...repo,
    per_page: SWEEP_LIMITS.deployments
  })
  const done = new Set<string>()
  for (const deployment of deployments.slice(0, SWEEP_LIMITS.deployments)) {
    const environment = deployment.environment
    // Several deployments of one SHA to one environment share one check run: look once.
    const key = `${deployment.sha}:${environment}`
    if (done.has(key)) continue
    done.add(key)
    counts.lookedDeployments++
    counts.calls++
    const run = await findCheckRun(client, repo, deployment.sha, `deployment:${environment}`.slice(0, 100))
    if (!leftInProgress(run, startedAt)) continue
    await completeInterrupted(sweep, run)
    log.info(
      `[release-readiness] Start-up sweep: the check run of the deployment of ${deployment.sha.slice(0, 7)} to ${environment} on ${repo.owner}/${repo.repo} was left in progress; completed it as interrupted.`
    )
    // The run id the answer needs is not in the check run: the workflow runs on that SHA still waiting name it.
    counts.calls++
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs', {
      ...repo,
      head_sha: deployment.sha,
      status: 'waiting',
      per_page: SWEEP_LIMITS.waitingRuns
    })
    const waiting = data.workflow_runs.slice(0, SWEEP_LIMITS.waitingRuns)
    if (waiting.length === 0) {
      log.info(
        `[release-readiness] Start-up sweep: no workflow run on ${deployment.sha.slice(0, 7)} is waiting on ${repo.owner}/${repo.repo}; no deployment answer to post for ${environment}.`
      )
      continue
    }
    for (const workflowRun of waiting) {
      counts.calls++
      const took = await postDeploymentAnswer(
        octokit,
        deps,
        log,
        { ...repo, runId: Number(workflowRun.id), environment },
        { state: 'rejected', comment: INTERRUPTED_DEPLOYMENT_COMMENT },
        Date.now() + deps.deploymentTimeoutMs
      )
      if (took) {
        counts.answered++
        log.info(
          `[release-readiness] Start-up sweep: rejected the waiting deployment of run ${workflowRun.id} to ${environment} on ${repo.owner}/${repo.repo} (evaluation interrupted).`
        )
      }
    }
  }
}
