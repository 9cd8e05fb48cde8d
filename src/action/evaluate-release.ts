import type { Config } from '../engine/config.js'
import { contentsReader, loadConfigOnGitHub } from '../sources/github/load-config-on-github.js'
import type { Change, Check, Logger, Mode, RepoSource } from '../engine/types.js'
import type { GitHubClient } from '../sources/github/client.js'
import { releaseReportOnGitHub } from '../reports/on-github/release-report-on-github.js'
import type { ReleaseReport } from '../reports/release/types.js'

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

/**
 * The release go/no-go report on a release event: every pull request merged since the previous
 * release, re-evaluated, plus the range itself. With a full checkout the pull requests are found in
 * local git and their bodies, labels and waiver comments read from the API; without one they are
 * listed from the API (`GitHubPullRequestFinder`, which also finds rebase merges).
 */
export async function evaluateRelease(
  input: ReleaseEvaluationInput
): Promise<{ release: ReleaseReport; config: Config }> {
  const { source, checks } = input
  const config = await loadConfigOnGitHub(source, input.configRef, checks, {
    owner: input.owner,
    repo: input.repo,
    readFile: contentsReader(input.client),
    ...(input.configPath ? { path: input.configPath } : {})
  })
  if (input.mode) config.mode = input.mode
  const release = await releaseReportOnGitHub({ ...input, config })
  return { release, config }
}
