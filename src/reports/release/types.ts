import type { Outcome, RejectedWaiver, Report, Verdict, Waiver } from '../../engine/types.js'
import type { DirectCommit, MergedPullRequest } from '../../sources/pull-request-types.js'

// The pull-request seam types live with the sources that implement them; re-exported for the report.
export type {
  MergeStyle,
  BodySource,
  MergedPullRequest,
  DirectCommit,
  FoundPullRequests,
  PullRequestFinder,
  PullRequestInfo,
  PullRequestInfoProvider
} from '../../sources/pull-request-types.js'

/** One thing that blocks the release: a failing check on the range or on one pull request. */
export interface BlockingItem {
  scope: 'release' | 'pull-request'
  /** Pull request number, for `scope: 'pull-request'`. */
  pullRequest?: number
  title?: string
  check: string
  summary: string
  owners: string[]
  docsUrl: string
}

/** One pull request's line in the release report, with its full per-change report. */
export interface PullRequestReadiness {
  pullRequest: MergedPullRequest
  /** Plan owners (`Owner:` lines) or, without them, the author. */
  owners: string[]
  report: Report
}

export interface ReleaseReport {
  verdict: Verdict
  outcome: Outcome
  mode: Report['mode']
  version?: string
  /** Full SHAs of the range's ends, and the refs as given. */
  base: string
  head: string
  baseRef: string
  headRef: string
  /** Blocking items, release-level first, then pull requests in merge order. */
  blocking: BlockingItem[]
  /** The repository-level evaluation of the whole range as a `release` event. */
  range: Report
  pullRequests: PullRequestReadiness[]
  directCommits: DirectCommit[]
  /** Every waiver that turned a blocking result into a GO, with where it applied. */
  waivers: Array<Waiver & { pullRequest?: number }>
  rejectedWaivers: Array<RejectedWaiver & { pullRequest?: number }>
  /** Caveats a reader must know, e.g. that PR bodies were read from commit messages. */
  notes: string[]
  /** `https://github.com/owner/name`, when known: used for PR, commit and file links. */
  repositoryUrl?: string
  durationMs: number
}
