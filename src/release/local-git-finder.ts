import { MERGE_LOG_FORMAT, parseMergeLog } from './parse-merge-log.js'
import type { FoundPullRequests, PullRequestFinder } from './types.js'

/** The one thing the finder needs from a local repository: running git there. */
export interface GitRunner {
  git(args: string[]): Promise<string>
}

/**
 * Finds merged pull requests in a local repository from merge commits and squash commit
 * messages: one `git log --first-parent` for the range, plus one `git show` for the authors of
 * merged branches (a merge commit's author is whoever pressed the button, not the PR's author).
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
    const heads = found.pullRequests.filter((pr) => pr.style === 'merge').map((pr) => pr.head)
    if (heads.length > 0) {
      const out = await this.repo.git(['show', '-s', '--no-color', '--format=%H%x00%an', ...new Set(heads)])
      const authors = new Map(
        out
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split('\0') as [string, string])
      )
      for (const pr of found.pullRequests) {
        const author = pr.style === 'merge' ? authors.get(pr.head) : undefined
        if (author) pr.author = author
      }
    }
    return found
  }
}
