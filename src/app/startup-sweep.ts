import type { Probot } from 'probot'
import type { Logger } from '../engine/types.js'
import { apiClient, type ProbotOctokitLike } from './api-client.js'
import { completeCheckRun, findCheckRun } from './check-run.js'
import type { AppDeps } from './deps.js'
import { queuePullRequest } from './jobs.js'

/** Bounds of the sweep: installations, repositories per installation, recent open pull requests per repository. */
export const SWEEP_LIMITS = { installations: 100, repositories: 100, pulls: 30, windowMs: 24 * 3_600_000 }

export const INTERRUPTED_SUMMARY = [
  '## ⛔ Release readiness: evaluation interrupted',
  '',
  'The App server stopped (a crash or a restart) before this evaluation finished, so it has no result (this is not a GO).',
  'It is being evaluated again now; use the **Re-run** button (or comment `/release-readiness recheck`) if no result appears.'
].join('\n')

/**
 * After a crash, check runs this App started stay `in_progress` forever and block nothing but say
 * nothing either. At start-up, for each installation's repositories, the open pull requests
 * updated in the last day are looked at: our check run on the head still `in_progress` and started
 * before this server is completed as `failure` ("evaluation interrupted", with the reason) and the
 * pull request is queued for a fresh evaluation. Costs one call per installation and repository,
 * and one per recent open pull request; bounded by `SWEEP_LIMITS`.
 */
export async function sweepInterruptedCheckRuns(
  probot: Probot,
  deps: AppDeps,
  startedAt: number
): Promise<{ looked: number; completed: number }> {
  const log: Logger = {
    debug: (m) => probot.log.debug(m),
    info: (m) => probot.log.info(m),
    warn: (m) => probot.log.warn(m),
    error: (m) => probot.log.error(m)
  }
  const app = await probot.auth()
  const { data: installations } = (await app.request('GET /app/installations', {
    per_page: SWEEP_LIMITS.installations
  })) as { data: { id: number }[] }
  let looked = 0
  let completed = 0
  for (const installation of installations) {
    const octokit = (await probot.auth(installation.id)) as unknown as ProbotOctokitLike
    const client = await apiClient(octokit, deps, log)
    const { data } = await client.request('GET /installation/repositories', {
      per_page: SWEEP_LIMITS.repositories
    })
    for (const repository of data.repositories) {
      if (repository.archived) continue
      const repo = { owner: repository.owner.login, repo: repository.name }
      const { data: pulls } = await client.request('GET /repos/{owner}/{repo}/pulls', {
        ...repo,
        state: 'open',
        sort: 'updated',
        direction: 'desc',
        per_page: SWEEP_LIMITS.pulls
      })
      for (const pull of pulls) {
        if (Date.parse(pull.updated_at) < startedAt - SWEEP_LIMITS.windowMs) break
        looked++
        // Only our pull request run (its external id says so): never a workflow job of the same name.
        const run = await findCheckRun(client, repo, pull.head.sha, `pull_request:${pull.number}`)
        if (!run || run.status === 'completed') continue
        const started = Date.parse((run as { started_at?: string | null }).started_at ?? '')
        if (started >= startedAt) continue
        await completeCheckRun(client, repo, run, {
          conclusion: 'failure',
          title: 'Evaluation interrupted',
          summary: INTERRUPTED_SUMMARY,
          annotations: []
        })
        completed++
        log.info(
          `[release-readiness] Start-up sweep: the check run on ${repo.owner}/${repo.repo}#${pull.number} was left in progress; completed it as interrupted and queued a fresh evaluation.`
        )
        queuePullRequest({ octokit, log }, deps, repo, pull.number)
      }
    }
  }
  log.info(
    `[release-readiness] Start-up sweep: ${looked} recent open pull request(s) looked at, ${completed} interrupted check run(s) completed.`
  )
  return { looked, completed }
}
