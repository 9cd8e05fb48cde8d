import type { ChangedFile, RejectedWaiver, Waiver } from '../engine/types.js'

/** How a pull request reached the release range (`rebase`: found through the API only). */
export type MergeStyle = 'merge' | 'squash' | 'rebase' | 'api'

/** Where a pull request's body came from: the pull request itself, or (locally) its commit message. */
export type BodySource = 'pull-request' | 'commit-message' | 'none'

/** A pull request merged between two refs, and the two commits its change is judged between. */
export interface MergedPullRequest {
  number: number
  title: string
  /** The commit that brought it into the range: the merge commit or the squash commit. */
  sha: string
  /** What its change is compared against: the merge's first parent, or the squash commit's parent. */
  base: string
  /** What is judged: the merge's second parent, or the squash commit itself. */
  head: string
  /**
   * Where its base side is read: the merge base of `base` and `head` (for a squash commit, its
   * parent), when the finder knows it; otherwise the source computes it.
   */
  mergeBase?: string
  style: MergeStyle
  /** The pull request body; locally, the commit message body. */
  body?: string
  bodySource: BodySource
  /** Login or name of the author (locally: the git author of the head commit). */
  author?: string
  /** `owner/branch` from a merge commit subject, when known. */
  branch?: string
  labels?: string[]
  /**
   * The files its change touched, when the finder already knows them (one batched git call
   * locally, or the pull request's files from the API); otherwise the source diffs base and head.
   */
  files?: ChangedFile[]
}

/** A commit on the first-parent line of the range that no pull request brought in. */
export interface DirectCommit {
  sha: string
  subject: string
  author?: string
}

export interface FoundPullRequests {
  pullRequests: MergedPullRequest[]
  directCommits: DirectCommit[]
}

/**
 * Finds the pull requests merged between `base` (exclusive) and `head` (inclusive), oldest first.
 * Local git reads merge and squash commit messages; the Action and App can list them from the API.
 */
export interface PullRequestFinder {
  find(base: string, head: string): Promise<FoundPullRequests>
}

/** What a token adds to a pull request found locally: its real body, labels, author and waivers. */
export interface PullRequestInfo {
  title?: string
  body?: string
  author?: string
  labels?: string[]
  waivers?: Waiver[]
  rejectedWaivers?: RejectedWaiver[]
}

/**
 * The seam through which a GitHub token enriches locally found pull requests. Returns `undefined`
 * when it knows nothing about the pull request (the local view is used as is).
 */
export interface PullRequestInfoProvider {
  describe(pullRequest: MergedPullRequest): Promise<PullRequestInfo | undefined>
}
