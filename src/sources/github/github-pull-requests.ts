import { UnknownRefError } from '../../engine/errors.js'
import type { Logger } from '../../engine/types.js'
import type { FoundPullRequests, MergedPullRequest, PullRequestFinder } from '../pull-request-types.js'
import type { RequestLike } from './github-pull-request-info.js'
import { PULL_FILES_CAP, toChangedFile } from './github-api.js'
import { UserError } from '../../engine/errors.js'
import type { ChangedFile } from '../../engine/types.js'

const PER_PAGE = 100
/** Bounds, not expected sizes: 25,000 commits in a range, 1,000 closed pull requests listed. */
const MAX_COMPARE_PAGES = 250
const MAX_PULL_PAGES = 10
/** Unmatched first-parent commits asked about one by one (`commits/{sha}/pulls`) before giving up. */
const MAX_COMMIT_LOOKUPS = 100

interface CompareCommit {
  sha: string
  parents: Array<{ sha: string }>
  commit: { message: string; author?: { name?: string } | null; committer?: { date?: string } | null }
  author?: { login?: string } | null
}

interface ListedPull {
  number: number
  title: string
  body?: string | null
  user?: { login?: string } | null
  labels?: Array<{ name?: string } | string>
  head: { sha: string; ref?: string; label?: string }
  base: { sha: string; ref?: string }
  merged_at?: string | null
  merge_commit_sha?: string | null
  updated_at?: string
}

export interface GitHubPullRequestFinderOptions {
  owner: string
  repo: string
  log: Logger
}

/**
 * Finds the pull requests merged between two refs through the GitHub API, with their real title,
 * body, author, labels and files. Rebase merges are found too: a pull request's
 * `merge_commit_sha` is the last commit it put on the branch, whatever the merge method.
 *
 * API calls for a range of C commits with N pull requests:
 * - `GET /compare/{base}...{head}`: ⌈C / 100⌉ (the commits, oldest first; merges are followed
 *   along their first parent only, like `git log --first-parent`); the Action shares these pages
 *   with the range's file list (`memoizeRoute`);
 * - `GET /pulls?state=closed&sort=updated&direction=desc`: usually 1, one per 100 pull requests
 *   closed since the range's oldest commit (at most 10);
 * - `GET /commits/{sha}/pulls`: one per first-parent commit that no listed pull request merged
 *   (direct pushes, and the earlier commits of a rebase merge), at most 100;
 * - `GET /pulls/{n}/files`: one per pull request (per 100 files);
 *
 * Waiver comments are not read here: pass `pullRequestWaivers` (`src/sources/github/pull-request-waivers.ts`)
 * to `buildReleaseReport` as its `info`.
 */
export class GitHubPullRequestFinder implements PullRequestFinder {
  constructor(
    private readonly client: RequestLike,
    private readonly options: GitHubPullRequestFinderOptions
  ) {}

  async find(base: string, head: string): Promise<FoundPullRequests> {
    const commits = await this.compareCommits(base, head)
    const chain = firstParentChain(commits, head)
    if (chain.length === 0) return { pullRequests: [], directCommits: [] }
    const onChain = new Map(chain.map((c, i) => [c.sha, i]))

    // One listing (newest first) usually covers every pull request merged since the range began.
    const since = oldestDate(chain)
    const bySha = new Map<string, ListedPull>()
    for (let page = 1; page <= MAX_PULL_PAGES; page++) {
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls', {
        owner: this.options.owner,
        repo: this.options.repo,
        state: 'closed',
        sort: 'updated',
        direction: 'desc',
        per_page: PER_PAGE,
        page
      })
      const pulls = data as ListedPull[]
      for (const pull of pulls) {
        if (pull.merged_at && pull.merge_commit_sha && onChain.has(pull.merge_commit_sha))
          bySha.set(pull.merge_commit_sha, pull)
      }
      const last = pulls.at(-1)
      if (pulls.length < PER_PAGE || bySha.size === chain.length) break
      if (since && last?.updated_at && last.updated_at < since) break
    }

    // Each first-parent commit no listed pull request merged: a direct push, or an earlier commit of
    // a rebase merge (GitHub still associates it with its pull request).
    const owner = new Map<string, ListedPull>()
    let lookups = 0
    for (const commit of chain) {
      if (bySha.has(commit.sha)) continue
      if (lookups >= MAX_COMMIT_LOOKUPS) break
      lookups++
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        owner: this.options.owner,
        repo: this.options.repo,
        commit_sha: commit.sha
      })
      const pull = (data as ListedPull[]).find(
        (p) => p.merged_at && p.merge_commit_sha && onChain.has(p.merge_commit_sha)
      )
      if (pull) {
        owner.set(commit.sha, pull)
        if (!bySha.has(pull.merge_commit_sha!)) bySha.set(pull.merge_commit_sha!, pull)
      }
    }
    if (lookups >= MAX_COMMIT_LOOKUPS) {
      this.options.log.warn(
        `[github] More than ${MAX_COMMIT_LOOKUPS} commits in the range came in without a listed pull request; the rest are reported as direct commits.`
      )
    }

    const pullRequests: MergedPullRequest[] = []
    const directCommits: FoundPullRequests['directCommits'] = []
    for (const [i, commit] of chain.entries()) {
      const pull = bySha.get(commit.sha)
      if (pull) {
        // Its change starts where its first commit on the branch starts (earlier rebased commits).
        let first = i
        while (first > 0 && owner.get(chain[first - 1]!.sha)?.number === pull.number) first--
        pullRequests.push(toMerged(pull, commit, chain[first]!, i - first + 1))
      } else if (!owner.has(commit.sha)) {
        directCommits.push({
          sha: commit.sha,
          subject: commit.commit.message.split('\n')[0] ?? '',
          ...(commit.author?.login || commit.commit.author?.name
            ? { author: commit.author?.login ?? commit.commit.author!.name! }
            : {})
        })
      }
    }
    for (const pr of pullRequests) {
      const files = await this.files(pr.number)
      if (files) pr.files = files
    }
    return { pullRequests, directCommits }
  }

  private async compareCommits(base: string, head: string): Promise<CompareCommit[]> {
    const { owner, repo } = this.options
    const commits: CompareCommit[] = []
    let total: number | undefined
    for (let page = 1; page <= MAX_COMPARE_PAGES; page++) {
      let data: { commits?: CompareCommit[]; total_commits?: number }
      try {
        ;({ data } = (await this.client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
          owner,
          repo,
          basehead: `${base}...${head}`,
          per_page: PER_PAGE,
          page
        })) as { data: typeof data })
      } catch (error) {
        if ((error as { status?: number }).status === 404) {
          throw new UnknownRefError(
            `[release-readiness] Cannot compare ${base}...${head} in ${owner}/${repo}: one of them is not a branch, tag or commit there.`,
            { cause: error }
          )
        }
        throw error
      }
      const batch = data.commits ?? []
      commits.push(...batch)
      total = data.total_commits
      if (batch.length < PER_PAGE || (total !== undefined && commits.length >= total)) break
    }
    if (total !== undefined && commits.length < total) {
      throw new UserError(
        `[release-readiness] ${base}...${head} has ${total} commits; GitHub listed ${commits.length} of them here (at most ${MAX_COMPARE_PAGES * PER_PAGE}), so its pull requests cannot all be found. Judge a shorter range, or run the release report from a full checkout (actions/checkout with fetch-depth: 0).`
      )
    }
    return commits
  }

  /**
   * The pull request's files, or `undefined` when GitHub's list reached its cap (3,000 files): the
   * source then computes the change itself, exactly (`GitHubApiSource.changedFiles`).
   */
  private async files(number: number): Promise<ChangedFile[] | undefined> {
    const raw: Array<{ filename: string; status: string; previous_filename?: string }> = []
    for (let page = 1; raw.length < PULL_FILES_CAP; page++) {
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: this.options.owner,
        repo: this.options.repo,
        pull_number: number,
        per_page: PER_PAGE,
        page
      })
      const batch = data as typeof raw
      raw.push(...batch)
      if (batch.length < PER_PAGE) break
    }
    if (raw.length >= PULL_FILES_CAP) return undefined
    return raw
      .map(toChangedFile)
      .filter((f): f is ChangedFile => f !== undefined)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }
}

/** The commits from `head` back along first parents, oldest first (compare lists every commit). */
export function firstParentChain(commits: CompareCommit[], head: string): CompareCommit[] {
  const bySha = new Map(commits.map((c) => [c.sha, c]))
  const tip = bySha.get(head) ?? commits.at(-1)
  const chain: CompareCommit[] = []
  const seen = new Set<string>()
  for (let c = tip; c && !seen.has(c.sha); c = bySha.get(c.parents[0]?.sha ?? '')) {
    seen.add(c.sha)
    chain.push(c)
  }
  return chain.reverse()
}

function oldestDate(chain: CompareCommit[]): string | undefined {
  const dates = chain.map((c) => c.commit.committer?.date).filter((d): d is string => typeof d === 'string')
  if (dates.length === 0) return undefined
  // A minute of slack: a pull request's updated_at is at or after its merge commit's date.
  return new Date(Date.parse(dates.sort()[0]!) - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function toMerged(
  pull: ListedPull,
  merge: CompareCommit,
  first: CompareCommit,
  commits: number
): MergedPullRequest {
  // A one-commit rebase merge is the same change as a squash merge.
  const style = merge.parents.length > 1 ? 'merge' : commits > 1 ? 'rebase' : 'squash'
  const labels = (pull.labels ?? [])
    .map((label) => (typeof label === 'string' ? label : label.name))
    .filter((name): name is string => typeof name === 'string')
  const author = pull.user?.login ?? undefined
  return {
    number: pull.number,
    title: pull.title,
    sha: merge.sha,
    // A merge's change is its second parent against its first; a squash or rebase merge's, the
    // branch state after it against the commit before its first commit.
    base: first.parents[0]?.sha ?? merge.sha,
    head: style === 'merge' ? (merge.parents[1]?.sha ?? merge.sha) : merge.sha,
    // A squash or rebase merge's base is an ancestor of its head: its own merge base.
    ...(style !== 'merge' && first.parents[0] ? { mergeBase: first.parents[0].sha } : {}),
    style,
    body: pull.body ?? '',
    bodySource: 'pull-request',
    ...(author ? { author } : {}),
    ...(pull.head.label ? { branch: pull.head.label.replace(':', '/') } : {}),
    labels
  }
}
