import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../engine/types.js'
import type { GitHubClient } from '../sources/github/client.js'
import { statusOf } from '../sources/github/client.js'
import { appendReleaseSection, RELEASE_BODY_LIMIT } from '../sources/github/release-notes-section.js'
import { exitCode } from '../reports/shared/exit-code.js'
import { itemWhere } from '../reports/release/labels.js'
import { renderReleaseHtml } from '../reports/release/render-html.js'
import { renderReleaseMarkdown } from '../reports/release/render-markdown.js'
import { renderReleaseJson } from '../reports/release/to-json.js'
import type { ReleaseReport } from '../reports/release/types.js'
import { ANNOTATION_LIMIT, Outputs } from './constants.js'
import type { ReleaseNotesMode, RunnerContext } from './inputs.js'
import { reportArtifactName, uploadReportArtifact, type ArtifactUploader } from './upload-report.js'
import type { EvaluationRecord } from '../reports/record/types.js'
import { publishRecord, type PublishRecordOptions } from './publish-record.js'

export interface PublishReleaseOptions {
  context: RunnerContext
  client: GitHubClient
  env: NodeJS.ProcessEnv
  log: Logger
  releaseNotes: ReleaseNotesMode
  /** The release from the payload: its id and notes, for `release-notes: append`. */
  payloadRelease?: { id?: number; body?: string | null }
  summaryLimit: number
  uploader?: ArtifactUploader
  /** The release's evaluation record: written, uploaded with the release JSON, and POSTed. */
  record?: EvaluationRecord
  recordOptions?: Pick<PublishRecordOptions, 'url' | 'urlToken' | 'retries' | 'delayMs' | 'fetch'>
}

/**
 * The release report on a release event: the HTML page in `$RUNNER_TEMP` (output `report-html`)
 * and uploaded as the artifact `release-readiness-<tag>`, the Markdown in the job summary, the JSON
 * (output `report-json`), one annotation per blocking item, optionally a section in the release
 * notes; then fails the step on NO-GO. A failed upload or notes update only warns.
 */
export async function publishRelease(report: ReleaseReport, options: PublishReleaseOptions): Promise<void> {
  const { context, env, log } = options
  const tag = report.version ?? report.headRef
  const dir = context.runnerTemp ?? tmpdir()
  const name = reportArtifactName(tag)
  const htmlPath = join(dir, `${name}.html`)
  const jsonPath = join(dir, 'release-readiness-report.json')
  await Promise.all([
    writeFile(htmlPath, renderReleaseHtml(report)),
    writeFile(jsonPath, renderReleaseJson(report, options.record))
  ])

  const failed = [...new Set(report.blocking.map((item) => item.check))]
  core.setOutput(Outputs.Verdict, report.verdict)
  core.setOutput(Outputs.Outcome, report.outcome)
  core.setOutput(Outputs.FailedChecks, failed.join(','))
  core.setOutput(Outputs.ReportJson, jsonPath)
  core.setOutput(Outputs.ReportHtml, htmlPath)

  await core.summary.addRaw(renderReleaseMarkdown(report, { maxLength: options.summaryLimit }), true).write()

  const advisory = report.mode === 'advisory'
  // Slots kept for the closing NO-GO message and a warning about the artifact or the notes.
  const room = ANNOTATION_LIMIT - 2
  for (const item of report.blocking.slice(0, room)) {
    const message = `${itemWhere(item)}: ${item.summary}`
    const properties = { title: `release-readiness: ${item.check}` }
    if (advisory) core.warning(message, properties)
    else core.error(message, properties)
  }
  if (report.blocking.length > room) {
    core.notice(
      `${report.blocking.length - room} more blocking item(s) are not annotated here: GitHub shows ${ANNOTATION_LIMIT} per step. The job summary lists them all.`,
      { title: 'release-readiness: more findings' }
    )
  }

  await uploadReportArtifact({
    name,
    file: htmlPath,
    env,
    log,
    ...(options.uploader ? { uploader: options.uploader } : {})
  })

  if (options.record) {
    const recordPath = await publishRecord({
      record: options.record,
      dir,
      alsoUpload: [jsonPath],
      env,
      log,
      ...options.recordOptions,
      ...(options.uploader ? { uploader: options.uploader } : {})
    })
    core.setOutput(Outputs.RecordJson, recordPath)
  }

  if (options.releaseNotes === 'append') await appendToNotes(report, options)

  const summary = `${report.pullRequests.length} pull request(s), ${report.blocking.length} blocking item(s)`
  if (report.verdict === 'no-go') {
    if (exitCode(report) === 1) {
      core.setFailed(
        `Release readiness: NO-GO for ${tag} (${summary}: ${failed.join(', ')}). See the job summary and the ${name} artifact.`
      )
    } else {
      core.warning(
        `[release-readiness] NO-GO would block ${tag} (advisory mode, not blocking): ${summary}. See the job summary.`
      )
    }
  } else {
    core.info(
      `[release-readiness] ${report.outcome === 'go-with-waivers' ? 'GO with waivers' : 'GO'} for ${tag} (${summary}).`
    )
  }
}

async function appendToNotes(report: ReleaseReport, options: PublishReleaseOptions): Promise<void> {
  const { context, client, log, payloadRelease } = options
  if (payloadRelease?.id === undefined) {
    log.warn(
      '[release-readiness] release-notes: append needs a release event with the release in its payload; the notes were not changed.'
    )
    return
  }
  const section = renderReleaseMarkdown(report, {
    headingLevel: 3,
    maxLength: RELEASE_BODY_LIMIT - (payloadRelease.body ?? '').length - 200
  })
  try {
    const result = await appendReleaseSection(
      client,
      { owner: context.owner, repo: context.repo, id: payloadRelease.id, body: payloadRelease.body ?? '' },
      section
    )
    log.info(`[release-readiness] Release notes: ${result}.`)
  } catch (error) {
    const status = statusOf(error)
    log.warn(
      `[release-readiness] The release notes were not updated (${status ? `HTTP ${status}` : (error as Error).message})${status === 403 ? ': the token needs contents: write' : ''}. The report is in the job summary.`
    )
  }
}
