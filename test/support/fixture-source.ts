import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChangedFile, Change, RepoSource } from '../../src/engine/types.js'
import { decodeTextFile, MAX_FILE_BYTES } from '../../src/engine/text-file.js'
import { filterPaths } from '../../src/engine/globs.js'

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))

function walk(root: string): string[] {
  if (!existsSync(root)) return []
  const out: string[] = []
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) visit(full)
      else out.push(relative(root, full).split(sep).join('/'))
    }
  }
  visit(root)
  return out.sort()
}

/**
 * A RepoSource over `test/fixtures/repos/<scenario>/{base,head}/`: the refs are `base` and
 * `head`, and the change is what differs between the two folders (by content).
 */
export function fixtureSource(scenario: string): RepoSource {
  const root = join(fixturesDir, 'repos', scenario)
  const tree = (ref: string): string => {
    if (ref !== 'base' && ref !== 'head') throw new Error(`fixture ref must be base or head, got ${ref}`)
    return join(root, ref)
  }
  return {
    async readFile(path, ref, options) {
      const full = join(tree(ref), path)
      if (!existsSync(full) || statSync(full).isDirectory()) return undefined
      return decodeTextFile(path, readFileSync(full), MAX_FILE_BYTES, options)
    },
    async listFiles(ref, globs) {
      return filterPaths(walk(tree(ref)), globs)
    },
    async mergeBase(base) {
      return base
    },
    async changedFiles(base, head) {
      const before = new Set(walk(tree(base)))
      const after = walk(tree(head))
      const files: ChangedFile[] = []
      for (const path of after) {
        if (!before.has(path)) files.push({ path, status: 'added' })
        else if (!readFileSync(join(tree(base), path)).equals(readFileSync(join(tree(head), path))))
          files.push({ path, status: 'modified' })
      }
      for (const path of before) if (!after.includes(path)) files.push({ path, status: 'removed' })
      return files.sort((a, b) => a.path.localeCompare(b.path))
    }
  }
}

/** The change between a scenario's base and head, as a pull request, with `overrides`. */
export async function fixtureChange(scenario: string, overrides: Partial<Change> = {}): Promise<Change> {
  const source = fixtureSource(scenario)
  return {
    event: 'pull_request',
    base: 'base',
    head: 'head',
    files: await source.changedFiles('base', 'head'),
    labels: [],
    ...overrides
  }
}

/** A Logger that keeps what it was told, for assertions. */
export function memoryLogger(): {
  lines: string[]
  debug(m: string): void
  info(m: string): void
  warn(m: string): void
  error(m: string): void
} {
  const lines: string[] = []
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`)
  }
}
