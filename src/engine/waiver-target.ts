import { closest } from './suggest.js'
import type { Check, Waiver } from './types.js'
import { untilProblem } from './waiver-expiry.js'

/**
 * Why a waiver cannot match anything, before any check runs: an unknown check id, a rule id the
 * check does not have, a target on a check without rules, or an unreadable expiry. The message
 * names the nearest valid id. Undefined when the waiver names things that exist.
 */
export function waiverTargetProblem(
  waiver: Pick<Waiver, 'check' | 'target' | 'until'>,
  checks: readonly Check[]
): string | undefined {
  const ids = checks.map((c) => c.meta.id).sort()
  const check = checks.find((c) => c.meta.id === waiver.check)
  if (!check) {
    const guess = closest(waiver.check, ids)
    return `There is no check "${waiver.check}".${guess ? ` Did you mean \`${guess}\`?` : ''} The check ids are ${ids.join(', ')}.`
  }
  const ruleId = waiver.target?.ruleId
  if (waiver.target && !check.meta.ruleIds) {
    return `${check.meta.id} has no rules to waive one by one; waive the whole check (\`/release-readiness waive ${check.meta.id} <reason>\`).`
  }
  if (ruleId !== undefined && !check.meta.ruleIds!.includes(ruleId)) {
    const guess = closest(ruleId, check.meta.ruleIds!)
    return `${check.meta.id} has no rule "${ruleId}".${guess ? ` Did you mean \`${guess}\`?` : ''} The rule ids are listed in ${check.meta.docs}.`
  }
  if (waiver.until !== undefined) {
    const problem = untilProblem(waiver.until)
    if (problem) return `The expiry ${problem}.`
  }
  return undefined
}
