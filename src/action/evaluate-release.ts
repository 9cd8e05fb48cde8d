import { loadConfig, type Config } from '../engine/config.js'
import type { Change, Check, Logger, Mode, RepoSource } from '../engine/types.js'
import type { GitHubClient } from '../github/client.js'
import { stripReleaseSection } from '../github/release-notes-section.js'
import { pullRequestWaivers, waiverInfoProvider } from '../github/pull-request-waivers.js'
import { buildReleaseReport } from '../release/build-release-report.js'
import type { PullRequestFinder, PullRequestInfoProvider, ReleaseReport } from '../release/types.js'
import { GitHubPullRequestInfo } from '../sources/github-pull-request-info.js'
import { GitHubPullRequestFinder } from '../sources/github-pull-requests.js'
import { LocalGitPullRequestFinder, type GitRunner } from '../sources/local-git-pull-requests.js'

export interface ReleaseEvaluationInput {
  client: GitHubClient
  source: RepoSource
  /** The release as the change to judge (from the previous release's tag to this release's commit). */
  change: Omit<Change, 'files'>
  configRef: string
  configPath?: string
  mode?: Mode
  checks: readonly Check[]
  owner: string
  repo: string
  /** `https://github.com/owner/name`, for links in the report. */
  repositoryUrl: string
  log: Logger
}

const isGitRunner = (source: RepoSource): source is RepoSource & GitRunner =>
  typeof (source as Partial<GitRunner>).git === 'function' &&
  typeof (source as Partial<GitRunner>).dir === 'string'

/**
 * The release go/no-go report on a release event: every pull request merged since the previous
 * release, re-evaluated, plus the range itself. With a full checkout the pull requests are found in
 * local git and their bodies, labels and waiver comments read from the API; without one they are
 * listed from the API (`GitHubPullRequestFinder`, which also finds rebase merges).
 */
export async function evaluateRelease(
  input: ReleaseEvaluationInput
): Promise<{ release: ReleaseReport; config: Config }> {
  const { client, source, change, checks, owner, repo, log } = input
  const config = await loadConfig(source, input.configRef, checks, input.configPath)
  if (input.mode) config.mode = input.mode
  const waivers = pullRequestWaivers(client, {
    owner,
    repo,
    allowed: config.waivers.allowed,
    checkIds: checks.map((c) => c.meta.id)
  })
  let finder: PullRequestFinder
  let info: PullRequestInfoProvider
  if (isGitRunner(source)) {
    finder = new LocalGitPullRequestFinder(source)
    info = new GitHubPullRequestInfo(client, { owner, repo }, log, waivers)
  } else {
    finder = new GitHubPullRequestFinder(client, { owner, repo, log })
    info = waiverInfoProvider(waivers)
  }
  const release = await buildReleaseReport({
    source,
    finder,
    checks,
    config,
    base: change.base,
    head: change.head,
    baseRef: change.base,
    headRef: change.version ?? change.head,
    ...(change.version ? { version: change.version } : {}),
    notes: stripReleaseSection(change.body ?? ''),
    log,
    info,
    repositoryUrl: input.repositoryUrl
  })
  return { release, config }
}
