import type { GitHubClient } from './client.js'

/** The fields of a GitHub issue comment that waivers and the sticky comment read. */
export interface IssueComment {
  id: number
  body?: string
  user: { login: string; type?: string } | null
  created_at: string
  updated_at?: string
  html_url: string
}

export interface PullRef {
  owner: string
  repo: string
  /** Pull request (issue) number. */
  number: number
}

/** GitHub returns at most this many comments per page. */
const PER_PAGE = 100
/** Stop after this many pages (10,000 comments): a bound, not a expected size. */
const MAX_PAGES = 100

/**
 * Every comment on a pull request, oldest first: one call per 100 comments. Read once per
 * evaluation and shared by the waivers and the sticky comment. Throws past 10,000 comments.
 */
export async function listIssueComments(client: GitHubClient, pull: PullRef): Promise<IssueComment[]> {
  const comments: IssueComment[] = []
  for (let page = 1; ; page++) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: pull.owner,
      repo: pull.repo,
      issue_number: pull.number,
      per_page: PER_PAGE,
      page
    })
    // One page past the bound tells a thread of exactly the bound from a longer one, whose
    // unread comments (a later waiver that replaces an earlier one) must not be judged without.
    if (page > MAX_PAGES) {
      if (data.length === 0) return comments
      throw new Error(
        `the pull request has more than ${MAX_PAGES * PER_PAGE} comments; only the first ${MAX_PAGES * PER_PAGE} can be read`
      )
    }
    comments.push(...(data as IssueComment[]))
    if (data.length < PER_PAGE) return comments
  }
}
