import { UserError } from '../engine/errors.js'
import type { Change, EventName } from '../engine/types.js'
import type { GitHubClient } from '../github/client.js'
import type { PullRef } from '../github/issue-comments.js'
import {
  changeFromPullRequest,
  getPullRequest,
  pullRequestForCommit,
  type PullRequestLike
} from '../github/pull-request.js'
import { listReleases, previousRelease } from '../github/releases.js'
import { statusOf } from '../github/client.js'
import type { ActionInputs, RunnerContext } from './inputs.js'

/** Sentinel base for a first release: nothing before it, every file is added. */
export const NOTHING = '<nothing>'

export interface ResolvedEvent {
  /** The change to judge, without its files yet. */
  change: Omit<Change, 'files'>
  /** Set on pull requests: where waivers and the sticky comment live, and how files are listed. */
  pull?: PullRef
  /** Where the configuration is read: never the head of a pull request. */
  configRef: string
  /** Read files through the API even when the workspace has both commits. */
  apiOnly: boolean
}

export type EventResolution = ResolvedEvent | { skip: string }

/** Which kind of change a workflow event is judged as. */
export function kindOf(eventName: string): EventName {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'issue_comment':
      return 'pull_request'
    case 'release':
      return 'release'
    default:
      return 'deployment'
  }
}

interface Payload {
  pull_request?: PullRequestLike
  issue?: { number: number; pull_request?: unknown }
  release?: {
    tag_name: string
    name?: string | null
    body?: string | null
    prerelease?: boolean
    published_at?: string | null
  }
  deployment?: { sha: string; ref?: string; environment?: string }
  repository?: { default_branch?: string }
}

const tagOf = (ref: string | undefined): string | undefined =>
  ref?.startsWith('refs/tags/') ? ref.slice(10) : undefined

/**
 * Turns the workflow's event (or the `event` input) into the change to judge. Reads the API only
 * where the payload lacks something: the pull request of an issue comment, the previous release,
 * the pull request behind a deployed commit.
 */
export async function resolveEvent(
  context: RunnerContext,
  payload: Payload,
  inputs: ActionInputs,
  client: GitHubClient
): Promise<EventResolution> {
  const repo = { owner: context.owner, repo: context.repo }
  const kind = inputs.event ?? kindOf(context.eventName)
  const apiOnly = context.eventName === 'pull_request_target' || context.eventName === 'issue_comment'

  if (kind === 'pull_request') {
    let pr = payload.pull_request
    if (!pr && payload.issue) {
      if (!payload.issue.pull_request)
        return { skip: `issue #${payload.issue.number} is not a pull request; nothing to evaluate.` }
      pr = await getPullRequest(client, { ...repo, number: payload.issue.number })
    }
    if (!pr) {
      throw new UserError(
        `[release-readiness] event: pull_request needs a pull_request, pull_request_target or issue_comment workflow event; this run is "${context.eventName}". Remove the event input or change the workflow trigger.`
      )
    }
    const change = changeFromPullRequest(pr)
    if (inputs.baseRef) change.base = inputs.baseRef
    return { change, pull: { ...repo, number: pr.number }, configRef: pr.base.sha, apiOnly }
  }

  const head = (kind === 'deployment' ? payload.deployment?.sha : undefined) ?? context.sha
  if (!head)
    throw new UserError('[release-readiness] GITHUB_SHA is not set, so there is no commit to evaluate.')
  const tagRef = tagOf(context.ref)
  let release: Payload['release'] = kind === 'release' ? payload.release : undefined
  let base = inputs.baseRef
  if (!base || (kind === 'release' && !release && tagRef)) {
    const releases = await listReleases(client, repo)
    // `event: release` on a tag push: the release notes come from the listing, at no extra call.
    if (kind === 'release' && !release && tagRef) release = releases.find((r) => r.tag_name === tagRef)
    const currentTag = release?.tag_name ?? tagRef
    const previous = previousRelease(releases, {
      ...(currentTag ? { tag: currentTag } : {}),
      prerelease: release?.prerelease ?? false,
      ...(release?.published_at ? { publishedAt: release.published_at } : {})
    })
    base ??= previous?.tag_name
  }
  const currentTag = release?.tag_name ?? tagRef
  const configRef = base ?? payload.repository?.default_branch ?? head
  const change: Omit<Change, 'files'> = { event: kind, base: base ?? NOTHING, head, labels: [] }

  if (kind === 'release') {
    if (currentTag) change.version = currentTag
    change.title = release?.name || currentTag || head
    change.body = release?.body ?? ''
  } else {
    const environment = payload.deployment?.environment
    if (environment) change.environment = environment
    try {
      const pr = await pullRequestForCommit(client, repo, head)
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
  return { change, configRef, apiOnly }
}
