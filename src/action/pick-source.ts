import type { Logger, RepoSource } from '../engine/types.js'

/** A local repository that may hold the commits: the lead's LocalGitSource fits this shape. */
export interface LocalRepo extends RepoSource {
  hasCommit(ref: string): Promise<boolean>
  /** Ends the git processes it keeps open. */
  close?(): void
}

export type OpenLocal = (dir: string) => Promise<LocalRepo | undefined>

export type SourceKind = 'local-git' | 'github-api'

/**
 * Local git when the workspace holds every ref we need (no API calls for files); otherwise the API.
 * `apiOnly` (pull_request_target, issue_comment) never reads the workspace.
 */
export async function pickSource(options: {
  workspace?: string
  refs: string[]
  apiOnly: boolean
  openLocal?: OpenLocal
  api: () => RepoSource
  log: Logger
}): Promise<{ source: RepoSource; kind: SourceKind; close(): void }> {
  const { workspace, refs, apiOnly, openLocal, api, log } = options
  if (!apiOnly && workspace && openLocal) {
    const local = await openLocal(workspace).catch(() => undefined)
    if (local) {
      const present = await Promise.all(refs.map((ref) => local.hasCommit(ref).catch(() => false)))
      if (present.every(Boolean)) {
        log.debug(`[release-readiness] Reading files from the checkout in ${workspace}.`)
        return { source: local, kind: 'local-git', close: () => local.close?.() }
      }
      local.close?.()
      log.debug(
        `[release-readiness] The checkout lacks ${refs.filter((_, i) => !present[i]).join(', ')}; reading files through the GitHub API.`
      )
    }
  }
  return { source: api(), kind: 'github-api', close: () => undefined }
}
