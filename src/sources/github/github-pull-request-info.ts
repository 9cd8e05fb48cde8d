import { UserError } from '../../engine/errors.js'
import type { Logger } from '../../engine/types.js'
import type { MergedPullRequest, PullRequestInfo, PullRequestInfoProvider } from '../pull-request-types.js'

/** The one thing needed from an Octokit (`@octokit/rest`, Probot's `context.octokit`): `request`. */
export interface RequestLike {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ data: unknown }>
}

interface PullResponse {
  title?: string
  body?: string | null
  user?: { login?: string } | null
  labels?: Array<{ name?: string } | string>
}

/**
 * Reads each locally found pull request from the GitHub API (`GET /repos/{owner}/{repo}/pulls/{n}`,
 * one call per pull request): its real title, body, author login and labels, so the text checks
 * read the description rather than the commit message. `waivers`, when given, supplies the waiver
 * comments already authorized (the Action's waiver code plugs in here).
 */
export class GitHubPullRequestInfo implements PullRequestInfoProvider {
  /** API calls made so far. */
  calls = 0

  constructor(
    private readonly octokit: RequestLike,
    private readonly repository: { owner: string; repo: string },
    private readonly log: Logger,
    private readonly waivers?: (
      pr: MergedPullRequest,
      author: string | undefined
    ) => Promise<Pick<PullRequestInfo, 'waivers' | 'rejectedWaivers'>>
  ) {}

  async describe(pr: MergedPullRequest): Promise<PullRequestInfo | undefined> {
    const { owner, repo } = this.repository
    let data: PullResponse
    try {
      this.calls++
      data = (
        await this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
          owner,
          repo,
          pull_number: pr.number
        })
      ).data as PullResponse
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 404) {
        this.log.warn(
          `Pull request #${pr.number} was not found in ${owner}/${repo}; its commit message is used instead.`
        )
        return undefined
      }
      throw new UserError(
        `[release-readiness] Could not read pull request #${pr.number} from ${owner}/${repo} on GitHub ` +
          `(${status ? `HTTP ${status}` : (error as Error).message}), so the release could not be evaluated (this is not a GO). ` +
          'Check that the token can read pull requests in that repository, or run without a token to use commit messages.',
        { cause: error }
      )
    }
    const author = data.user?.login ?? undefined
    const labels = (data.labels ?? [])
      .map((label) => (typeof label === 'string' ? label : label.name))
      .filter((name): name is string => typeof name === 'string')
    return {
      ...(data.title ? { title: data.title } : {}),
      body: data.body ?? '',
      ...(author ? { author } : {}),
      labels,
      ...(this.waivers ? await this.waivers(pr, author) : {})
    }
  }
}

/** `owner/name` → `{ owner, repo }`; a UserError that shows the expected form otherwise. */
export function parseRepositoryName(value: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim())
  if (!m)
    throw new UserError(`Invalid repository "${value}". Expected format {owner}/{repo}, e.g. acme/pets.`)
  return { owner: m[1]!, repo: m[2]! }
}
