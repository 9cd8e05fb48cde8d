import type { CheckReport, Finding } from '../../engine/types.js'
import { location } from './labels.js'

// The plain-text pieces a change's report and a release report share.

/** " (waived by alice: reason)" after a waived check's summary; empty when it was not waived. */
export function checkWaiverText(check: CheckReport): string {
  return check.waiver ? ` (waived by ${check.waiver.grantedBy}: ${check.waiver.reason})` : ''
}

/** "file.ts:12: " before a finding's message; empty when it has no file. */
export function locationPrefix(finding: Finding): string {
  const where = location(finding)
  return where ? `${where}: ` : ''
}
