import type { Logger } from '../engine/types.js'
import type { GitHubClient } from '../sources/github/client.js'
import { listRunReleaseArtifacts, reportArtifactName } from '../sources/github/release-artifact.js'
import { checkRunName, subjectOf, type ExistingCheckRun, type RepoRef } from './check-run.js'
import { reportLinkLine, withReportLine } from './report-link.js'

export type LinkOutcome =
  { linked: true; checkRunId: number; artifact: string } | { linked: false; reason: string }

/**
 * A finished workflow run uploaded a release page: link it from our `Release readiness (release: <tag>)`
 * check run on the run's commit, keeping the title and the rest of the summary. Stateless and idempotent: the
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
  const checkRun = await findReleaseCheckRun(client, repo, run.sha, (tag) =>
    artifacts.some((a) => a.name === reportArtifactName(tag))
  )
  if (!checkRun)
    return skip(
      `no release check run on ${run.sha} is about ${artifacts.map((a) => a.name).join(', ')}; nothing to link from.`
    )
  const tag = subjectOf(checkRun.external_id)!.value
  const artifact = artifacts.find((a) => a.name === reportArtifactName(tag))!
  if (checkRun.status !== 'completed') {
    return skip(
      `the check run ${checkRun.id} (${checkRun.name}) is still ${checkRun.status}; it looks for ${artifact.name} itself when it completes.`
    )
  }
  const summary = checkRun.output?.summary ?? ''
  const next = withReportLine(summary, reportLinkLine(artifact))
  if (next === summary) return skip(`check run ${checkRun.id} already links ${artifact.name}.`)
  await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
    ...repo,
    check_run_id: checkRun.id,
    output: { title: checkRun.output?.title ?? checkRun.name, summary: next }
  })
  log.info(`[release-readiness] Check run ${checkRun.id} now links ${artifact.name} (${artifact.url}).`)
  return { linked: true, checkRunId: checkRun.id, artifact: artifact.name }
}

/**
 * Our release check run on `sha` whose tag `wanted` accepts: one GET of the commit's latest check
 * runs (a release's run is named after its tag, and the artifact name is the tag made file-safe, so
 * they are matched through the run's `external_id`).
 */
async function findReleaseCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  wanted: (tag: string) => boolean
): Promise<ExistingCheckRun | undefined> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...repo,
    ref: sha,
    filter: 'latest',
    per_page: 100
  })
  return (data.check_runs as ExistingCheckRun[]).find((run) => {
    const subject = subjectOf(run.external_id)
    return (
      run.head_sha === sha &&
      subject?.kind === 'release' &&
      checkRunName(run.external_id!) === run.name &&
      wanted(subject.value)
    )
  })
}
