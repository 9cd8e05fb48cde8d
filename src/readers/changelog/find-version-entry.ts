export interface VersionEntry {
  /** 1-based line of the entry's heading. */
  line: number
  heading: string
  /** Non-blank lines between this heading and the next heading of the same or a higher level. */
  bodyLines: number
}

/** `v1.4.0` → `1.4.0`; `release-1.4.0` → `1.4.0`. */
export function normaliseVersion(version: string): string {
  const match = /\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.-]+)?/.exec(version)
  return match ? match[0] : version.replace(/^v/i, '')
}

/**
 * Finds the changelog heading for `version` in Keep a Changelog style (`## [1.4.0] - 2026-11-02`)
 * and the common variants (`## v1.4.0`, `# 1.4.0 (2026-11-02)`, `### Release 1.4.0`).
 */
export function findVersionEntry(changelog: string, version: string): VersionEntry | undefined {
  const wanted = normaliseVersion(version)
  const lines = changelog.split(/\r?\n/)
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const mentions = new RegExp(`(^|[^0-9A-Za-z.])v?${escaped}(?![0-9A-Za-z]|\\.[0-9])`)
  let inFence = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    if (inFence) continue
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (!heading || !mentions.test(heading[2]!)) continue
    const level = heading[1]!.length
    let bodyLines = 0
    let fence = false
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!
      if (/^\s*(```|~~~)/.test(next)) fence = !fence
      const nextHeading = fence ? null : /^(#{1,6})\s/.exec(next)
      if (nextHeading && nextHeading[1]!.length <= level) break
      if (next.trim() !== '' && !nextHeading) bodyLines++
    }
    return { line: i + 1, heading: line.trim(), bodyLines }
  }
  return undefined
}
