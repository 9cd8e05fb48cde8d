import { githubRepositoryUrl } from '../reports/release/repository-url.js'
import type { LocalGitSource } from '../sources/local-git.js'

/** The repository a record names: the origin remote when it is on GitHub, else unknown. */
export async function localRepository(source: LocalGitSource): Promise<{ fullName?: string; url?: string }> {
  let remote: string | undefined
  try {
    remote = (await source.git(['remote', 'get-url', 'origin'])).trim()
  } catch {
    return {}
  }
  const url = githubRepositoryUrl(remote)
  if (!url) return {}
  return { url, fullName: url.replace(/^https:\/\/[^/]+\//, '') }
}
