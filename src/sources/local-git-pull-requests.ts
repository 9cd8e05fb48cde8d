import { execFile } from 'node:child_process'
import { mapLimit } from '../engine/map-limit.js'
import { parseDiffTreeStdin } from './parse-diff-tree.js'
import { MERGE_LOG_FORMAT, parseMergeLog } from './parse-merge-log.js'
import type { FoundPullRequests, PullRequestFinder } from './pull-request-types.js'

/** What the finder needs from a local repository (a `LocalGitSource` has all of it). */
export interface GitRunner {
  readonly dir: string
  git(args: string[]): Promise<string>
  /** Lets the source skip `rev-parse` for commits git just reported. */
  assumeCommits?(shas: readonly string[]): void
}

/**
 * Finds merged pull requests in a local repository from merge commits and squash commit
 * messages, and the files each one changed, in a few git processes whatever the release's size:
 * one `git log --first-parent` for the range, one `git show` for the authors of merged branches
 * (a merge commit's author is whoever pressed the button), one `git merge-base` per merge commit,
 * and one `git diff-tree --stdin` for every pull request's changed files.
 */
export class LocalGitPullRequestFinder implements PullRequestFinder {
  constructor(private readonly repo: GitRunner) {}

  async find(base: string, head: string): Promise<FoundPullRequests> {
    const log = await this.repo.git([
      'log',
      '--first-parent',
      '--no-color',
      `--format=${MERGE_LOG_FORMAT}`,
      `${base}..${head}`,
      '--'
    ])
    const found = parseMergeLog(log)
    const prs = found.pullRequests
    if (prs.length === 0) return found
    this.repo.assumeCommits?.(prs.flatMap((pr) => [pr.sha, pr.base, pr.head]))
    const merges = prs.filter((pr) => pr.style === 'merge')
    if (merges.length > 0) {
      const out = await this.repo.git([
        'show',
        '-s',
        '--no-color',
        '--format=%H%x00%an',
        ...new Set(merges.map((pr) => pr.head))
      ])
      const authors = new Map(
        out
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split('\0') as [string, string])
      )
      for (const pr of merges) {
        const author = authors.get(pr.head)
        if (author) pr.author = author
      }
    }
    // A merge's change runs from the merge base of its parents to its second parent (like
    // `git diff P1...P2`); a squash commit's from its parent, which is its own merge base.
    const mergeBases = await mapLimit(merges, 4, async (pr) =>
      (await this.repo.git(['merge-base', pr.base, pr.head])).trim()
    )
    const since = new Map(merges.map((pr, i) => [pr, mergeBases[i]!]))
    for (const [pr, mergeBase] of since) pr.mergeBase = mergeBase
    const lines =
      prs.map((pr) => (pr.style === 'merge' ? `${pr.head} ${since.get(pr)}` : pr.sha)).join('\n') + '\n'
    const diffs = parseDiffTreeStdin(
      await gitWithInput(
        this.repo.dir,
        ['diff-tree', '--stdin', '--always', '-r', '-M', '--name-status', '-z', '--no-color'],
        lines
      )
    )
    if (diffs.length === prs.length) prs.forEach((pr, i) => (pr.files = diffs[i]!))
    return found
  }
}

function gitWithInput(dir: string, args: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['-C', dir, ...args], { maxBuffer: 512 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout)
    )
    child.stdin!.end(input)
  })
}
