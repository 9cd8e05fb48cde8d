import type { ReleaseReport } from './types.js'

/** 0 for GO (or any verdict in advisory mode), 1 for a NO-GO that blocks. */
export function releaseExitCode(report: Pick<ReleaseReport, 'verdict' | 'mode'>): 0 | 1 {
  return report.verdict === 'no-go' && report.mode === 'enforce' ? 1 : 0
}
