import { UserError } from '../engine/errors.js'
import type { Change, EventName } from '../engine/types.js'
import type { GitHubClient } from '../sources/github/client.js'
import type { PullRef } from '../sources/github/issue-comments.js'
import {
  changeFromPullRequest,
  getPullRequest,
  type PullRequestLike
} from '../sources/github/pull-request.js'
import type { Config } from '../engine/config.js'
import { deploymentChange } from '../sources/github/deployment-change.js'
import { releaseOrDeploymentChange } from '../sources/github/release-change.js'
import type { ReleaseLike } from '../sources/github/releases.js'
import { STICKY_MARKER } from '../sources/github/sticky-comment.js'
import { parseWaiverComment } from '../sources/github/waiver-command.js'
import type { ActionInputs, RunnerContext } from './inputs.js'

export interface ResolvedEvent {
  /** The change to judge, without its files yet. */
  change: Omit<Change, 'files'>
  /** Set on pull requests: where waivers and the sticky comment live, and how files are listed. */
  pull?: PullRef
  /** Where the configuration is read: never the head of a pull request. */
  configRef: string
  /** Read files through the API even when the workspace has both commits. */
  apiOnly: boolean
  /** A rollback approved without running the checks: the configuration that approved it. */
  rollback?: { config: Config }
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
  release?: ReleaseLike
  deployment?: { id?: number; sha: string; ref?: string; environment?: string }
  repository?: { default_branch?: string }
  comment?: { body?: string }
  changes?: { body?: { from?: string } }
}

const tagOf = (ref: string | undefined): string | undefined =>
  ref?.startsWith('refs/tags/') ? ref.slice(10) : undefined

/**
 * Why a comment event need not re-evaluate: our own comment (posting it must not loop through a
 * workflow that runs on comments), or a comment that neither has nor had a waiver command.
 */
export function commentSkipReason(
  comment: Payload['comment'],
  changes: Payload['changes']
): string | undefined {
  if (!comment) return undefined
  if (comment.body?.includes(STICKY_MARKER)) return 'the comment is the release-readiness report itself.'
  const bodies = [comment.body, changes?.body?.from].filter((b): b is string => typeof b === 'string')
  if (!bodies.some((body) => parseWaiverComment(body).length > 0)) {
    return 'the comment has no /release-readiness command; nothing changed.'
  }
  return undefined
}

/**
 * Turns the workflow's event (or the `event` input) into the change to judge. Reads the API only
 * where the payload lacks something: the pull request of an issue comment, the previous release,
 * what runs in a deployment's environment, the pull request behind a deployed commit.
 * `readConfig` is asked only for a rollback (whether rollbacks are judged).
 */
export async function resolveEvent(
  context: RunnerContext,
  payload: Payload,
  inputs: ActionInputs,
  client: GitHubClient,
  readConfig: (ref: string) => Promise<Config>
): Promise<EventResolution> {
  const repo = { owner: context.owner, repo: context.repo }
  const kind = inputs.event ?? kindOf(context.eventName)
  const apiOnly = context.eventName === 'pull_request_target' || context.eventName === 'issue_comment'

  if (kind === 'pull_request') {
    let pr = payload.pull_request
    if (!pr && payload.issue) {
      if (!payload.issue.pull_request)
        return { skip: `issue #${payload.issue.number} is not a pull request; nothing to evaluate.` }
      const skip = commentSkipReason(payload.comment, payload.changes)
      if (skip) return { skip }
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
  const tag = payload.release?.tag_name ?? tagOf(context.ref)
  const environment = payload.deployment?.environment ?? inputs.environment
  const defaultBranch = payload.repository?.default_branch
  if (kind === 'deployment' && !inputs.baseRef) {
    // What is new in the environment: its history, the deployed release, or the release before.
    const deploymentId = payload.deployment?.id
    const resolved = await deploymentChange(client, repo, {
      head,
      ...(environment ? { environment } : {}),
      ...(deploymentId !== undefined ? { deploymentId } : {}),
      ...(defaultBranch ? { defaultBranch } : {}),
      readConfig
    })
    const { change, configRef } = resolved
    return {
      change,
      configRef,
      apiOnly,
      ...(resolved.kind === 'rollback' ? { rollback: { config: resolved.config } } : {})
    }
  }
  const { change, configRef } = await releaseOrDeploymentChange(client, repo, {
    kind,
    head,
    ...(inputs.baseRef ? { baseRef: inputs.baseRef } : {}),
    ...(tag ? { tag } : {}),
    ...(kind === 'release' && payload.release ? { release: payload.release } : {}),
    ...(kind === 'deployment' && environment ? { environment } : {}),
    ...(defaultBranch ? { defaultBranch } : {})
  })
  if (kind === 'deployment' && inputs.baseRef)
    change.basis = `Compared with ${inputs.baseRef} (the base-ref input).`
  return { change, configRef, apiOnly }
}
