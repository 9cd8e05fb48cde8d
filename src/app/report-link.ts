import type { Logger } from '../engine/types.js'
import type { GitHubClient } from '../sources/github/client.js'
import { findReleaseArtifact, type ReleaseArtifact } from '../sources/github/release-artifact.js'
import { markdownText } from '../engine/escape.js'
import { MAX_SUMMARY, type RepoRef } from './check-run.js'

/** Ends the summary line about the Action's HTML report, so that it is replaced, never added twice. */
export const REPORT_LINE_MARKER = '<!-- release-readiness:html-report -->'

/** Room kept in a release check run's summary for that line (a tag, a server, an owner and a name). */
export const REPORT_LINE_ROOM = 1_024

/** The summary line that links the page the Action uploaded. */
export function reportLinkLine(artifact: ReleaseArtifact): string {
  return `📄 **HTML report**: [${markdownText(artifact.name)}](${artifact.url.replace(/[()\s<>]/g, encodeURIComponent)}), the Action's release page (a workflow artifact: a zip to download). ${REPORT_LINE_MARKER}`
}

/** The summary line while the Action's workflow has not finished (or does not exist). */
export const PENDING_REPORT_LINE = `📄 **HTML report**: the Action's HTML report (if this repository runs the Action on releases) will be linked here when its workflow finishes. ${REPORT_LINE_MARKER}`

/**
 * `summary` with `line` as its report line: it replaces the line already there (the pending one, or
 * an older artifact's), else goes right under the heading. Returns `summary` itself when the line
 * is already there. Never longer than a check run summary may be (the tail is cut). Pure.
 */
export function withReportLine(summary: string, line: string): string {
  const lines = summary === '' ? [] : summary.split('\n')
  const at = lines.findIndex((l) => l.endsWith(REPORT_LINE_MARKER))
  if (at !== -1) {
    if (lines[at] === line) return summary
    lines[at] = line
  } else if (lines[0]?.startsWith('#')) lines.splice(1, 0, '', line)
  else lines.unshift(line, '')
  const text = lines.join('\n')
  return text.length <= MAX_SUMMARY ? text : text.slice(0, MAX_SUMMARY - 30) + '\n\n… (report cut to fit)\n'
}

/**
 * The report line for a release's check run: one look-up of the artifact. A failed look-up only
 * warns and gives the pending line (the `workflow_run` event links the page later); it never
 * changes the release's conclusion.
 */
export async function releaseReportLine(
  client: GitHubClient,
  repo: RepoRef,
  release: { tag: string; sha: string; repositoryUrl?: string },
  log: Logger
): Promise<string> {
  try {
    const artifact = await findReleaseArtifact(client, repo, release)
    return artifact ? reportLinkLine(artifact) : PENDING_REPORT_LINE
  } catch (error) {
    log.warn(
      `[release-readiness] Could not look for the Action's HTML report of ${release.tag} (${(error as Error).message}); the check run says it will be linked when the workflow finishes.`
    )
    return PENDING_REPORT_LINE
  }
}
