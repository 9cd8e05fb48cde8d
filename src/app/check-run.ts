import type { GitHubClient } from '../github/client.js'

/** The one check run the App owns on a commit. Branch protection requires it by this name. */
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
  head_sha: string
  status: string
  external_id: string | null
  output?: { title?: string | null; summary?: string | null }
}

/** Our check run on `sha`, found by name (the latest one): one GET. */
export async function findCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  sha: string
): Promise<ExistingCheckRun | undefined> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...repo,
    ref: sha,
    check_name: CHECK_NAME,
    filter: 'latest',
    per_page: 10
  })
  return (data.check_runs as ExistingCheckRun[]).find((run) => run.head_sha === sha && isOwnCheckRun(run))
}

/**
 * True for a check run this App made: it always sets an `external_id` naming what it judged
 * (`pull_request:12`, `release:v1.4.0`, `deployment:production`). A workflow job that happens to be
 * named "Release readiness" has another (or no) external id, and is never reused or updated.
 */
export function isOwnCheckRun(run: { external_id?: string | null }): boolean {
  return /^(pull_request|release|deployment):./.test(run.external_id ?? '')
}

/**
 * Marks our check run on `sha` as in progress, reusing the one that is already there (a redelivered
 * or repeated event updates the same run; it never adds a second one). One GET, then one POST or PATCH.
 */
export async function startCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  externalId: string
): Promise<CheckRunRef> {
  const existing = await findCheckRun(client, repo, sha)
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
    name: CHECK_NAME,
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
