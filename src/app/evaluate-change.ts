import type { Config } from '../engine/config.js'
import type { Change, Check, Logger } from '../engine/types.js'
import type { GitHubClient } from '../sources/github/client.js'
import { evaluateOnGitHub, type GitHubEvaluation } from '../reports/on-github/evaluate-on-github.js'
import type { PullRef } from '../sources/github/issue-comments.js'
import { GitHubApiSource } from '../sources/github/github-api.js'
import { contentsReader, loadConfigOnGitHub } from '../sources/github/load-config-on-github.js'

/** The change to judge (without its files), where its configuration is read, and its pull request. */
export interface ResolvedChange {
  change: Omit<Change, 'files'>
  configRef: string
  pull?: PullRef
  /** A rollback approved without running the checks: the configuration that approved it. */
  rollback?: { config: Config }
}

export interface EvaluateChangeInput {
  client: GitHubClient
  owner: string
  repo: string
  resolved: ResolvedChange
  checks: readonly Check[]
  log: Logger
}

/**
 * The App's path through the shared GitHub evaluation: everything read through the API (no
 * checkout), the configuration from the base with `_extends` and organization defaults (`loadConfigOnGitHub`,
 * shared with the Action).
 * Throws `ConfigError` for a bad configuration and `UserError`s when it cannot evaluate.
 */
export function evaluateChange(input: EvaluateChangeInput): Promise<GitHubEvaluation> {
  const { client, owner, repo, resolved, checks, log } = input
  const { change, pull, configRef } = resolved
  return evaluateOnGitHub({
    client,
    repository: { owner, repo },
    source: new GitHubApiSource(client, {
      owner,
      repo,
      ...(pull ? { pullNumber: pull.number, pullHead: change.head } : {}),
      log
    }),
    change,
    configRef,
    ...(pull ? { pull } : {}),
    checks,
    log,
    readConfig: (source, ref) =>
      loadConfigOnGitHub(source, ref, checks, { owner, repo, readFile: contentsReader(client) })
  })
}
