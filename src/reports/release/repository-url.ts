/**
 * `https://github.com/owner/name` for a GitHub remote URL (HTTPS, SSH or scp-like), else undefined.
 * Used to link pull requests, commits and findings; nothing is ever fetched from it.
 */
export function githubRepositoryUrl(remote: string | undefined): string | undefined {
  if (!remote) return undefined
  const m =
    /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)github\.com[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(
      remote.trim()
    )
  return m ? `https://github.com/${m[1]}/${m[2]}` : undefined
}

/** A `--repo-url` value without its trailing slash or `.git`; undefined when it is not http(s). */
export function normaliseRepositoryUrl(url: string): string | undefined {
  const trimmed = url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
  return /^https?:\/\/[^\s/]+\/\S+$/.test(trimmed) ? trimmed : undefined
}
