import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { RepoSource } from '../engine/types.js'
import { decodeTextFile, MAX_FILE_BYTES } from '../engine/text-file.js'

/** The nearest directory at or above `dir` that holds `.git`, or `dir` itself when there is none. */
export function repositoryRootOf(dir: string): string {
  let current = resolve(dir)
  for (;;) {
    if (existsSync(join(current, '.git'))) return current
    const parent = dirname(current)
    if (parent === current) return resolve(dir)
    current = parent
  }
}

/**
 * A read-only RepoSource over plain files under `root` (the ref is ignored). Nothing outside
 * `root` is read, not even through a symbolic link.
 */
export function fsSource(root: string): RepoSource {
  const realRoot = realpathSync(root)
  return {
    async readFile(path, _ref, options) {
      const full = resolve(realRoot, path)
      if (!existsSync(full)) return undefined
      const real = realpathSync(full)
      const rel = relative(realRoot, real)
      if (rel.startsWith('..') || rel.split(sep)[0] === '..' || resolve(realRoot, rel) !== real)
        return undefined
      if (statSync(real).isDirectory()) return undefined
      return decodeTextFile(path, readFileSync(real), MAX_FILE_BYTES, options)
    },
    async mergeBase(base) {
      return base
    },
    async listFiles() {
      return []
    },
    async changedFiles() {
      return []
    }
  }
}

/** A source rooted at the repository around `file`, and the file's path inside it. */
export function sourceForFile(file: string): { source: ReturnType<typeof fsSource>; path: string } {
  const absolute = realpathSync(resolve(file))
  const root = repositoryRootOf(dirname(absolute))
  return { source: fsSource(root), path: relative(realpathSync(root), absolute).split(sep).join('/') }
}
