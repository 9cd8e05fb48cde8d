import type { Config } from '../engine/config.js'
import type { Check, Logger } from '../engine/types.js'
import type { GitHubClient } from '../sources/github/client.js'
import { withEmptyBase } from '../sources/github/empty-base.js'
import { releaseReportOnGitHub } from '../reports/on-github/release-report-on-github.js'
import type { ReleaseReport } from '../reports/release/types.js'
import { GitHubApiSource } from '../sources/github/github-api.js'
import type { ResolvedChange } from './evaluate-change.js'
import { contentsReader, loadConfigOnGitHub } from '../sources/github/load-config-on-github.js'

export interface EvaluateReleaseInput {
  client: GitHubClient
  owner: string
  repo: string
  resolved: ResolvedChange
  checks: readonly Check[]
  log: Logger
  /** `https://github.com/owner/name`, for links in the report. */
  repositoryUrl?: string
}

/**
 * The release go/no-go report, as the Action builds it without a checkout: every pull request
 * merged since the previous release (found through the API, with its waiver comments), re-evaluated,
 * plus the range itself. The configuration is read at the previous release, with `_extends`.
 */
export async function evaluateRelease(
  input: EvaluateReleaseInput
): Promise<{ release: ReleaseReport; config: Config }> {
  const { client, owner, repo, resolved, checks, log } = input
  const { change, configRef } = resolved
  const source = withEmptyBase(new GitHubApiSource(client, { owner, repo, log }))
  const config = await loadConfigOnGitHub(source, configRef, checks, {
    owner,
    repo,
    readFile: contentsReader(client)
  })
  const release = await releaseReportOnGitHub({
    client,
    source,
    change,
    config,
    checks,
    owner,
    repo,
    log,
    ...(input.repositoryUrl ? { repositoryUrl: input.repositoryUrl } : {})
  })
  return { release, config }
}
