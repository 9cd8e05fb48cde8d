import type { ChangedFile, FileStatus } from '../engine/types.js'

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed'
}

/**
 * Parses `git diff --name-status -z -M` output: `X\0path\0` records, or `Rnn\0old\0new\0` for
 * renames and copies. Pure, so it is tested without running git.
 */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0')
  const files: ChangedFile[] = []
  for (let i = 0; i < fields.length;) {
    const code = fields[i++]
    if (!code) continue
    const status = STATUS[code[0]!]
    if (code[0] === 'R' || code[0] === 'C') {
      const previousPath = fields[i++]!
      const path = fields[i++]!
      files.push({ path, status: status!, previousPath })
    } else {
      const path = fields[i++]!
      files.push({ path, status: status ?? 'modified' })
    }
  }
  return files
}
