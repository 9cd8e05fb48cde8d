import type { TextLine } from '../markdown/parse-sections.js'
import { isPlaceholder } from '../markdown/is-placeholder.js'
import { splitLabel } from '../text/split-label.js'
import { criterionParts, CRITERION_PARTS, type CriterionPart } from './read-criterion.js'

export interface RollbackPlan {
  /** Measurable criteria found, one per sentence. */
  criteria: Array<{ text: string; line: number }>
  /** Sentences that read as criteria but are not measurable, with what they lack. */
  vague: Array<{ text: string; line: number; missing: CriterionPart[] }>
  /** Rollback steps found. */
  steps: Array<{ text: string; line: number }>
  /** Labelled lines whose value is a template placeholder ("Criteria: TBD"). */
  placeholders: Array<{ label: string; value: string; line: number }>
}

const STEP =
  /\b(revert(ing)?|redeploy(ing)?|re-deploy|roll(ing)? ?back to|roll(ing)? back the (deploy(ment)?|release|change|migration)|deploy(ing)? the previous|previous (release|version|image|tag|build|deploy(ment)?|revision)|last known good|rollout undo|helm rollback|rollouts? (abort|undo)|abort the (rollout|canary)|turn(ing)? .{0,40}\boff\b|switch(ing)? .{0,40}\boff\b|disabl(e|ing)|flip(ping)?|set .{0,40} to (off|false|0)|restore|down migration|migrate down|scale (down|to)|shift(ing)? traffic|route traffic|drain|fail ?over|pin (the )?(version|image)|feature flag off|kill switch|undo|git revert|reverse the migration)\b/i

const TRIGGER =
  /\b(if|when|whenever|once|should|in case|criteria|criterion|triggers?|threshold|alert(s|ing)?|spikes?|degrad\w*|elevated|increase[sd]?|goes up|worse|regress\w*|breach\w*|high(er)?|bad|broken|errors?|latency|fail\w*)\b/i

const CRITERIA_LABEL =
  /criteri|trigger|when to roll|roll ?back (if|when)|threshold|conditions?|abort (if|when)/i
const STEPS_LABEL = /steps?|how( to)?|procedure|process|actions?|runbook|playbook|mechanism|method/i

/**
 * Reads rollback criteria and steps out of the visible lines of a section. A criterion is one
 * sentence with a metric, a comparator, a threshold with a unit and a time window; anything that
 * reads like a trigger without all four is reported as vague with what it lacks.
 */
export function readRollbackPlan(lines: readonly TextLine[]): RollbackPlan {
  const plan: RollbackPlan = { criteria: [], vague: [], steps: [], placeholders: [] }
  for (const l of lines) {
    const labelled = splitLabel(l.text)
    if (
      labelled &&
      (CRITERIA_LABEL.test(labelled.label) || STEPS_LABEL.test(labelled.label)) &&
      isPlaceholder(labelled.value)
    ) {
      if (labelled.value !== '')
        plan.placeholders.push({ label: labelled.label, value: labelled.value, line: l.line })
      continue
    }
    const isStepsLine =
      labelled !== undefined && STEPS_LABEL.test(labelled.label) && !CRITERIA_LABEL.test(labelled.label)
    let stepFound = false
    for (const sentence of sentences(l.text)) {
      if (STEP.test(sentence.replace(/\broll(ing)? ?back (if|when|once|should|whenever)\b/gi, ' ')))
        stepFound = true
      const parts = criterionParts(sentence)
      if (parts.size === CRITERION_PARTS.length) {
        plan.criteria.push({ text: sentence, line: l.line })
        continue
      }
      const criteriaContext = labelled !== undefined && CRITERIA_LABEL.test(labelled.label)
      if (isStepsLine) continue
      const conditional =
        /\b(if|when|whenever|once|in case|should)\b/i.test(sentence) && TRIGGER.test(sentence)
      if (criteriaContext || conditional || parts.size >= 2)
        plan.vague.push({
          text: sentence,
          line: l.line,
          missing: CRITERION_PARTS.filter((p) => !parts.has(p))
        })
    }
    if (
      stepFound ||
      (isStepsLine && !isPlaceholder(labelled!.value) && labelled!.value.split(/\s+/).length >= 2)
    )
      plan.steps.push({ text: l.text, line: l.line })
  }
  return plan
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.;!?])\s+(?=[A-Z(])|;\s*|\s+\bor\b\s+(?=(?:if|when|the|p\d\d|\w+ (?:rate|latency)))/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}
