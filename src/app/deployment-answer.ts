import { formatIssue } from '../engine/config.js'
import type { Waiver } from '../engine/types.js'
import { itemWhere } from '../reports/release/labels.js'
import { markdownText } from '../engine/escape.js'
import { shortSha } from '../engine/short-sha.js'
import type { ReportOutcome } from './report-change.js'

/** GitHub keeps at most this many characters of a deployment protection rule comment. */
export const MAX_DEPLOYMENT_COMMENT = 1024

export interface DeploymentAnswer {
  state: 'approved' | 'rejected'
  comment: string
}

export interface DeploymentSubject {
  sha: string
  environment: string
}

/**
 * One waiver the answer carries, with where it came from: a pull request of the release (`on #5`),
 * or the release itself (`for the release`), and the reviewed file when it came from one.
 */
function waiverLine(w: Waiver & { pullRequest?: number }): string {
  const where = w.pullRequest !== undefined ? `on #${w.pullRequest}` : 'for the release'
  const from = w.source && !/^https?:/.test(w.source) ? ` in ${markdownText(w.source)}` : ''
  return `- ${w.check} waived ${where} by ${markdownText(w.grantedBy)}${from}: ${markdownText(w.reason)}`
}

/** The comment, cut to fit, always ending with the link to the report when there is one. */
function compose(head: string, details: string[], url?: string): string {
  const tail = url ? `\nReport: ${url}` : ''
  let body = [head, ...details].join('\n')
  const room = MAX_DEPLOYMENT_COMMENT - tail.length
  if (body.length > room) body = body.slice(0, room - 1) + '…'
  return body + tail
}

/**
 * What to answer GitHub for a deployment: approved for a GO (and for a NO-GO in advisory mode,
 * which blocks nothing by choice), rejected for everything else: a NO-GO, a bad configuration, an
 * evaluation that failed or did not finish in time (fail closed).
 */
export function deploymentAnswer(
  outcome:
    | ReportOutcome
    | { kind: 'timeout'; ms: number }
    /** The queue gave up: every attempt (`QUEUE_RETRY_LIMIT` retries) failed, the last with `message`. */
    | { kind: 'exhausted'; attempts: number; message: string },
  subject: DeploymentSubject
): DeploymentAnswer {
  const what = `${shortSha(subject.sha)} to ${subject.environment}`
  switch (outcome.kind) {
    case 'report': {
      const { report, release, checkRun } = outcome
      // A release's commit is judged as that release: its verdict and waivers are the release's.
      const judged = release ?? report
      const basis = release ? release.notes[0] : report.basis
      const why = basis ? [markdownText(basis)] : []
      if (judged.verdict === 'go') {
        const waived = judged.outcome === 'go-with-waivers'
        const waivers = release ? release.waivers : report.waivers.applied
        const details = waived ? waivers.map(waiverLine) : []
        return {
          state: 'approved',
          comment: compose(
            `Release readiness: ${waived ? 'GO with waivers' : 'GO'} for ${what}.`,
            [...why, ...details],
            checkRun.html_url
          )
        }
      }
      const failing = release
        ? release.blocking.map(
            (item) => `- ${item.check} on ${markdownText(itemWhere(item))}: ${markdownText(item.summary)}`
          )
        : report.checks.filter((c) => c.blocking).map((c) => `- ${c.id}: ${markdownText(c.summary)}`)
      if (judged.mode === 'advisory') {
        return {
          state: 'approved',
          comment: compose(
            `Release readiness: NO-GO for ${what}, approved because the mode is advisory. Would block:`,
            [...failing, ...why],
            checkRun.html_url
          )
        }
      }
      return {
        state: 'rejected',
        comment: compose(
          `Release readiness: NO-GO for ${what}. Failing checks:`,
          [...failing, ...why],
          checkRun.html_url
        )
      }
    }
    case 'config-error':
      return {
        state: 'rejected',
        comment: compose(
          `Release readiness could not evaluate ${what}: the configuration is invalid (rejected: fail closed).`,
          outcome.error.issues.map((issue) => `- ${formatIssue(issue).trim()}`),
          outcome.checkRun?.html_url
        )
      }
    case 'error':
      return {
        state: 'rejected',
        comment: compose(
          `Release readiness could not evaluate ${what} (rejected: fail closed).`,
          [outcome.message],
          outcome.checkRun?.html_url
        )
      }
    case 'skip':
      return {
        state: 'rejected',
        comment: compose(`Release readiness found nothing to evaluate for ${what} (rejected: fail closed).`, [
          outcome.reason
        ])
      }
    case 'timeout':
      return {
        state: 'rejected',
        comment: compose(
          `Release readiness did not finish evaluating ${what} within ${Math.round(outcome.ms / 1000)} s (rejected: fail closed).`,
          ['Re-run the deployment job to ask again; if it keeps timing out, check the App server logs.']
        )
      }
    case 'exhausted':
      return {
        state: 'rejected',
        comment: compose(
          `Release readiness could not complete the evaluation of ${what}: all ${outcome.attempts} attempt(s) failed (rejected: fail closed).`,
          [
            `Last error: ${markdownText(outcome.message)}`,
            'Re-run the deployment job (or redeploy) to ask again once the cause is fixed; the App server logs say more.'
          ]
        )
      }
  }
}
