import { basename, dirname } from 'node:path'
import type { Logger } from '../engine/types.js'

/** What we need from `@actions/artifact`'s `DefaultArtifactClient`. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string
  ): Promise<{ id?: number; size?: number }>
}

// The name is shared with the App, which links the uploaded page from the release's check run.
export { reportArtifactName } from '../sources/github/release-artifact.js'

/**
 * Uploads the release page as a workflow artifact. Never fails the step: without the runner's
 * `ACTIONS_RUNTIME_TOKEN` (run outside Actions, or in a container step that hides it) or when the
 * upload fails, it warns and returns undefined; the page is still at the `report-html` path.
 */
export async function uploadReportArtifact(options: {
  name: string
  file: string
  env: NodeJS.ProcessEnv
  log: Logger
  /** Default: `new DefaultArtifactClient()` from `@actions/artifact`. */
  uploader?: ArtifactUploader
}): Promise<{ id?: number } | undefined> {
  const { name, file, env, log } = options
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    log.warn(
      `[release-readiness] The release page was not uploaded as an artifact: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set (not running on an Actions runner). It is at ${file} (output report-html).`
    )
    return undefined
  }
  try {
    const uploader = options.uploader ?? new (await import('@actions/artifact')).DefaultArtifactClient()
    const result = await uploader.uploadArtifact(name, [file], dirname(file))
    log.info(
      `[release-readiness] Uploaded ${basename(file)} as the artifact ${name}${result.id ? ` (id ${result.id})` : ''}.`
    )
    return result.id !== undefined ? { id: result.id } : {}
  } catch (error) {
    log.warn(
      `[release-readiness] The release page could not be uploaded as the artifact ${name} (${(error as Error).message}); it is at ${file} (output report-html). Add an actions/upload-artifact step with path: \${{ steps.<id>.outputs.report-html }} to keep it.`
    )
    return undefined
  }
}
