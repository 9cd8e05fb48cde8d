import type { GitHubClient } from '../sources/github/client.js'

/**
 * The pull request's check run: branch protection requires it by this name. Releases and
 * deployments get runs of their own names (`checkRunName`), so they never satisfy it.
 */
export const CHECK_NAME = 'Release readiness'

/** GitHub takes at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** We write at most this many (10 requests); the summary lists every finding anyway. */
export const MAX_ANNOTATIONS = 500
/** GitHub's limit for `output.summary` and `output.text`. */
export const MAX_SUMMARY = 65_535

export interface RepoRef {
  owner: string
  repo: string
}

export interface CheckRunRef {
  id: number
  html_url: string
}

export type Conclusion = 'success' | 'failure' | 'neutral'

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
}

export interface CheckRunResult {
  conclusion: Conclusion
  title: string
  summary: string
  annotations: CheckAnnotation[]
}

/** The button on the check run's page that re-evaluates the change (`check_run.requested_action`). */
export const RERUN_ACTION = {
  label: 'Re-run',
  identifier: 'rerun',
  description: 'Evaluate this change again'
}

/** A check run as GitHub lists it for a commit: the fields the App reads back. */
export interface ExistingCheckRun extends CheckRunRef {
  name: string
  head_sha: string
  status: string
  external_id: string | null
  output?: { title?: string | null; summary?: string | null }
}

/** What a check run judges, from its `external_id`: `pull_request:7`, `release:v1.2.0`, `deployment:production`. */
export interface CheckRunSubject {
  kind: 'pull_request' | 'release' | 'deployment'
  value: string
}

/** The subject an `external_id` names, or `undefined` for a run that is not ours. */
export function subjectOf(externalId: string | null | undefined): CheckRunSubject | undefined {
  const match = /^(pull_request|release|deployment):(.+)$/s.exec(externalId ?? '')
  return match ? { kind: match[1] as CheckRunSubject['kind'], value: match[2]! } : undefined
}

/**
 * One check run name per subject: `Release readiness` for a pull request (the required check),
 * `Release readiness (release: v1.2.0)` and `Release readiness (deployment: production)` for the
 * others, so that a release or a deployment of a pull request's head never satisfies, reuses or
 * rewrites the pull request's run.
 */
export function checkRunName(externalId: string): string {
  const subject = subjectOf(externalId)
  if (!subject || subject.kind === 'pull_request') return CHECK_NAME
  return `${CHECK_NAME} (${subject.kind}: ${subject.value})`
}

/** True for a name this App gives its check runs (`checkRunName`). */
export function isOurCheckRunName(name: string): boolean {
  return name === CHECK_NAME || /^Release readiness \((release|deployment): .+\)$/s.test(name)
}

/**
 * Our check run on `sha` for the subject `externalId`, found by its name (the latest one): one
 * GET. A pull request's run is only ever a pull request's; a release's or deployment's run only
 * that release's or deployment's. A workflow job that happens to have the same name has another
 * (or no) external id, and is never reused or updated.
 */
export async function findCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  externalId: string
): Promise<ExistingCheckRun | undefined> {
  const name = checkRunName(externalId)
  const wanted = subjectOf(externalId)
  const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...repo,
    ref: sha,
    check_name: name,
    filter: 'latest',
    per_page: 10
  })
  return (data.check_runs as ExistingCheckRun[]).find((run) => {
    const subject = subjectOf(run.external_id)
    if (run.head_sha !== sha || run.name !== name || !subject || subject.kind !== wanted?.kind) return false
    return subject.kind === 'pull_request' || run.external_id === externalId
  })
}

/**
 * Marks our check run for `externalId` on `sha` as in progress, reusing the one that is already
 * there (a redelivered or repeated event updates the same run; it never adds a second one). One
 * GET, then one POST or PATCH.
 */
export async function startCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  externalId: string
): Promise<CheckRunRef> {
  const existing = await findCheckRun(client, repo, sha, externalId)
  if (existing) {
    const updated = await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: existing.id,
      status: 'in_progress',
      external_id: externalId,
      started_at: new Date().toISOString()
    })
    return { id: Number(updated.data.id), html_url: updated.data.html_url ?? existing.html_url }
  }
  const created = await client.request('POST /repos/{owner}/{repo}/check-runs', {
    ...repo,
    name: checkRunName(externalId),
    head_sha: sha,
    status: 'in_progress',
    external_id: externalId,
    started_at: new Date().toISOString()
  })
  return { id: Number(created.data.id), html_url: created.data.html_url ?? '' }
}

/**
 * Completes the check run: conclusion, summary and the first 50 annotations in one PATCH, the
 * rest (up to MAX_ANNOTATIONS) appended by further PATCHes, as GitHub requires.
 */
export async function completeCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  run: CheckRunRef,
  result: CheckRunResult
): Promise<void> {
  const output = { title: result.title.slice(0, 255), summary: result.summary.slice(0, MAX_SUMMARY) }
  const annotations = result.annotations.slice(0, MAX_ANNOTATIONS)
  await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
    ...repo,
    check_run_id: run.id,
    status: 'completed',
    conclusion: result.conclusion,
    completed_at: new Date().toISOString(),
    output: { ...output, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
    actions: [RERUN_ACTION]
  })
  for (let from = ANNOTATIONS_PER_REQUEST; from < annotations.length; from += ANNOTATIONS_PER_REQUEST) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: run.id,
      output: { ...output, annotations: annotations.slice(from, from + ANNOTATIONS_PER_REQUEST) }
    })
  }
}
