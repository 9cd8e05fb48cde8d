import type { Change } from '../../engine/types.js'
import { statusOf, type GitHubClient } from './client.js'
import { NO_BASE } from './empty-base.js'
import { changeFromPullRequest, pullRequestForCommit } from './pull-request.js'
import { listReleases, previousRelease, type ReleaseLike } from './releases.js'

export interface ReleaseOrDeployment {
  kind: 'release' | 'deployment'
  /** The commit judged: the tagged commit, or the one being deployed. */
  head: string
  /** Compare with this instead of the previous release. */
  baseRef?: string
  /** The tag being released or deployed, when there is one (it is not its own previous release). */
  tag?: string
  /** The release from the webhook payload; looked up by `tag` in the listing when absent. */
  release?: ReleaseLike
  /** The repository's releases, when the caller has listed them already. */
  releases?: ReleaseLike[]
  environment?: string
  /** Where the configuration is read when there is no earlier release. */
  defaultBranch?: string
}

/**
 * A release or a deployment as the change to judge: from the previous release (one listing call,
 * unless `baseRef` is given) to `head`. A release's text is its notes; a deployment's is the pull
 * request that brought `head` in (one call). Without an earlier release the base is `NO_BASE`.
 * Shared by the Action and the App (deployment protection rule).
 */
export async function releaseOrDeploymentChange(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  options: ReleaseOrDeployment
): Promise<{ change: Omit<Change, 'files'>; configRef: string }> {
  const { kind, head, tag } = options
  let release = kind === 'release' ? options.release : undefined
  let base = options.baseRef
  if (!base || (kind === 'release' && !release && tag)) {
    const releases = options.releases ?? (await listReleases(client, repo))
    if (kind === 'release' && !release && tag) release = releases.find((r) => r.tag_name === tag)
    const currentTag = release?.tag_name ?? tag
    const previous = previousRelease(releases, {
      ...(currentTag ? { tag: currentTag } : {}),
      prerelease: release?.prerelease ?? false,
      ...(release?.published_at ? { publishedAt: release.published_at } : {})
    })
    base ??= previous?.tag_name
  }
  const currentTag = release?.tag_name ?? tag
  const configRef = base ?? options.defaultBranch ?? head
  const change: Omit<Change, 'files'> = { event: kind, base: base ?? NO_BASE, head, labels: [] }

  if (kind === 'release') {
    if (currentTag) change.version = currentTag
    change.title = release?.name || currentTag || head
    change.body = release?.body ?? ''
    return { change, configRef }
  }
  if (options.environment) change.environment = options.environment
  await addPullRequestText(client, repo, change)
  return { change, configRef }
}

/**
 * A deployment's text is the pull request that brought its commit in (one call): its title, body,
 * labels, number and author go into `change`. Not knowing the pull request only leaves the text
 * empty (the text checks then say so); a failing API still throws.
 */
export async function addPullRequestText(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  change: Omit<Change, 'files'>
): Promise<void> {
  try {
    const pr = await pullRequestForCommit(client, repo, change.head)
    if (pr) {
      const fromPr = changeFromPullRequest(pr)
      Object.assign(change, {
        title: fromPr.title,
        body: fromPr.body,
        labels: fromPr.labels,
        number: fromPr.number
      })
      if (fromPr.author) change.author = fromPr.author
    }
  } catch (error) {
    const status = statusOf(error)
    if (status !== 404 && status !== 403 && status !== 422) throw error
  }
}
