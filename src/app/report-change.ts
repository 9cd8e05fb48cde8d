import { ConfigError, type Config } from '../engine/config.js'
import { UserError } from '../engine/errors.js'
import type { Logger, Report } from '../engine/types.js'
import { describeStats, type GitHubClient } from '../sources/github/client.js'
import {
  MAX_COMMENT_LENGTH,
  STICKY_MARKER,
  stickyBody,
  upsertStickyComment
} from '../sources/github/sticky-comment.js'
import { renderMarkdown } from '../reports/change/index.js'
import { apiClient, type ProbotOctokitLike } from './api-client.js'
import {
  completeCheckRun,
  startCheckRun,
  subjectOf,
  type CheckRunRef,
  type CheckRunResult
} from './check-run.js'
import {
  resultFromConfigError,
  resultFromError,
  resultFromReleaseReport,
  resultFromReport
} from './check-run-result.js'
import type { AppDeps } from './deps.js'
import { evaluateChange, type ResolvedChange } from './evaluate-change.js'
import { evaluateRelease } from './evaluate-release.js'
import { releaseReportLine } from './report-link.js'
import { NO_BASE } from '../sources/github/empty-base.js'
import { appReleaseRecord, changeRecord, failedRecord, keepRecord } from './keep-record.js'
import { rollbackReport } from '../reports/on-github/rollback-report.js'
import type { ReleaseReport } from '../reports/release/types.js'
import { GitHubApiSource } from '../sources/github/github-api.js'
import { contentsReader, loadConfigOnGitHub } from '../sources/github/load-config-on-github.js'

export interface ReportRequest {
  octokit: ProbotOctokitLike
  owner: string
  repo: string
  /** The commit, when the event names it: even a failure to resolve the change is reported there. */
  headSha?: string
  /** The repository's web address (`repository.html_url`), for links in a release report. */
  htmlUrl?: string
  /** Stored on the check run so that a re-run knows what to evaluate: `pull_request:7`, `release:v1.2.0`… */
  externalId: string
  /** `readConfig` reads the configuration at a ref as the evaluation will (with `_extends`). */
  resolve(
    client: GitHubClient,
    readConfig: (ref: string) => Promise<Config>
  ): Promise<ResolvedChange | { skip: string }>
  log: Logger
  deps: AppDeps
  /**
   * Asked just before the final writes (check run, record, comment): false when another instance
   * took this job's subject over, and then nothing final is written (that instance writes it).
   */
  current?: () => Promise<boolean>
}

/** Thrown by `finish` when the job lost its subject to another instance: nothing final is written. */
class SubjectTaken extends Error {}

export type ReportOutcome =
  /** `release` is set when a release was judged (its verdict is the release's, not the range's). */
  | { kind: 'report'; report: Report; release?: ReleaseReport; checkRun: CheckRunRef }
  | { kind: 'config-error'; error: ConfigError; checkRun?: CheckRunRef }
  | { kind: 'error'; message: string; checkRun?: CheckRunRef }
  | { kind: 'skip'; reason: string }

function allGreen(report: Report): boolean {
  return (
    report.verdict === 'go' &&
    report.checks.every((c) => c.status === 'pass' || c.status === 'skip') &&
    report.waivers.applied.length === 0
  )
}

/**
 * Resolves the change, marks its check run (named for its subject) in progress, evaluates, completes
 * the check run (and updates the sticky comment on a pull request). Never throws for a change that
 * cannot be evaluated: the check run fails with the reason, and the outcome says so.
 */
export async function reportChange(request: ReportRequest): Promise<ReportOutcome> {
  const { owner, repo, log, deps } = request
  const repoRef = { owner, repo }
  let checkRun: CheckRunRef | undefined
  let client: GitHubClient | undefined
  /** The commit judged, once known (for the record of an evaluation that fails). */
  let head = request.headSha
  const finish = async (result: CheckRunResult): Promise<void> => {
    if (request.current && !(await request.current())) throw new SubjectTaken()
    if (checkRun && client) await completeCheckRun(client, repoRef, checkRun, result)
  }
  try {
    client = await apiClient(request.octokit, deps, log)
    const api = client
    // The same resolution (with `_extends`, failing closed) as the evaluation's own.
    const readConfig = (ref: string): Promise<Config> =>
      loadConfigOnGitHub(new GitHubApiSource(api, { owner, repo, log }), ref, deps.checks, {
        owner,
        repo,
        readFile: contentsReader(api)
      })
    const resolved = await request.resolve(client, readConfig)
    if ('skip' in resolved) {
      log.info(`[release-readiness] Skipped: ${resolved.skip}`)
      return { kind: 'skip', reason: resolved.skip }
    }
    head = resolved.change.head
    checkRun = await startCheckRun(client, repoRef, resolved.change.head, request.externalId)
    if (resolved.rollback) {
      // Approved without running the checks; the report says why.
      const report = rollbackReport(deps.checks, resolved.rollback.config, resolved.change)
      await finish(resultFromReport(report))
      return { kind: 'report', report, checkRun }
    }
    const input = { client, owner, repo, resolved, checks: deps.checks, log }
    if (resolved.change.event === 'release' && resolved.change.base !== NO_BASE) {
      // A release is judged with its pull requests: the same roll-up report as the Action's.
      const repositoryUrl = request.htmlUrl ?? `https://github.com/${owner}/${repo}`
      const { release, config } = await evaluateRelease({ ...input, repositoryUrl })
      // The Action's HTML page, if its workflow already finished: looked up once, just before
      // completing. Only a release's own run links it (a deployment judged as its release does not).
      const reportLine =
        subjectOf(request.externalId)?.kind === 'release'
          ? await releaseReportLine(
              client,
              repoRef,
              { tag: release.version ?? release.headRef, sha: resolved.change.head, repositoryUrl },
              log
            )
          : undefined
      await finish(resultFromReleaseReport(release, reportLine ? { reportLine } : {}))
      await keepRecord(deps.records, log, () =>
        appReleaseRecord(release, { owner, repo, htmlUrl: repositoryUrl, ...resolved, config })
      )
      return { kind: 'report', report: release.range, release, checkRun }
    }
    const evaluation = await evaluateChange(input)
    const { report, config, comments } = evaluation
    await finish(resultFromReport(report))
    await keepRecord(deps.records, log, () =>
      changeRecord(report, {
        owner,
        repo,
        ...(request.htmlUrl ? { htmlUrl: request.htmlUrl } : {}),
        ...resolved,
        config,
        files: evaluation.files
      })
    )
    if (resolved.pull && config.comment.enabled) {
      const markdown = renderMarkdown(report, { maxLength: MAX_COMMENT_LENGTH - STICKY_MARKER.length - 200 })
      const green = allGreen(report)
      const author = await deps.ownLogin?.()
      const sticky = await upsertStickyComment(
        client,
        resolved.pull,
        comments,
        stickyBody(markdown, { resolved: green }),
        { createIfMissing: !green, ...(author ? { author } : {}) }
      )
      if (sticky.action === 'forbidden') {
        log.warn(`[release-readiness] Not commenting on #${resolved.pull.number}: HTTP ${sticky.status}.`)
      }
    }
    return { kind: 'report', report, checkRun: checkRun! }
  } catch (error) {
    if (error instanceof SubjectTaken) {
      const reason = `another instance took ${request.externalId} over; it writes the result`
      log.warn(`[release-readiness] Not writing this evaluation's result: ${reason}.`)
      return { kind: 'skip', reason }
    }
    if (!checkRun && client && request.headSha) {
      // Even a change that could not be resolved is reported on its commit, under its own name.
      checkRun = await startCheckRun(client, repoRef, request.headSha, request.externalId).catch(
        () => undefined
      )
    }
    // Every evaluation leaves a record, one that could not run too (outcome `error`).
    const failed = (message: string): Promise<void> =>
      keepRecord(deps.records, log, () =>
        failedRecord({
          owner,
          repo,
          ...(request.htmlUrl ? { htmlUrl: request.htmlUrl } : {}),
          externalId: request.externalId,
          ...(head ? { headSha: head } : {}),
          ...(error instanceof ConfigError && error.issues[0]?.file
            ? { configOrigin: error.issues[0].file }
            : {}),
          error: message
        })
      )
    if (error instanceof ConfigError) {
      log.warn(`[release-readiness] ${error.message}`)
      await finishQuietly(finish, resultFromConfigError(error), log)
      await failed(error.message)
      return { kind: 'config-error', error, ...(checkRun ? { checkRun } : {}) }
    }
    const message = error instanceof Error ? error.message : String(error)
    if (!(error instanceof UserError))
      log.error(`[release-readiness] ${error instanceof Error ? error.stack : message}`)
    else log.warn(`[release-readiness] ${message}`)
    await finishQuietly(finish, resultFromError(message), log)
    await failed(message)
    return { kind: 'error', message, ...(checkRun ? { checkRun } : {}) }
  } finally {
    if (client) log.info(describeStats(client))
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
