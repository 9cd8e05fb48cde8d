import type { GitHubClient } from './client.js'

export const RELEASE_SECTION_START = '<!-- release-readiness:release-report -->'
export const RELEASE_SECTION_END = '<!-- /release-readiness:release-report -->'

/** GitHub keeps at most this many characters of a release body. */
export const RELEASE_BODY_LIMIT = 125_000

/** The release notes without a section an earlier run appended (so the checks never read it). */
export function stripReleaseSection(body: string): string {
  const start = body.indexOf(RELEASE_SECTION_START)
  if (start === -1) return body
  const end = body.indexOf(RELEASE_SECTION_END, start)
  const after = end === -1 ? '' : body.slice(end + RELEASE_SECTION_END.length)
  return (body.slice(0, start).trimEnd() + after).trimEnd()
}

/** `body` with `section` appended between markers, replacing the one an earlier run appended. */
export function withReleaseSection(body: string, section: string): string {
  const notes = stripReleaseSection(body)
  return `${notes}${notes ? '\n\n' : ''}${RELEASE_SECTION_START}\n${section.trim()}\n${RELEASE_SECTION_END}\n`
}

/**
 * Appends (or replaces) the release report section in the release notes: one
 * `PATCH /repos/{owner}/{repo}/releases/{release_id}` (needs `contents: write`). Unchanged notes
 * are not written.
 */
export async function appendReleaseSection(
  client: GitHubClient,
  release: { owner: string; repo: string; id: number; body: string },
  section: string
): Promise<'updated' | 'unchanged'> {
  const body = withReleaseSection(release.body, section)
  if (body === release.body) return 'unchanged'
  await client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
    owner: release.owner,
    repo: release.repo,
    release_id: release.id,
    body
  })
  return 'updated'
}
