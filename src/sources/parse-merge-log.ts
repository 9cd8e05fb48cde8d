import type { DirectCommit, FoundPullRequests, MergedPullRequest } from './pull-request-types.js'

/** `git log` format whose output `parseMergeLog` reads: one record per commit, fields NUL-separated. */
export const MERGE_LOG_FORMAT = '%H%x00%P%x00%an%x00%s%x00%b%x1e'

const MERGE_SUBJECT = /^Merge pull request #(\d+) from (\S+)/
const SQUASH_SUBJECT = /^(.*\S)\s+\(#(\d+)\)\s*$/

/**
 * Reads `git log --first-parent --format=MERGE_LOG_FORMAT base..head` (newest first) into the pull
 * requests it merged, oldest first. A merge commit (`Merge pull request #N from owner/branch`, two
 * parents) is judged between its first and second parent; a squash commit (`Title (#N)`, one parent)
 * between its parent and itself. Every other commit is a direct commit. Pure: no git here.
 */
export function parseMergeLog(output: string): FoundPullRequests {
  const pullRequests: MergedPullRequest[] = []
  const directCommits: DirectCommit[] = []
  const seen = new Set<number>()
  const records = output.split('\x1e').map((r) => r.replace(/^\n/, ''))
  for (const record of records.reverse()) {
    if (!record.trim()) continue
    const [sha = '', parentList = '', author = '', subject = '', ...rest] = record.split('\0')
    const body = rest.join('\0').trim()
    const parents = parentList.split(' ').filter(Boolean)
    const merge = MERGE_SUBJECT.exec(subject)
    const squash = merge ? null : SQUASH_SUBJECT.exec(subject)
    const number = Number(merge?.[1] ?? squash?.[2] ?? NaN)
    if (merge && parents.length >= 2 && !seen.has(number)) {
      const [title, ...paragraphs] = body.split(/\n\s*\n/)
      seen.add(number)
      pullRequests.push({
        number,
        title: title?.trim() || merge[2]!,
        sha,
        base: parents[0]!,
        head: parents[1]!,
        style: 'merge',
        branch: merge[2]!,
        ...(paragraphs.length > 0 ? { body: paragraphs.join('\n\n') } : {}),
        bodySource: paragraphs.length > 0 ? 'commit-message' : 'none',
        ...(author ? { author } : {})
      })
    } else if (squash && parents.length === 1 && !seen.has(number)) {
      seen.add(number)
      pullRequests.push({
        number,
        title: squash[1]!,
        sha,
        base: parents[0]!,
        head: sha,
        mergeBase: parents[0]!,
        style: 'squash',
        ...(body ? { body } : {}),
        bodySource: body ? 'commit-message' : 'none',
        ...(author ? { author } : {})
      })
    } else if (sha) {
      directCommits.push({ sha, subject, ...(author ? { author } : {}) })
    }
  }
  return { pullRequests, directCommits }
}
