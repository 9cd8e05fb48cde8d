import type { ChangedFile } from '../engine/types.js'
import { parseNameStatus } from './parse-name-status.js'

const SHA = /^[0-9a-f]{40}$/

/**
 * Splits `git diff-tree --stdin --always -r -M --name-status -z` output into one list of changed
 * files per input line, in input order. Each diff starts with its commit id (a 40-hex field where a
 * status would be; a status is a letter and a score, never 40 hex digits). Pure.
 */
export function parseDiffTreeStdin(output: string): ChangedFile[][] {
  const fields = output.split('\0')
  const diffs: string[][] = []
  for (let i = 0; i < fields.length;) {
    const field = fields[i++]!
    if (SHA.test(field)) {
      diffs.push([])
      continue
    }
    if (!field || diffs.length === 0) continue
    const current = diffs[diffs.length - 1]!
    const paths = field[0] === 'R' || field[0] === 'C' ? 2 : 1
    current.push(field, ...fields.slice(i, i + paths))
    i += paths
  }
  return diffs.map((diff) => parseNameStatus(diff.join('\0')))
}
