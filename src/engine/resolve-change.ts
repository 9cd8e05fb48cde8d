import type { Change, ChangedFile, RepoSource } from './types.js'

/** Base of a first release: there is no earlier release to compare with (every file is added). */
export const NO_BASE = '<nothing>'

/** What a caller may already know about the change (a finder's file list, a computed merge base). */
export interface KnownComparison {
  files?: ChangedFile[]
  mergeBase?: string
}

/**
 * The seam where a change becomes exact: the base side moves to the merge base of the requested
 * base and the head (what GitHub's "Files changed" shows), and the files are those changed between
 * that merge base and the head. Every check then reads the base side at `change.base`, so a stale
 * branch is never blamed for what its base branch gained since it was cut. The base as the event
 * named it is kept in `requestedBase` for the report.
 */
export async function resolveChange(
  source: RepoSource,
  change: Omit<Change, 'files'>,
  known: KnownComparison = {}
): Promise<Change> {
  const requested = change.requestedBase ?? change.base
  const [mergeBase, files] = await Promise.all([
    known.mergeBase ?? source.mergeBase(requested, change.head),
    known.files ?? source.changedFiles(requested, change.head)
  ])
  const { requestedBase: _ignored, ...rest } = change
  return {
    ...rest,
    base: mergeBase,
    ...(mergeBase !== requested ? { requestedBase: requested } : {}),
    files
  }
}
