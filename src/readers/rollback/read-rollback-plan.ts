import type { TextLine } from '../markdown/parse-sections.js'
import { isPlaceholder } from '../markdown/is-placeholder.js'
import { splitLabel } from '../text/split-label.js'
import { wordsRegExp } from '../text/match-words.js'
import { rollbackVocabulary, type RollbackVocabulary } from '../text/vocabulary.js'
import { parseCriterion, CRITERION_PARTS, type Criterion, type CriterionPart } from './read-criterion.js'

export interface RollbackPlan {
  /** Measurable criteria found, one per sentence. */
  criteria: Array<{ text: string; line: number; criterion: Criterion }>
  /** Sentences that read as criteria but are not measurable, with what they lack. */
  vague: Array<{ text: string; line: number; missing: CriterionPart[]; criterion: Criterion }>
  /** Rollback steps found. */
  steps: Array<{ text: string; line: number }>
  /** Labelled lines whose value is a template placeholder ("Criteria: TBD"). */
  placeholders: Array<{ label: string; value: string; line: number }>
}

/** Step phrases with a gap ("turn `x` off", "set … to false") that a word list cannot hold. */
const STEP_PATTERN =
  /\b(turn(ing)?|switch(ing)?|flip(ping)?|toggl(e|ing)|kill)\b.{0,60}\b(off|false)\b|\bset .{0,60} to (off|false|0)\b|\broll(ing)? ?back (to|the (deploy(ment)?|release|change|migration))\b|\bdeploy(ing)? the (previous|last)\b|\bkubectl\b.*\bundo\b|\bhelm rollback\b|`[^`]*\b(rollback|rollout undo|revert|undo)\b[^`]*`|\broll(ing)? ?back (via|with|using|by)\b|\bargo rollouts? (abort|undo)\b|\b(flag|toggle|feature) off\b|\bredeploy\w*|\brevert\w*|\brollback\b.{0,40}\b(release|version|tag|image|revision)\b|(?<![\p{L}])(ausschalten|deaktivieren|désactiv\w+|redéploy\w+|desactiv\w+|apag\w+|deslig\w+|desativ\w+|reimplant\w+|revert\w+|revertir|reverter)(?![\p{L}])|オフ|再デプロイ|切り戻す|戻す/iu

/** A sentence that says when: "if", "when", "wenn", "si", "se", "場合", "たら". */
const CONDITIONAL =
  /(?<![\p{L}])(if|when|whenever|once|in case|should|wenn|falls|sobald|si|quand|lorsque|cuando|se|quando|caso)(?![\p{L}])|場合|たら|とき|時は/iu
const TRIGGER =
  /\b(criteria|criterion|triggers?|threshold|alert(s|ing)?|spikes?|degrad\w*|elevated|increase[sd]?|goes up|worse|regress\w*|breach\w*|high(er)?|bad|broken|errors?|latency|fail\w*)\b|(?<![\p{L}])(fehler\w*|erreurs?|errores|erros|augment\w*|steig\w*|aument\w*|taux|tasa|taxa|latenz|latence|latencia|latência)(?![\p{L}])|エラー|失敗|遅延/iu

/**
 * Reads rollback criteria and steps out of the visible lines of a section. A criterion is one
 * sentence with a metric, a comparator, a threshold with a unit and a time window (see
 * `parseCriterion`); anything that reads like a trigger without all four is reported as vague with
 * what it has and what it lacks. Labels and words come from `vocabulary` (all built-in languages by
 * default).
 */
export function readRollbackPlan(
  lines: readonly TextLine[],
  vocabulary: RollbackVocabulary = rollbackVocabulary()
): RollbackPlan {
  const plan: RollbackPlan = { criteria: [], vague: [], steps: [], placeholders: [] }
  const criteriaLabel = wordsRegExp(vocabulary.criteria)
  const stepsLabel = wordsRegExp(vocabulary.steps)
  const actions = wordsRegExp(vocabulary.actions)
  const rollBackIf = rollBackIfRegExp(vocabulary)
  const seen = new Set<string>()
  for (const l of lines) {
    // A table row is also given cell by cell and whole (expandTables): read each sentence once.
    const labelled = splitLabel(l.text)
    const isCriteriaLine = labelled !== undefined && criteriaLabel.test(labelled.label)
    const isStepsLine = labelled !== undefined && stepsLabel.test(labelled.label) && !isCriteriaLine
    if (labelled && (isCriteriaLine || isStepsLine) && isPlaceholder(labelled.value)) {
      if (labelled.value !== '')
        plan.placeholders.push({ label: labelled.label, value: labelled.value, line: l.line })
      continue
    }
    let stepFound = false
    for (const sentence of sentences(l.text)) {
      const withoutTrigger = sentence.replace(rollBackIf, ' ')
      if (!stepFound && (actions.test(withoutTrigger) || STEP_PATTERN.test(withoutTrigger))) stepFound = true
      const key = `${l.line}\0${sentence}`
      if (seen.has(key)) continue
      seen.add(key)
      const criterion = parseCriterion(sentence, vocabulary)
      if (criterion.parts.size === CRITERION_PARTS.length) {
        plan.criteria.push({ text: sentence, line: l.line, criterion })
        continue
      }
      if (isStepsLine) continue
      const conditional = CONDITIONAL.test(sentence) && TRIGGER.test(sentence)
      if (isCriteriaLine || conditional || criterion.parts.size >= 2)
        plan.vague.push({
          text: sentence,
          line: l.line,
          missing: CRITERION_PARTS.filter((p) => !criterion.parts.has(p)),
          criterion
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

const rollBackIfCache = new WeakMap<RollbackVocabulary, RegExp>()

/** "roll back if", "revert when": a trigger, not a step. */
function rollBackIfRegExp(vocabulary: RollbackVocabulary): RegExp {
  let re = rollBackIfCache.get(vocabulary)
  if (!re) {
    re = new RegExp(
      `(?:${wordsRegExp(vocabulary.rollBack).source})\\s*[,:]?\\s*(?:if|when|once|should|whenever|wenn|si|se|cuando|quando)(?![\\p{L}])`,
      'giu'
    )
    rollBackIfCache.set(vocabulary, re)
  }
  return re
}

function sentences(text: string): string[] {
  return text
    .split(
      /(?<=[.!?])\s+(?=[\p{Lu}(])|(?<=[。！？])|;\s*|\s+\bor\b\s+(?=(?:if|when|the|p\d\d|\w+ (?:rate|latency)))|\s+\b(?:oder|ou|o)\b\s+(?=(?:wenn|si|se|la|le|el|a|o|die|der)\s)/u
    )
    .map((s) => s.trim())
    .filter((s) => s !== '')
}
