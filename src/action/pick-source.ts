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
  /** The change's base and head: the checkout must also hold their merge base (a shallow clone may not). */
  between?: [string, string]
  apiOnly: boolean
  openLocal?: OpenLocal
  api: () => RepoSource
  log: Logger
}): Promise<{ source: RepoSource; kind: SourceKind; close(): void }> {
  const { workspace, refs, between, apiOnly, openLocal, api, log } = options
  if (!apiOnly && workspace && openLocal) {
    const local = await openLocal(workspace).catch(() => undefined)
    if (local) {
      const present = await Promise.all(refs.map((ref) => local.hasCommit(ref).catch(() => false)))
      const connected =
        present.every(Boolean) &&
        (!between ||
          (await local.mergeBase(between[0], between[1]).then(
            () => true,
            () => false
          )))
      if (present.every(Boolean) && !connected) {
        local.close?.()
        log.debug(
          `[release-readiness] The checkout lacks the merge base of ${between![0]} and ${between![1]} (a shallow clone); reading files through the GitHub API.`
        )
        return { source: api(), kind: 'github-api', close: () => undefined }
      }
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
