import { loadConfig, type Config } from '../../engine/config.js'
import { evaluate } from '../../engine/evaluate.js'
import { resolveChange } from '../../engine/resolve-change.js'
import type { Change, ChangedFile, Check, Logger, Mode, Report, RepoSource } from '../../engine/types.js'
import type { GitHubClient } from '../../sources/github/client.js'
import { shortSha } from '../../engine/short-sha.js'
import { withEmptyBase } from '../../sources/github/empty-base.js'
import { listIssueComments, type IssueComment, type PullRef } from '../../sources/github/issue-comments.js'
import { pullRequestGrantHead } from '../../sources/github/grant-head.js'
import { githubLabelAuthority } from '../../sources/github/label-authority.js'
import { githubWaiverAuthority } from '../../sources/github/waiver-authority.js'
import { decidedReleaseWaivers } from './release-waivers.js'
import { collectWaivers, type WaiverSet } from '../../sources/github/waivers.js'
import type { LabelAuthority } from '../../engine/exemptions.js'

export interface GitHubEvaluationInput {
  client: GitHubClient
  /** The repository: a release judged on its own reads its reviewed release waivers there. */
  repository: { owner: string; repo: string }
  /** Where files come from: a `GitHubApiSource`, or local git when it has the commits. */
  source: RepoSource
  /** The change, without its files (they are listed here). */
  change: Omit<Change, 'files'>
  /** The ref the configuration is read at: the base, never a pull request's head. */
  configRef: string
  configPath?: string
  /** Overrides the configuration's `mode`. */
  mode?: Mode
  /** The pull request, when there is one: its comments carry waivers and the sticky comment. */
  pull?: PullRef
  checks: readonly Check[]
  log: Logger
  /** Reads the configuration at `configRef` instead of `loadConfig` (the App adds `_extends`). */
  readConfig?: (source: RepoSource, ref: string) => Promise<Config>
}

export interface GitHubEvaluation {
  report: Report
  config: Config
  /** The pull request's comments, read once (the sticky comment reuses them); empty without one. */
  comments: IssueComment[]
  /** The files the change touched (for the services a record names). */
  files: ChangedFile[]
}

/**
 * Configuration at the base, the changed files, the waivers from the pull request's comments, then
 * the engine. Shared by the Action and the App; publishing the report is theirs.
 */
export async function evaluateOnGitHub(input: GitHubEvaluationInput): Promise<GitHubEvaluation> {
  const { client, change, pull, checks, log } = input
  const source = withEmptyBase(input.source)

  // Independent reads go out together: on github.com each call is a round trip of 100 ms or more.
  const [config, resolved, comments] = await Promise.all([
    input.readConfig
      ? input.readConfig(source, input.configRef)
      : loadConfig(source, input.configRef, checks, input.configPath),
    resolveChange(source, change),
    pull ? listIssueComments(client, pull) : Promise.resolve([] as IssueComment[])
  ])
  if (input.mode) config.mode = input.mode

  const policy = { ...(change.author ? { prAuthor: change.author } : {}), allowed: config.waivers.allowed }
  let waiverSet: WaiverSet = { waivers: [], rejected: [] }
  let labelAuthority: LabelAuthority | undefined
  if (pull) {
    const authority = githubWaiverAuthority(client, { owner: pull.owner, repo: pull.repo })
    waiverSet = await collectWaivers(
      comments,
      { ...policy, checks, grantHead: pullRequestGrantHead(client, pull, change.head) },
      authority
    )
    // Read only when an exemption needs a waiver-authorised label.
    labelAuthority = githubLabelAuthority(client, pull, policy, authority)
  } else if (change.event === 'release' && change.version) {
    // A release judged on its own (a first release, or the deployment of one): the release-level
    // waivers of the reviewed file on the default branch, decided by the one waiver authority.
    // A file that cannot be read throws (fail closed).
    const decided = await decidedReleaseWaivers({
      client,
      ...input.repository,
      tag: change.version,
      checks,
      config
    })
    waiverSet = { waivers: decided.waivers, rejected: decided.rejected }
  }

  const report = await evaluate({
    checks,
    config,
    source,
    change: { ...resolved, ...withEmptyNote(resolved) },
    log,
    waivers: waiverSet.waivers,
    rejectedWaivers: waiverSet.rejected,
    ...(labelAuthority ? { labelAuthority } : {}),
    ...(input.configPath ? { configPath: input.configPath } : {})
  })
  return { report, config, comments, files: resolved.files }
}

/**
 * An empty change is never a silent GO: the report says what was compared (from the merge base,
 * as the checks read it) and that nothing differs.
 */
function withEmptyNote(change: Change): Pick<Change, 'basis'> {
  if (change.files.length > 0) return {}
  const note = `No file differs between ${shortSha(change.base)} and ${shortSha(change.head)}, so the checks had no change to judge.`
  return { basis: change.basis ? `${change.basis} ${note}` : note }
}
