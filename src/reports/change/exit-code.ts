import type { Report } from '../../engine/types.js'

/** 0 for GO (or any verdict in advisory mode), 1 for a NO-GO that blocks. */
export function exitCode(report: Report): 0 | 1 {
  return report.verdict === 'no-go' && report.mode === 'enforce' ? 1 : 0
}
