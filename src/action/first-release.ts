import type { ChangedFile, RepoSource } from '../engine/types.js'
import { NOTHING } from './resolve-event.js'

/**
 * Wraps a source so that the `NOTHING` base (a first release: no earlier release to compare with)
 * reads as an empty repository, and every file at the head counts as added.
 */
export function withEmptyBase(source: RepoSource): RepoSource {
  return {
    readFile: (path, ref) => (ref === NOTHING ? Promise.resolve(undefined) : source.readFile(path, ref)),
    listFiles: (ref, globs) => (ref === NOTHING ? Promise.resolve([]) : source.listFiles(ref, globs)),
    async changedFiles(base, head) {
      if (base !== NOTHING) return source.changedFiles(base, head)
      const files = await source.listFiles(head, ['**'])
      return files.map((path): ChangedFile => ({ path, status: 'added' }))
    }
  }
}
