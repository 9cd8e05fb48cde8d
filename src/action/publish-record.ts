import { writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Logger } from '../engine/types.js'
import { postRecord } from '../reports/record/post-record.js'
import { renderRecord } from '../reports/record/render-record.js'
import type { EvaluationRecord } from '../reports/record/types.js'
import type { ArtifactUploader } from './upload-report.js'

export interface PublishRecordOptions {
  record: EvaluationRecord
  /** Folder the record is written to (`$RUNNER_TEMP`). */
  dir: string
  /** Other files uploaded in the same artifact (the release report JSON). */
  alsoUpload?: string[]
  env: NodeJS.ProcessEnv
  log: Logger
  /** Input `record-url`: where the record is POSTed, if anywhere. */
  url?: string
  /** Input `record-url-token`: sent as a Bearer token with the POST. */
  urlToken?: string
  retries?: number
  delayMs?: number
  uploader?: ArtifactUploader
  fetch?: typeof fetch
}

/** The artifact's name: `release-readiness-record-<event>-<subject>`, with only safe characters. */
export function recordArtifactName(record: EvaluationRecord): string {
  const subject =
    record.subject.number !== undefined
      ? `pr-${record.subject.number}`
      : (record.subject.version ?? record.environment ?? record.head.slice(0, 12))
  return `release-readiness-record-${record.event}-${subject}`.replace(/[^A-Za-z0-9._-]+/g, '-')
}

/**
 * Writes the evaluation record next to the report, uploads it (and `alsoUpload`) as a workflow
 * artifact, and POSTs it to `url` when one is configured. Neither an upload nor a POST that fails
 * changes the verdict: each is reported as a warning annotation that says where the record still is.
 * Returns the record's path (output `record-json`).
 */
export async function publishRecord(options: PublishRecordOptions): Promise<string> {
  const { record, env, log } = options
  const path = join(options.dir, 'release-readiness-record.json')
  await writeFile(path, renderRecord(record))
  const name = recordArtifactName(record)
  const files = [path, ...(options.alsoUpload ?? []).filter((file) => dirname(file) === options.dir)]
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    log.info(
      `[release-readiness] The record was not uploaded as an artifact (not on an Actions runner); it is at ${path} (output record-json).`
    )
  } else {
    try {
      const uploader = options.uploader ?? new (await import('@actions/artifact')).DefaultArtifactClient()
      const result = await uploader.uploadArtifact(name, files, options.dir)
      log.info(
        `[release-readiness] Uploaded ${files.map((f) => basename(f)).join(' and ')} as the artifact ${name}${result.id ? ` (id ${result.id})` : ''}.`
      )
    } catch (error) {
      log.warn(
        `[release-readiness] The record could not be uploaded as the artifact ${name} (${(error as Error).message}); it is at ${path} (output record-json).`
      )
    }
  }
  if (options.url) {
    const result = await postRecord({
      url: options.url,
      record,
      log,
      ...(options.urlToken ? { token: options.urlToken } : {}),
      ...(options.retries !== undefined ? { retries: options.retries } : {}),
      ...(options.delayMs !== undefined ? { delayMs: options.delayMs } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {})
    })
    if (result.ok) {
      log.info(`[release-readiness] Sent the record to record-url (HTTP ${result.status}).`)
    } else {
      log.warn(
        `[release-readiness] The record could not be sent to record-url after ${result.attempts} attempt(s) (${result.error}). The verdict stands; the record is in the ${name} artifact and at ${path}.`
      )
    }
  }
  return path
}
