import type { GitHubClient } from './client.js'

/** Every release page the Action uploads is named `release-readiness-<tag>`. */
export const REPORT_ARTIFACT_PREFIX = 'release-readiness-'

/** `release-readiness-<tag>`, with the characters an artifact or file name may not hold replaced. */
export function reportArtifactName(tag: string): string {
  return `${REPORT_ARTIFACT_PREFIX}${tag.replace(/[^A-Za-z0-9._-]+/g, '-')}`
}

/** An artifact as `GET /repos/{owner}/{repo}/actions/artifacts` (or a run's artifacts) lists it. */
export interface ArtifactLike {
  id: number
  name: string
  expired: boolean
  created_at: string | null
  workflow_run?: { id?: number; head_sha?: string } | null
}

/** A release page uploaded by the Action, with the address a signed-in reader downloads it from. */
export interface ReleaseArtifact {
  id: number
  name: string
  runId: number
  /** `https://<server>/<owner>/<repo>/actions/runs/<run_id>/artifacts/<artifact_id>` (a zip). */
  url: string
}

interface Repo {
  owner: string
  repo: string
}

/**
 * The artifact's web page. The server comes from the repository's `html_url`, so GitHub
 * Enterprise Server links stay on that server; without it, github.com.
 */
export function artifactPageUrl(
  repositoryUrl: string | undefined,
  repo: Repo,
  runId: number,
  artifactId: number
): string {
  let server = 'https://github.com'
  try {
    if (repositoryUrl) server = new URL(repositoryUrl).origin
  } catch {
    // Not a URL: keep github.com.
  }
  return `${server}/${repo.owner}/${repo.repo}/actions/runs/${runId}/artifacts/${artifactId}`
}

/** The newest usable artifact: not expired, from a workflow run on `sha`, named `name` when given. Pure. */
export function newestArtifact(
  artifacts: readonly ArtifactLike[],
  match: { sha: string; name?: string }
): ArtifactLike | undefined {
  const when = (a: ArtifactLike): string => a.created_at ?? ''
  return artifacts
    .filter((a) => !a.expired && a.workflow_run?.id !== undefined && a.workflow_run.head_sha === match.sha)
    .filter((a) => match.name === undefined || a.name === match.name)
    .sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : b.id - a.id))[0]
}

function toReleaseArtifact(artifact: ArtifactLike, repo: Repo, repositoryUrl?: string): ReleaseArtifact {
  const runId = artifact.workflow_run!.id!
  return {
    id: artifact.id,
    name: artifact.name,
    runId,
    url: artifactPageUrl(repositoryUrl, repo, runId, artifact.id)
  }
}

/**
 * The release page the Action uploaded for `tag` on `sha`, if its workflow has finished: one call
 * (`GET /repos/{owner}/{repo}/actions/artifacts?name=release-readiness-<tag>`, permission Actions: read).
 */
export async function findReleaseArtifact(
  client: GitHubClient,
  repo: Repo,
  release: { tag: string; sha: string; repositoryUrl?: string }
): Promise<ReleaseArtifact | undefined> {
  const name = reportArtifactName(release.tag)
  const { data } = await client.request('GET /repos/{owner}/{repo}/actions/artifacts', {
    ...repo,
    name,
    per_page: 100
  })
  const found = newestArtifact(data.artifacts as ArtifactLike[], { sha: release.sha, name })
  return found ? toReleaseArtifact(found, repo, release.repositoryUrl) : undefined
}

/**
 * The release pages one workflow run uploaded (`release-readiness-*`, not expired), newest first:
 * one call (`GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts`).
 */
export async function listRunReleaseArtifacts(
  client: GitHubClient,
  repo: Repo,
  run: { id: number; sha: string; repositoryUrl?: string }
): Promise<ReleaseArtifact[]> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
    ...repo,
    run_id: run.id,
    per_page: 100
  })
  const pages = (data.artifacts as ArtifactLike[]).filter((a) => a.name.startsWith(REPORT_ARTIFACT_PREFIX))
  const names = [...new Set(pages.map((a) => a.name))]
  return names
    .map((name) => newestArtifact(pages, { sha: run.sha, name }))
    .filter((a): a is ArtifactLike => a !== undefined)
    .map((a) => toReleaseArtifact(a, repo, run.repositoryUrl))
}
