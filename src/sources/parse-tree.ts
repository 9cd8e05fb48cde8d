export interface TreeEntry {
  name: string
  /** A subdirectory (mode 40000); submodules (160000) are left out by the caller. */
  kind: 'tree' | 'blob' | 'commit'
  sha: string
}

/**
 * Parses a raw git tree object (`<mode> <name>\0<20-byte id>` repeated), as `git cat-file --batch`
 * prints it. Pure, so it is tested without running git.
 */
export function parseTree(bytes: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = []
  let at = 0
  while (at < bytes.length) {
    const space = bytes.indexOf(0x20, at)
    const nul = bytes.indexOf(0, space)
    if (space < 0 || nul < 0 || nul + 21 > bytes.length) throw new Error('malformed git tree object')
    const mode = bytes.toString('latin1', at, space)
    const name = bytes.toString('utf8', space + 1, nul)
    const sha = bytes.toString('hex', nul + 1, nul + 21)
    entries.push({ name, sha, kind: mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob' })
    at = nul + 21
  }
  return entries
}
