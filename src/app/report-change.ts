import type { Octokit } from '@octokit/rest'
import type { ResolvedEvent } from '../action/resolve-event.js'
import { ConfigError } from '../engine/config.js'
import { UserError } from '../engine/errors.js'
import type { Logger, Report } from '../engine/types.js'
import { createClient, describeStats, type GitHubClient, type OctokitLike } from '../github/client.js'
import {
  MAX_COMMENT_LENGTH,
  STICKY_MARKER,
  stickyBody,
  upsertStickyComment
} from '../github/sticky-comment.js'
import { renderMarkdown } from '../report/index.js'
import { completeCheckRun, startCheckRun, type CheckRunRef, type CheckRunResult } from './check-run.js'
import { resultFromConfigError, resultFromError, resultFromReport } from './check-run-result.js'
import type { AppDeps } from './deps.js'
import { evaluateChange } from './evaluate-change.js'
import { CONFIG_PATH } from '../engine/config.js'

/** What the App needs from Probot's `context.octokit`: requests, and the config plugin. */
export interface AppOctokit extends OctokitLike {
  config: {
    get(options: {
      owner: string
      repo: string
      path: string
      branch?: string
    }): Promise<{ config: Record<string, unknown>; files: { config: unknown }[] }>
  }
}

export interface ReportRequest {
  octokit: AppOctokit
  owner: string
  repo: string
  /** The commit, when the event names it: even a failure to resolve the change is reported there. */
  headSha?: string
  /** Stored on the check run so that a re-run knows what to evaluate: `pull_request:7`, `release:v1.2.0`… */
  externalId: string
  resolve(client: GitHubClient): Promise<ResolvedEvent | { skip: string }>
  log: Logger
  deps: AppDeps
}

export type ReportOutcome =
  | { kind: 'report'; report: Report; checkRun: CheckRunRef }
  | { kind: 'config-error'; error: ConfigError; checkRun?: CheckRunRef }
  | { kind: 'error'; message: string; checkRun?: CheckRunRef }
  | { kind: 'skip'; reason: string }

/**
 * Probot's Octokit retries on its own; our client retries (and counts) every call of an
 * evaluation, so the plugin is told not to retry these requests as well.
 */
export function withoutPluginRetries(octokit: OctokitLike): OctokitLike {
  const request = (route: string, parameters?: Record<string, unknown>) =>
    (octokit.request as (r: string, p?: Record<string, unknown>) => Promise<unknown>)(route, {
      ...parameters,
      request: { ...(parameters?.request as object | undefined), retries: 0 }
    })
  return { request: request as unknown as Octokit['request'] }
}

function allGreen(report: Report): boolean {
  return (
    report.verdict === 'go' &&
    report.checks.every((c) => c.status === 'pass' || c.status === 'skip') &&
    report.waivers.applied.length === 0
  )
}

/**
 * Resolves the change, marks the `Release readiness` check run in progress, evaluates, completes
 * the check run (and updates the sticky comment on a pull request). Never throws for a change that
 * cannot be evaluated: the check run fails with the reason, and the outcome says so.
 */
export async function reportChange(request: ReportRequest): Promise<ReportOutcome> {
  const { owner, repo, log, deps } = request
  const client = createClient(withoutPluginRetries(request.octokit), { retry: deps.retry, log })
  const repoRef = { owner, repo }
  let checkRun: CheckRunRef | undefined
  const finish = async (result: CheckRunResult): Promise<void> => {
    if (checkRun) await completeCheckRun(client, repoRef, checkRun, result)
  }
  try {
    const resolved = await request.resolve(client)
    if ('skip' in resolved) {
      log.info(`[release-readiness] Skipped: ${resolved.skip}`)
      return { kind: 'skip', reason: resolved.skip }
    }
    checkRun = await startCheckRun(client, repoRef, resolved.change.head, request.externalId)
    const evaluation = await evaluateChange({
      client,
      owner,
      repo,
      resolved,
      checks: deps.checks,
      log,
      readMerged: async (ref) => {
        const { config, files } = await request.octokit.config.get({
          owner,
          repo,
          path: CONFIG_PATH,
          branch: ref
        })
        return files.some((f) => f.config !== null) ? config : null
      }
    })
    const { report, config, comments } = evaluation
    await finish(resultFromReport(report))
    if (resolved.pull && config.comment.enabled) {
      const markdown = renderMarkdown(report, { maxLength: MAX_COMMENT_LENGTH - STICKY_MARKER.length - 200 })
      const green = allGreen(report)
      const sticky = await upsertStickyComment(
        client,
        resolved.pull,
        comments,
        stickyBody(markdown, { resolved: green }),
        { createIfMissing: !green }
      )
      if (sticky.action === 'forbidden') {
        log.warn(`[release-readiness] Not commenting on #${resolved.pull.number}: HTTP ${sticky.status}.`)
      }
    }
    return { kind: 'report', report, checkRun: checkRun! }
  } catch (error) {
    if (error instanceof ConfigError) {
      log.warn(`[release-readiness] ${error.message}`)
      await finishQuietly(finish, resultFromConfigError(error), log)
      return { kind: 'config-error', error, ...(checkRun ? { checkRun } : {}) }
    }
    const message = error instanceof Error ? error.message : String(error)
    if (!(error instanceof UserError))
      log.error(`[release-readiness] ${error instanceof Error ? error.stack : message}`)
    else log.warn(`[release-readiness] ${message}`)
    if (!checkRun && request.headSha) {
      checkRun = await startCheckRun(client, repoRef, request.headSha, request.externalId).catch(
        () => undefined
      )
    }
    await finishQuietly(finish, resultFromError(message), log)
    return { kind: 'error', message, ...(checkRun ? { checkRun } : {}) }
  } finally {
    log.info(describeStats(client))
  }
}

async function finishQuietly(
  finish: (result: CheckRunResult) => Promise<void>,
  result: CheckRunResult,
  log: Logger
): Promise<void> {
  try {
    await finish(result)
  } catch (error) {
    log.error(`[release-readiness] Could not complete the check run: ${(error as Error).message}`)
  }
}
