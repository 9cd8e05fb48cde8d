import { withEmptyBase } from '../action/first-release.js'
import type { ResolvedEvent } from '../action/resolve-event.js'
import type { Config } from '../engine/config.js'
import { evaluate } from '../engine/evaluate.js'
import type { Check, Logger, Report } from '../engine/types.js'
import type { GitHubClient } from '../github/client.js'
import { listIssueComments, type IssueComment } from '../github/issue-comments.js'
import { githubWaiverAuthority } from '../github/waiver-authority.js'
import { collectWaivers, type WaiverSet } from '../github/waivers.js'
import { GitHubApiSource } from '../sources/github-api.js'
import { loadAppConfig, type ReadMergedConfig } from './load-app-config.js'

export interface EvaluateChangeInput {
  client: GitHubClient
  owner: string
  repo: string
  resolved: ResolvedEvent
  checks: readonly Check[]
  readMerged: ReadMergedConfig
  log: Logger
}

export interface ChangeEvaluation {
  report: Report
  config: Config
  /** The pull request's comments (read once; the sticky comment reuses them). */
  comments: IssueComment[]
}

/**
 * The App's path through the engine: everything read through the API (no checkout), the
 * configuration from the base, waivers from the pull request's comments. Throws `ConfigError`
 * for a bad configuration and `UserError`s when the change cannot be evaluated.
 */
export async function evaluateChange(input: EvaluateChangeInput): Promise<ChangeEvaluation> {
  const { client, owner, repo, resolved, checks, log } = input
  const { change, pull, configRef } = resolved
  const source = withEmptyBase(
    new GitHubApiSource(client, { owner, repo, ...(pull ? { pullNumber: pull.number } : {}), log })
  )
  const config = await loadAppConfig(source, configRef, checks, input.readMerged)
  const files = await source.changedFiles(change.base, change.head)
  let comments: IssueComment[] = []
  let waiverSet: WaiverSet = { waivers: [], rejected: [] }
  if (pull) {
    comments = await listIssueComments(client, pull)
    waiverSet = await collectWaivers(
      comments,
      {
        ...(change.author ? { prAuthor: change.author } : {}),
        allowed: config.waivers.allowed,
        checkIds: checks.map((c) => c.meta.id)
      },
      githubWaiverAuthority(client, { owner, repo })
    )
  }
  const report = await evaluate({
    checks,
    config,
    source,
    change: { ...change, files },
    log,
    waivers: waiverSet.waivers,
    rejectedWaivers: waiverSet.rejected
  })
  return { report, config, comments }
}
