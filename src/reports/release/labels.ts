import type { Outcome } from '../../engine/types.js'
import { verdictLabel } from '../shared/labels.js'
import { shortSha } from '../../engine/short-sha.js'
import type { BlockingItem, ReleaseReport } from './types.js'

export function outcomeLabel(outcome: Outcome): string {
  return outcome === 'go' ? 'GO' : outcome === 'go-with-waivers' ? 'GO with waivers' : 'NO-GO'
}

export const OUTCOME_ICON: Record<Outcome, string> = { go: '✅', 'go-with-waivers': '☑️', 'no-go': '❌' }

/** "release v1.3.0" or "release v1.2.0..main". */
export function releaseName(report: ReleaseReport): string {
  return report.version ? `release ${report.version}` : `release ${rangeLabel(report)}`
}

export function rangeLabel(report: ReleaseReport, separator = '..'): string {
  return `${shortSha(report.baseRef)}${separator}${shortSha(report.headRef)}`
}

/** "#14 Clean up the pets API" or "the whole range". */
export function itemWhere(item: BlockingItem): string {
  return item.scope === 'release' ? 'the whole release' : `#${item.pullRequest} ${item.title ?? ''}`.trim()
}

/** "3 pull requests: 1 GO, 1 GO with waivers, 1 NO-GO". */
export function pullRequestTally(report: ReleaseReport): string {
  const n = report.pullRequests.length
  if (n === 0) return 'no pull requests'
  const count = (o: Outcome): number => report.pullRequests.filter((p) => p.report.outcome === o).length
  const parts = (['go', 'go-with-waivers', 'no-go'] as const)
    .filter((o) => count(o) > 0)
    .map((o) => `${count(o)} ${outcomeLabel(o)}`)
  return `${n} pull request${n === 1 ? '' : 's'}: ${parts.join(', ')}`
}

/** One paragraph for a terminal or a log: the verdict, the tally and what blocks, in order. */
export function releaseSummary(report: ReleaseReport): string {
  const head = `Release readiness: ${verdictLabel(report)} for ${releaseName(report)} (${rangeLabel(report)}; ${pullRequestTally(report)}).`
  const blocking = report.blocking.length
  if (blocking === 0) {
    const waived = report.waivers.length
    return waived > 0 ? `${head} ${waived} waiver${waived === 1 ? '' : 's'} applied.` : head
  }
  const shown = report.blocking
    .slice(0, 5)
    .map((item) => `${item.check} on ${itemWhere(item)}`)
    .join('; ')
  const more = blocking > 5 ? `; and ${blocking - 5} more` : ''
  return `${head} ${blocking} blocking item${blocking === 1 ? '' : 's'}: ${shown}${more}.`
}
