import type { Config } from '../../engine/config.js'
import type { Change, Check, Logger, RepoSource } from '../../engine/types.js'
import { buildReleaseReport } from '../release/build-release-report.js'
import type { PullRequestFinder, PullRequestInfoProvider, ReleaseReport } from '../release/types.js'
import { GitHubPullRequestInfo } from '../../sources/github/github-pull-request-info.js'
import { GitHubPullRequestFinder } from '../../sources/github/github-pull-requests.js'
import { LocalGitPullRequestFinder, type GitRunner } from '../../sources/local-git-pull-requests.js'
import type { GitHubClient } from '../../sources/github/client.js'
import { pullRequestWaivers, waiverInfoProvider } from '../../sources/github/pull-request-waivers.js'
import { stripReleaseSection } from '../../sources/github/release-notes-section.js'
import { readReleaseWaivers } from './release-waivers.js'
import { githubWaiverAuthority } from '../../sources/github/waiver-authority.js'

export interface ReleaseReportOnGitHubInput {
  client: GitHubClient
  /** Local git (a full checkout) or the GitHub API. */
  source: RepoSource
  /** The release as the change to judge (from the previous release's tag to this release's commit). */
  change: Omit<Change, 'files'>
  /** Read at the previous release by the caller (the Action from the file, the App with `_extends`). */
  config: Config
  checks: readonly Check[]
  owner: string
  repo: string
  /** `https://github.com/owner/name`, for links in the report. */
  repositoryUrl?: string
  log: Logger
}

const isGitRunner = (source: RepoSource): source is RepoSource & GitRunner =>
  typeof (source as Partial<GitRunner>).git === 'function' &&
  typeof (source as Partial<GitRunner>).dir === 'string'

/**
 * The release go/no-go report on GitHub, shared by the Action and the App: every pull request
 * merged since the previous release, re-evaluated with its waiver comments, plus the range itself.
 * With a full checkout the pull requests are found in local git and their bodies, labels and
 * waiver comments read from the API; without one they are listed from the API
 * (`GitHubPullRequestFinder`, which also finds rebase merges).
 */
export async function releaseReportOnGitHub(input: ReleaseReportOnGitHubInput): Promise<ReleaseReport> {
  const { client, source, change, config, checks, owner, repo, log } = input
  const waivers = pullRequestWaivers(client, {
    owner,
    repo,
    allowed: config.waivers.allowed,
    checks
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
  // Release-level waivers: the reviewed file on the default branch, decided like comments.
  const fileWaivers = change.version
    ? await readReleaseWaivers({ client, owner, repo, tag: change.version, checks })
    : []
  const report = await buildReleaseReport({
    source,
    waivers: fileWaivers,
    authority: githubWaiverAuthority(client, { owner, repo }),
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
    ...(input.repositoryUrl ? { repositoryUrl: input.repositoryUrl } : {})
  })
  // A deployment judged as its release says so first.
  if (change.basis) report.notes.unshift(change.basis)
  return report
}
