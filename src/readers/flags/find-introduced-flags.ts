import type { Change, RepoSource } from '../../engine/types.js'
import { UnreadableFileError } from '../../engine/errors.js'
import { matches } from '../../engine/globs.js'
import { addedLines } from './added-lines.js'
import { findFlagKeys } from './find-flag-keys.js'
import { readFlagd, isOnByDefault } from './read-flagd.js'

export interface IntroducedFlag {
  key: string
  file: string
  line: number
  /** `getBooleanValue`, `variation`, … or `flagd` for a flag definition file. */
  via: string
  /** For flagd flags: the default variant is "on" or truthy. */
  onByDefault?: boolean
  defaultVariant?: string
}

export interface IntroducedFlags {
  flags: IntroducedFlag[]
  /** Files that could not be read or parsed, with why. */
  problems: Array<{ file: string; message: string; line?: number }>
}

/**
 * Flags the change introduces: keys read through a flag SDK in a changed code file, and flags
 * declared in a changed flagd file, that are present at head but not at base (same file, or its
 * previous path when renamed).
 */
export async function findIntroducedFlags(
  change: Change,
  source: RepoSource,
  code: readonly string[],
  flagFiles: readonly string[]
): Promise<IntroducedFlags> {
  const result: IntroducedFlags = { flags: [], problems: [] }
  for (const file of change.files) {
    if (file.status === 'removed') continue
    const isCode = matches(file.path, code)
    const isFlagFile = matches(file.path, flagFiles)
    if (!isCode && !isFlagFile) continue
    // A code file whose known patch adds no line that reads a flag introduces no flag: no read needed.
    if (isCode && !isFlagFile && file.patch !== undefined && !addsFlagRead(file.patch)) continue
    let head: string | undefined
    let base: string | undefined
    try {
      head = await source.readFile(file.path, change.head)
      // Read the base only when the head version declares or reads flags at all.
      const relevant =
        head !== undefined &&
        ((isFlagFile && /defaultVariant/.test(head)) || (isCode && findFlagKeys(head).length > 0))
      base =
        !relevant || file.status === 'added'
          ? undefined
          : await source.readFile(file.previousPath ?? file.path, change.base)
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error
      result.problems.push({ file: file.path, message: `${error.message} Flags in it could not be checked.` })
      continue
    }
    if (head === undefined) continue
    if (isFlagFile && /defaultVariant/.test(head)) {
      const now = readFlagd(head)
      if (now.ok === false) {
        result.problems.push({
          file: file.path,
          line: now.line,
          message: `${file.path} is not valid flagd JSON/YAML (${now.error}); fix it so its flags can be checked.`
        })
        continue
      }
      if (now.ok === true) {
        const before = base === undefined ? undefined : readFlagd(base)
        const known = new Set(before?.ok === true ? before.flags.map((f) => f.key) : [])
        for (const flag of now.flags) {
          if (known.has(flag.key)) continue
          result.flags.push({
            key: flag.key,
            file: file.path,
            line: flag.line,
            via: 'flagd',
            onByDefault: isOnByDefault(flag),
            defaultVariant: flag.defaultVariant
          })
        }
        continue
      }
    }
    if (isCode) {
      const known = new Set(base === undefined ? [] : findFlagKeys(base).map((u) => u.key))
      const seen = new Set<string>()
      for (const use of findFlagKeys(head)) {
        if (known.has(use.key) || seen.has(use.key)) continue
        seen.add(use.key)
        result.flags.push({ key: use.key, file: file.path, line: use.line, via: use.call })
      }
    }
  }
  return result
}

function addsFlagRead(patch: string): boolean {
  // Joined, so a call that spans several added lines is still seen.
  return (
    findFlagKeys(
      addedLines(patch)
        .map((added) => added.text)
        .join('\n')
    ).length > 0
  )
}
