import type { Report } from '../../engine/types.js'

/**
 * 0 for GO (or any verdict in advisory mode), 1 for a NO-GO that blocks: the exit code of a
 * change's report and of a release report alike.
 */
export function exitCode(report: Pick<Report, 'verdict' | 'mode'>): 0 | 1 {
  return report.verdict === 'no-go' && report.mode === 'enforce' ? 1 : 0
}
