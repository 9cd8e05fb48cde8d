import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../engine/errors.js'
import { renderRecord } from '../reports/record/render-record.js'
import type { EvaluationRecord } from '../reports/record/types.js'
import type { LocalGitSource } from '../sources/local-git.js'
import type { CliIo } from './io.js'

/** One release of a series: its tag, the tag before it, and when its commit was made. */
export interface SeriesRelease {
  tag: string
  base: string
  /** ISO time of the tagged commit: the record's time, so that trends follow the history. */
  date: string
}

const VERSION_LIKE = /\d+\.\d+/

/**
 * The version tags reachable from `head`, in version order, from `since` on: each release is
 * judged against the tag before it. `since` itself is the first base, never judged.
 */
export async function releaseSeries(
  source: LocalGitSource,
  since: string,
  head: string
): Promise<SeriesRelease[]> {
  const headSha = await source.resolveCommit(head)
  const tags = (await source.git(['tag', '--merged', headSha, '--sort=v:refname']))
    .split('\n')
    .filter((tag) => tag && VERSION_LIKE.test(tag))
  const start = tags.indexOf(since)
  if (start < 0) {
    throw new UserError(
      `--since ${since} is not a version tag reachable from ${head}${tags.length ? ` (version tags there: ${tags.slice(-5).join(', ')})` : ''}. Pass the tag of the release the history starts from.`
    )
  }
  const series = tags.slice(start)
  if (series.length < 2) {
    throw new UserError(
      `There is no release after ${since} up to ${head}: tag one (git tag v1.1.0) or pass an earlier --since.`
    )
  }
  const releases: SeriesRelease[] = []
  for (let i = 1; i < series.length; i++) {
    const tag = series[i]!
    const date = (await source.git(['log', '-1', '--format=%cI', `${tag}^{commit}`])).trim()
    releases.push({ tag, base: series[i - 1]!, date: new Date(date).toISOString() })
  }
  return releases
}

/**
 * History mode of `report --since`: evaluates each release and writes its record to
 * `DIR/<tag>.json`; prints one line per release. Exit code 1 when the newest release is NO-GO
 * (what a script gating on the history means), 0 otherwise.
 */
export async function writeHistory(options: {
  releases: SeriesRelease[]
  dir: string
  io: CliIo
  evaluate: (release: SeriesRelease) => Promise<EvaluationRecord>
}): Promise<number> {
  const { releases, dir, io } = options
  await mkdir(dir, { recursive: true })
  let last: EvaluationRecord | undefined
  for (const release of releases) {
    const record = await options.evaluate(release)
    const file = join(dir, `${release.tag.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`)
    await writeFile(file, renderRecord(record))
    const blocking = record.blocking.length ? ` (blocking: ${record.blocking.join(', ')})` : ''
    io.stdout(`${release.base} → ${release.tag}: ${record.outcome.toUpperCase()}${blocking}\n`)
    last = record
  }
  io.stdout(`Wrote ${releases.length} record(s) to ${dir}\n`)
  return last?.verdict === 'no-go' && last.mode === 'enforce' ? 1 : 0
}
