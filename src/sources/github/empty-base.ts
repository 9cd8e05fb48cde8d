import { NO_BASE } from '../../engine/resolve-change.js'
import type { ChangedFile, RepoSource } from '../../engine/types.js'

export { NO_BASE }

/**
 * Wraps a source so that the `NO_BASE` base reads as an empty repository, and every file at the
 * head counts as added.
 */
export function withEmptyBase(source: RepoSource): RepoSource {
  return {
    readFile: (path, ref, options) =>
      ref === NO_BASE ? Promise.resolve(undefined) : source.readFile(path, ref, options),
    listFiles: (ref, globs) => (ref === NO_BASE ? Promise.resolve([]) : source.listFiles(ref, globs)),
    mergeBase: (base, head) => (base === NO_BASE ? Promise.resolve(NO_BASE) : source.mergeBase(base, head)),
    async changedFiles(base, head) {
      if (base !== NO_BASE) return source.changedFiles(base, head)
      const files = await source.listFiles(head, ['**'])
      return files.map((path): ChangedFile => ({ path, status: 'added' }))
    }
  }
}
