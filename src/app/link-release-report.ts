import type { Logger } from '../engine/types.js'
import type { GitHubClient } from '../github/client.js'
import { listRunReleaseArtifacts, reportArtifactName } from '../github/release-artifact.js'
import { CHECK_NAME, findCheckRun, type RepoRef } from './check-run.js'
import { reportLinkLine, withReportLine } from './report-link.js'

export type LinkOutcome =
  { linked: true; checkRunId: number; artifact: string } | { linked: false; reason: string }

/**
 * A finished workflow run uploaded a release page: link it from our `Release readiness` check run
 * on the run's commit, keeping the title and the rest of the summary. Stateless and idempotent: the
 * check run's summary says whether the link is there. Calls: the run's artifacts; when one is a
 * release page, our check run on the commit; then one PATCH, unless the link is already there.
 */
export async function linkReleaseReport(
  client: GitHubClient,
  repo: RepoRef,
  run: { id: number; sha: string; repositoryUrl?: string },
  log: Logger
): Promise<LinkOutcome> {
  const skip = (reason: string): LinkOutcome => {
    log.info(`[release-readiness] Workflow run ${run.id}: ${reason}`)
    return { linked: false, reason }
  }
  const artifacts = await listRunReleaseArtifacts(client, repo, run)
  if (artifacts.length === 0) return skip('no release-readiness-<tag> artifact; nothing to link.')
  const checkRun = await findCheckRun(client, repo, run.sha)
  if (!checkRun) return skip(`no ${CHECK_NAME} check run on ${run.sha}; nothing to link from.`)
  const externalId = checkRun.external_id ?? ''
  const tag = externalId.startsWith('release:') ? externalId.slice('release:'.length) : undefined
  const artifact = tag === undefined ? undefined : artifacts.find((a) => a.name === reportArtifactName(tag))
  if (!artifact) {
    return skip(
      `the ${CHECK_NAME} check run on ${run.sha} is about "${externalId}", not ${artifacts.map((a) => a.name).join(', ')}; not linking.`
    )
  }
  if (checkRun.status !== 'completed') {
    return skip(
      `the ${CHECK_NAME} check run ${checkRun.id} is still ${checkRun.status}; it looks for ${artifact.name} itself when it completes.`
    )
  }
  const summary = checkRun.output?.summary ?? ''
  const next = withReportLine(summary, reportLinkLine(artifact))
  if (next === summary) return skip(`check run ${checkRun.id} already links ${artifact.name}.`)
  await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
    ...repo,
    check_run_id: checkRun.id,
    output: { title: checkRun.output?.title ?? CHECK_NAME, summary: next }
  })
  log.info(`[release-readiness] Check run ${checkRun.id} now links ${artifact.name} (${artifact.url}).`)
  return { linked: true, checkRunId: checkRun.id, artifact: artifact.name }
}
