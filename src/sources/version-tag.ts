import type { LocalGitSource } from './local-git.js'

/**
 * The version a release is about: the highest version-like tag at the head commit, else the head
 * ref itself when it looks like a version (`v1.4.0`, `release-1.4`).
 */
export async function versionTagAt(
  source: LocalGitSource,
  headRef: string,
  headSha: string
): Promise<string | undefined> {
  try {
    const tags = (await source.git(['tag', '--points-at', headSha, '--sort=-v:refname']))
      .split('\n')
      .filter(Boolean)
    const versioned = tags.find((tag) => /\d+\.\d+/.test(tag))
    if (versioned) return versioned
  } catch {
    // no tags: fall through
  }
  return /\d+\.\d+/.test(headRef) ? headRef : undefined
}
