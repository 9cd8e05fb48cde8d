import type { Config } from '../engine/config.js'
import type { Change, Check, Logger, Report, RepoSource } from '../engine/types.js'
import type { GitHubClient } from '../sources/github/client.js'
import { NO_BASE } from '../sources/github/empty-base.js'
import { memoizeRoute } from '../sources/github/memoize-route.js'
import { rollbackReport } from '../reports/on-github/rollback-report.js'
import { evaluateOnGitHub } from '../reports/on-github/evaluate-on-github.js'
import { contentsReader, loadConfigOnGitHub } from '../sources/github/load-config-on-github.js'
import type { IssueComment, PullRef } from '../sources/github/issue-comments.js'
import type { ReleaseReport } from '../reports/release/types.js'
import { GitHubApiSource } from '../sources/github/github-api.js'
import { evaluateRelease } from './evaluate-release.js'
import type { ActionInputs, RunnerContext } from './inputs.js'
import { pickSource, type OpenLocal, type SourceKind } from './pick-source.js'
import { kindOf, resolveEvent } from './resolve-event.js'

const COMPARE_ROUTE = 'GET /repos/{owner}/{repo}/compare/{basehead}'

export interface ActionDeps {
  context: RunnerContext
  payload: Record<string, unknown>
  inputs: ActionInputs
  client: GitHubClient
  checks: Check[]
  log: Logger
  openLocal?: OpenLocal
}

export interface Evaluation {
  report: Report
  config: Config
  sourceKind: SourceKind
  /** Set on pull requests. */
  pull?: PullRef
  /** The pull request's comments (read once; the sticky comment reuses them). */
  comments: IssueComment[]
  /** On a release with an earlier release (or a deployment of one): the report over its pull requests. */
  release?: ReleaseReport
  /** The change that was judged (for the evaluation record). */
  change?: Omit<Change, 'files'> & { files?: Change['files'] }
  /** True when a deployment was judged (as its release, for `release`). */
  deployment: boolean
}

/** Inputs and event → the report, with no Actions I/O: main.ts publishes it. */
export async function evaluateAction(deps: ActionDeps): Promise<Evaluation | { skip: string }> {
  const { context, payload, inputs, log } = deps
  // How the configuration at a ref is read (with `_extends`, failing closed), for a rollback's
  // policy and for the evaluation alike.
  const configAt = (source: RepoSource, ref: string): Promise<Config> =>
    loadConfigOnGitHub(source, ref, deps.checks, {
      owner: context.owner,
      repo: context.repo,
      readFile: contentsReader(deps.client),
      ...(inputs.configPath ? { path: inputs.configPath } : {})
    })
  const readConfig = (ref: string): Promise<Config> =>
    configAt(new GitHubApiSource(deps.client, { owner: context.owner, repo: context.repo, log }), ref)
  const resolved = await resolveEvent(context, payload, inputs, deps.client, readConfig)
  if ('skip' in resolved) return resolved
  const { change, pull, configRef, apiOnly } = resolved
  if (resolved.rollback) {
    // Approved without running the checks; the report says why.
    const config = resolved.rollback.config
    if (inputs.mode) config.mode = inputs.mode
    log.info(`[release-readiness] ${change.basis ?? 'Rollback.'}`)
    return {
      report: rollbackReport(deps.checks, config, change),
      config,
      sourceKind: 'github-api',
      comments: [],
      deployment: true
    }
  }
  // A deployment of a tagged release is judged as that release (event: release, with the environment).
  const deployment = (inputs.event ?? kindOf(context.eventName)) === 'deployment'
  const releaseReport = change.event === 'release' && change.base !== NO_BASE
  // A release report reads the range's comparison for its files and for its commits: once.
  const client = releaseReport ? memoizeRoute(deps.client, COMPARE_ROUTE) : deps.client
  log.info(
    `[release-readiness] Evaluating ${change.event} ${change.base === NO_BASE ? '(first release)' : change.base}...${change.head}`
  )

  const picked = await pickSource({
    ...(context.workspace ? { workspace: context.workspace } : {}),
    refs: [change.base, change.head, configRef].filter((ref) => ref !== NO_BASE),
    ...(change.base !== NO_BASE ? { between: [change.base, change.head] as [string, string] } : {}),
    apiOnly,
    ...(deps.openLocal ? { openLocal: deps.openLocal } : {}),
    api: () =>
      new GitHubApiSource(client, {
        owner: context.owner,
        repo: context.repo,
        // The pull request's own file list is its base...head diff, unless base-ref moved the base.
        ...(pull && !inputs.baseRef ? { pullNumber: pull.number, pullHead: change.head } : {}),
        log
      }),
    log
  })
  try {
    if (releaseReport) {
      const { release, config } = await evaluateRelease({
        client,
        source: picked.source,
        change,
        configRef,
        ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
        ...(inputs.mode ? { mode: inputs.mode } : {}),
        checks: deps.checks,
        owner: context.owner,
        repo: context.repo,
        repositoryUrl: `${context.serverUrl}/${context.owner}/${context.repo}`,
        log
      })
      return {
        report: release.range,
        config,
        sourceKind: picked.kind,
        comments: [],
        release,
        change,
        deployment
      }
    }
    const evaluation = await evaluateOnGitHub({
      client,
      repository: { owner: context.owner, repo: context.repo },
      source: picked.source,
      change,
      configRef,
      ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
      ...(inputs.mode ? { mode: inputs.mode } : {}),
      ...(pull ? { pull } : {}),
      checks: deps.checks,
      log,
      readConfig: configAt
    })
    return { ...evaluation, sourceKind: picked.kind, change, deployment, ...(pull ? { pull } : {}) }
  } finally {
    picked.close()
  }
}
