import type { Mode, Verdict } from '../../engine/types.js'

/**
 * The answer a deployment gets for a verdict: approved for a GO, and for a NO-GO in advisory mode
 * (which blocks nothing by choice); rejected otherwise.
 */
export function deploymentDecision(verdict: Verdict, mode: Mode): 'approved' | 'rejected' {
  return verdict === 'go' || mode === 'advisory' ? 'approved' : 'rejected'
}
