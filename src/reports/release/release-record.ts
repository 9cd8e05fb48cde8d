import type { ReleaseReport } from './types.js'
import { buildRecord, matchedCount, type RecordContext } from '../record/build-record.js'
import type { EvaluationRecord } from '../record/types.js'

/**
 * A release's record: the range's checks, with the release's own verdict (which counts its pull
 * requests), every waiver granted on the range or one of its pull requests, and the pull
 * requests with their verdicts.
 */
export function releaseRecord(
  release: ReleaseReport,
  context: Omit<RecordContext, 'release'>
): EvaluationRecord {
  const blocking = [...new Set(release.blocking.map((item) => item.check))].sort()
  const repositoryUrl = context.repository?.url ?? release.repositoryUrl
  const record = buildRecord(
    {
      ...release.range,
      verdict: release.verdict,
      outcome: release.outcome,
      blocking,
      waivers: { applied: release.waivers, rejected: release.rejectedWaivers }
    },
    {
      ...context,
      ...(repositoryUrl ? { repository: { ...context.repository, url: repositoryUrl } } : {}),
      subject: {
        type: 'release',
        ...(release.version ? { version: release.version } : {}),
        owners: [...new Set(release.pullRequests.flatMap((p) => p.owners))].sort(),
        ...(repositoryUrl && release.version
          ? { url: `${repositoryUrl}/releases/tag/${encodeURIComponent(release.version)}` }
          : {}),
        ...context.subject
      },
      durationMs: context.durationMs ?? release.durationMs,
      release: {
        pullRequests: release.pullRequests.map(({ pullRequest, owners, report }) => ({
          number: pullRequest.number,
          title: pullRequest.title,
          author: pullRequest.author ?? null,
          owners,
          verdict: report.verdict,
          outcome: report.outcome,
          blocking: report.blocking,
          ...(repositoryUrl ? { url: `${repositoryUrl}/pull/${pullRequest.number}` } : {})
        })),
        blockingItems: release.blocking.map((item) => ({
          scope: item.scope,
          ...(item.pullRequest !== undefined ? { pullRequest: item.pullRequest } : {}),
          ...(item.title !== undefined ? { title: item.title } : {}),
          check: item.check,
          summary: item.summary,
          owners: item.owners
        })),
        directCommits: release.directCommits.length
      }
    }
  )
  // A waiver granted on a pull request matched findings in that pull request's report.
  record.waivers.applied = record.waivers.applied.map((waiver, index) => {
    const granted = release.waivers[index]!
    if (granted.pullRequest === undefined || (granted as { matched?: number }).matched !== undefined)
      return waiver
    const pull = release.pullRequests.find((p) => p.pullRequest.number === granted.pullRequest)
    return { ...waiver, matched: pull ? matchedCount(granted, pull.report) : 0 }
  })
  return record
}
