import * as core from '@actions/core'
import { Octokit } from '@octokit/rest'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checks as registry } from '../../checks/index.js'
import { UserError } from '../engine/errors.js'
import type { Check, Logger } from '../engine/types.js'
import { createClient, describeStats, type GitHubClient } from '../sources/github/client.js'
import { describeApiError } from '../sources/github/describe-api-error.js'
import {
  MAX_COMMENT_LENGTH,
  STICKY_MARKER,
  WAIVE_HINT,
  publishReportComment
} from '../sources/github/sticky-comment.js'
import { planAnnotations } from '../reports/change/annotations.js'
import { ANNOTATION_LIMIT, Outputs, USER_AGENT } from './constants.js'
import { renderMarkdown, toJson } from '../reports/change/index.js'
import { markdownText } from '../engine/escape.js'
import { evaluateAction, type Evaluation } from './evaluate-action.js'
import { publishRelease } from './publish-release.js'
import { parseInputs, readRunnerContext, type RunnerContext } from './inputs.js'
import type { OpenLocal } from './pick-source.js'
import { LocalGitSource } from '../sources/local-git.js'
import { buildRecord } from '../reports/record/build-record.js'
import { releaseRecord } from '../reports/release/release-record.js'
import { actionRecordContext } from './action-record.js'
import type { ActionInputs } from './inputs.js'
import { publishRecord } from './publish-record.js'
import { actionFailedRecord } from './failed-record.js'

/** What `run` needs from outside; tests and the bundle pass the defaults. */
export interface RunOptions {
  env?: NodeJS.ProcessEnv
  checks?: Check[]
  openLocal?: OpenLocal
}

/** Actions keeps 1 MiB of job summary per step; stay well inside it. */
const SUMMARY_LIMIT = 900_000

const logger: Logger = { debug: core.debug, info: core.info, warn: core.warning, error: core.error }

async function readPayload(context: RunnerContext): Promise<Record<string, unknown>> {
  if (!context.eventPath) return {}
  try {
    return JSON.parse(await readFile(context.eventPath, 'utf8')) as Record<string, unknown>
  } catch (error) {
    throw new UserError(
      `[release-readiness] Cannot read the event payload at ${context.eventPath}: ${(error as Error).message}`,
      {
        cause: error
      }
    )
  }
}

/** Inputs → engine → job summary, annotations, outputs, sticky comment; fails the step on NO-GO. */
export async function run(options: RunOptions = {}): Promise<void> {
  let client: GitHubClient | undefined
  const env = options.env ?? process.env
  let inputs: ActionInputs | undefined
  let context: RunnerContext | undefined
  let payload: Record<string, unknown> = {}
  try {
    inputs = parseInputs((name) => core.getInput(name))
    core.setSecret(inputs.token)
    if (inputs.recordUrlToken) core.setSecret(inputs.recordUrlToken)
    context = readRunnerContext(env)
    const octokit = new Octokit({
      auth: inputs.token,
      baseUrl: context.apiUrl,
      userAgent: USER_AGENT,
      // Failed requests are retried or reported by us; Octokit's own request log goes to debug.
      log: { debug: () => undefined, info: () => undefined, warn: core.debug, error: core.debug }
    })
    client = createClient(octokit, { retry: inputs.retry, log: logger })
    payload = await readPayload(context)
    const evaluation = await evaluateAction({
      context,
      payload,
      inputs,
      client,
      checks: options.checks ?? registry,
      log: logger,
      openLocal: options.openLocal ?? ((dir) => LocalGitSource.open(dir))
    })
    if ('skip' in evaluation) {
      core.notice(`[release-readiness] Skipped: ${evaluation.skip}`)
      return
    }
    if (evaluation.release) {
      const payloadRelease = (payload as { release?: { id?: number; body?: string | null } }).release
      const recordContext = actionRecordContext({ context, ...evaluation })
      await publishRelease(evaluation.release, {
        record: releaseRecord(evaluation.release, recordContext),
        recordOptions: recordPostOptions(inputs),
        context,
        client,
        env,
        log: logger,
        // A deployment judged as its release never edits the release's notes.
        releaseNotes: evaluation.deployment ? 'off' : inputs.releaseNotes,
        ...(payloadRelease ? { payloadRelease } : {}),
        summaryLimit: SUMMARY_LIMIT
      })
      return
    }
    await publish(evaluation, { context, client, comment: inputs.comment, env, inputs })
  } catch (error) {
    if (error instanceof Error && !(error instanceof UserError) && error.stack) core.debug(error.stack)
    const message =
      error instanceof UserError
        ? error.message
        : (describeApiError(error) ?? (error instanceof Error ? error.message : String(error)))
    core.setFailed(message)
    await writeFailureSummary(message)
    // An evaluation that could not run still leaves its record (outcome `error`).
    if (context && inputs) {
      try {
        core.setOutput(
          Outputs.RecordJson,
          await publishRecord({
            record: actionFailedRecord(context, payload, message),
            dir: context.runnerTemp ?? tmpdir(),
            env,
            log: logger,
            ...recordPostOptions(inputs)
          })
        )
      } catch (recordError) {
        core.warning(
          `[release-readiness] Could not write the evaluation record: ${(recordError as Error).message}`
        )
      }
    }
  } finally {
    if (client) core.debug(describeStats(client))
  }
}

/** The record-url inputs, as `publishRecord` options (retried as the API calls are). */
function recordPostOptions(inputs: ActionInputs): {
  url?: string
  urlToken?: string
  retries: number
  delayMs: number
} {
  return {
    ...(inputs.recordUrl ? { url: inputs.recordUrl } : {}),
    ...(inputs.recordUrlToken ? { urlToken: inputs.recordUrlToken } : {}),
    retries: inputs.retry.retries,
    delayMs: inputs.retry.delayMs
  }
}

/** The job summary when nothing could be evaluated: says so, so that nobody reads it as a pass. */
async function writeFailureSummary(message: string): Promise<void> {
  try {
    await core.summary
      .addRaw(
        `## ⚠️ Release readiness: could not evaluate\n\n${markdownText(message)}\n\nThis is not a GO: the step failed.\n`,
        true
      )
      .write()
  } catch {
    // No GITHUB_STEP_SUMMARY (not on a runner): the failed step says it all.
  }
}

async function publish(
  evaluation: Evaluation,
  {
    context,
    client,
    comment,
    env,
    inputs
  }: {
    context: RunnerContext
    client: GitHubClient
    comment: boolean
    env: NodeJS.ProcessEnv
    inputs: ActionInputs
  }
): Promise<void> {
  const { report, config, pull, comments } = evaluation
  const markdown = renderMarkdown(report, {
    maxLength: MAX_COMMENT_LENGTH - STICKY_MARKER.length - WAIVE_HINT.length - 100
  })

  const jsonPath = join(context.runnerTemp ?? tmpdir(), 'release-readiness-report.json')
  await writeFile(jsonPath, `${JSON.stringify(toJson(report), null, 2)}\n`)
  core.setOutput(Outputs.Verdict, report.verdict)
  core.setOutput(Outputs.Outcome, report.outcome)
  core.setOutput(Outputs.FailedChecks, report.blocking.join(','))
  core.setOutput(Outputs.ReportJson, jsonPath)
  const record = buildRecord(report, actionRecordContext({ context, ...evaluation }))
  core.setOutput(
    Outputs.RecordJson,
    await publishRecord({
      record,
      dir: context.runnerTemp ?? tmpdir(),
      env,
      log: logger,
      ...recordPostOptions(inputs)
    })
  )

  // The job summary may hold 1 MiB: it gets the whole report, the comment the shortened one.
  await core.summary.addRaw(renderMarkdown(report, { maxLength: SUMMARY_LIMIT }), true).write()

  // Keep a slot for the step's closing message, so that GitHub's 10-per-kind limit never hides it.
  const closing = report.verdict === 'no-go' ? (report.mode === 'advisory' ? 'warning' : 'error') : undefined
  const plan = planAnnotations(report, ANNOTATION_LIMIT, { notice: 1, ...(closing ? { [closing]: 1 } : {}) })
  for (const a of [...plan.annotations, ...(plan.overflow ? [plan.overflow] : [])]) {
    const properties: core.AnnotationProperties = { title: a.title }
    if (a.file) properties.file = a.file
    if (a.startLine) properties.startLine = a.startLine
    if (a.startColumn) properties.startColumn = a.startColumn
    if (a.level === 'error') core.error(a.message, properties)
    else if (a.level === 'warning') core.warning(a.message, properties)
    else core.notice(a.message, properties)
  }

  if (pull && comment && config.comment.enabled) {
    const result = await publishReportComment(client, pull, comments, report, markdown)
    if (result.action === 'forbidden') {
      core.notice(
        `[release-readiness] Not commenting on #${pull.number}: the token may not write comments (HTTP ${result.status}; a pull request from a fork gets a read-only token). The report is in the job summary.`
      )
    } else core.info(`[release-readiness] Pull request comment: ${result.action}.`)
  }

  const failed = report.blocking.join(', ')
  if (report.verdict === 'no-go') {
    if (report.mode === 'advisory') {
      core.warning(
        `[release-readiness] NO-GO would block (advisory mode, not blocking): ${failed}. See the job summary.`
      )
    } else {
      core.setFailed(`Release readiness: NO-GO (${failed}). See the job summary for what to fix.`)
    }
  } else {
    core.info(`[release-readiness] ${report.outcome === 'go-with-waivers' ? 'GO with waivers' : 'GO'}.`)
  }
}
