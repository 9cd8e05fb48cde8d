import { rollbackVocabulary, type RollbackVocabulary } from '../text/vocabulary.js'
import { wordsRegExp } from '../text/match-words.js'

/** What a rollback criterion needs to be measurable. */
export type CriterionPart = 'metric' | 'comparator' | 'threshold' | 'window'

export const CRITERION_PARTS: readonly CriterionPart[] = ['metric', 'comparator', 'threshold', 'window']

/** A criterion read from one sentence: the parts it has, each as written. */
export interface Criterion {
  text: string
  /** The metric: a query expression, a metric word, or what a count counts. */
  metric?: string
  comparator?: string
  /** The number compared against, with its unit when it has one. */
  threshold?: { value: string; unit?: string }
  window?: string
  /** The parts present; a threshold counts only with its unit (or against a query or a burn rate). */
  parts: Set<CriterionPart>
}

type Span = { start: number; end: number; text: string }
type NumberToken = Span & { value: string; unit?: string; kind: UnitKind }
type UnitKind = 'percent' | 'short-time' | 'long-time' | 'other' | 'none'
type Duration = Span & { long: boolean; explicit: boolean }

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  zehn: 10,
  fünf: 5,
  dix: 10,
  cinq: 5,
  diez: 10,
  cinco: 5,
  dez: 10
}
const NUM = `(?:\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`
const SHORT_UNITS = 'ms|milliseconds?|millisekunden|s|secs?|seconds?|sekunden|secondes?|segundos?|秒'
const LONG_UNITS =
  'm|mins?\\.?|minutes?|minuten?|minutos?|minuti|minuto|minuter|minutter|minut|minuty|h|hrs?|hours?|stunden?|heures?|horas?|ore|ora|uur|timmar|d|days?|tagen?|jours?|días?|dias?|giorni|dagen|w|weeks?|wochen?|semaines?|semanas?|settimane|分間?|分钟|時間|小时|日|天'
const DURATION = new RegExp(
  `(?<![\\p{L}\\p{N}_.])(${NUM})(?:\\s*-\\s*|\\s*)(?:(?:consecutive|full|rolling|sliding|aufeinanderfolgende)\\s+)?(${LONG_UNITS}|${SHORT_UNITS})(?![\\p{L}\\p{N}_])`,
  'giu'
)
const EXPLICIT_WINDOW = [
  /\[\s*\d+[smhdw]\s*\]/giu, // PromQL range
  /\bP(?:\d+[YMWD])*T(?:\d+[HMS])+\b|\bP\d+[DW]\b/gu, // ISO 8601 duration
  /\blast_\d+[smhdw]\b/giu, // Datadog
  /\bsince\s+\d+\s+\w+\s+ago\b/giu // NRQL
]
/** Words before a duration that make it a time window. */
const WINDOW_BEFORE =
  /(?:\b(?:for|over|per|nelle ultime|negli ultimi|within|during|in|across|sustained|lasting|since|per|last|past|für|über|innerhalb von|während|in den letzten|pendant|sur|durant|en|durante|por|em|dentro de|ao longo de)\s+(?:(?:a|an|the|at least|more than|longer than|last|past|any|rolling|consecutive|sliding|both|les|las|los|os|as|der|die|den|mindestens|plus de|más de|mais de)\s+)*)$/iu
/** Words after a duration that make it a time window. */
const WINDOW_AFTER =
  /^(?:[\s-]*(?:window|windows|period|interval|lang|long|ago|de suite|seguidos|seguidas)\b|\s*(?:以上|続|の間|間))/iu

const UNIT =
  /^\s*(%|％|percent\b|per ?cent\b|pp\b|ms\b|s\b|x(?![\p{L}\p{N}])|×|times\b|mal\b|fois\b|veces\b|vezes\b|rps\b|qps\b|req\/s\b|requests?\s*(?:\/|per)\s*(?:s|sec|second|min|minute)\b|per\s+(?:second|minute|hour|day)\b|\/\s*(?:s|min|h)\b|[kmgt]i?b\b|件|回|個)/iu
const NOUN_UNIT = /^\s+((?:[\p{L}][\p{L}'-]{2,})(?:\s+[\p{L}][\p{L}'-]{2,})?)/u
const NOT_A_UNIT =
  /^(for|over|in|within|during|and|or|then|if|when|the|a|an|of|on|at|to|than|is|are|was|be|it|this|that|per|after|before|since|from|with|und|oder|für|über|lang|pendant|sur|et|ou|durante|por|e|y|em|de|do|da|del|el|la|le|les|und|minutes?|hours?|seconds?|days?|mins?|secs?|hrs?|minuten?|stunden?|minutos?|horas?|heures?|segundos?|requests?)$/iu

const COMPARATOR =
  /(?<![-=<>!~])(?:>=|<=|>|<|≥|≤|==)(?![=>~])|\b(?:is |are |goes |stays |remains )?(?:above|below|over|under|exceeds?|exceeding|exceeded|greater than|more than|less than|fewer than|higher than|lower than|longer than|at least|at most|outside|beyond|worse than|reaches|surpasses|tops|crosses|drops? (?:below|under|to)|falls? (?:below|under|to)|rises? (?:above|over|to)|climbs? (?:above|over|to)|goes (?:above|over|below|under))\b|(?<![\p{L}])(?:über|unter|mehr als|weniger als|größer als|kleiner als|oberhalb von|unterhalb von|überschreitet|übersteigt|unterschreitet|dépasse|dépassent|au-dessus de|en dessous de|au-dessous de|supérieur à|supérieure à|inférieur à|inférieure à|plus de|moins de|supera|superan|por encima del?|por debajo del?|mayor que|menor que|más de|menos de|cae por debajo del?|acima de|abaixo de|maior que|menor que|mais de|menos de|passar de|passarem de|ultrapassar|ultrapassa|exceder|excede)(?![\p{L}])|(?:を超え|を超過|超え|を上回|を下回|以上|以下|未満|超)/giu
const COMPARATOR_TEST = new RegExp(COMPARATOR.source, 'iu')
/** Japanese comparators follow their number ("2% を超えた"). */
const POSTFIX = /^(?:を超え|を超過|超え|を上回|を下回|以上|以下|未満|超)/u

/** A code span that is a query: PromQL, Datadog, NRQL, or a metric identifier. */
const QUERY = /`([^`]*(?:[a-z]\w*\(|\{[^}]*\}|\bSELECT\b|[a-z0-9]+_[a-z0-9_]+|\b[a-z]+:[a-z]+\.)[^`]*)`/iu
/** Metrics compared as plain numbers: a burn rate or an Apdex score has no unit. */
const UNITLESS_METRIC = /burn[- ]?rate|apdex|score|ratio\s*[<>]/iu

function spans(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0
  return [...text.matchAll(re)]
}

/** The sentence with code-span quoting removed and label matchers (`{code=~"5.."}`) blanked. */
function mask(sentence: string): string {
  return sentence
    .replace(/\{[^{}]*\}/g, (m) => ' '.repeat(m.length))
    .replace(/<[A-Za-z][\w\s,.-]*>/g, (m) => ' '.repeat(m.length)) // template placeholders: <metric>
    .replace(/"[^"]*"|'[^']*'/g, (m) => (/\d/.test(m) && m.length < 12 ? m : ' '.repeat(m.length)))
    .replace(/`/g, '\u00a6')
}

const IS_SHORT = new RegExp(`^(?:${SHORT_UNITS})$`, 'iu')
const IS_LONG = new RegExp(`^(?:${LONG_UNITS})$`, 'iu')
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}_.:/-])(${NUM})(?![\\p{N}]|[.,]\\d|:\\d)`, 'giu')
const DURATION_AFTER = new RegExp(
  `^(?:\\s*-\\s*|\\s*)(?:(?:consecutive|full|rolling|sliding)\\s+)?(${LONG_UNITS}|${SHORT_UNITS})(?![\\p{L}\\p{N}_])`,
  'iu'
)

function unitKind(unit: string | undefined): UnitKind {
  if (!unit) return 'none'
  if (/^(%|％|percent|per ?cent|pp)$/iu.test(unit)) return 'percent'
  if (IS_SHORT.test(unit)) return 'short-time'
  if (IS_LONG.test(unit)) return 'long-time'
  return 'other'
}

function numbers(text: string): NumberToken[] {
  const out: NumberToken[] = []
  for (const m of spans(NUMBER, text)) {
    const start = m.index!
    let end = start + m[0].length
    const after = text.slice(end, end + 64)
    let unit: string | undefined
    const duration = DURATION_AFTER.exec(after)
    const symbol = UNIT.exec(after)
    if (duration) {
      unit = duration[1]!
      end += duration[0].length
    } else if (symbol) {
      unit = symbol[1]!
      end += symbol[0].length
    } else if (/^[\p{L}]/u.test(after)) {
      continue // "5xx", "3ds2": part of a word, not a number
    } else {
      const noun = NOUN_UNIT.exec(after)
      const first = noun?.[1]!.split(/\s+/)[0]
      if (noun && !NOT_A_UNIT.test(first!)) {
        unit = NOT_A_UNIT.test(noun[1]!.split(/\s+/)[1] ?? '') ? first : noun[1]!
        end += noun[0].indexOf(first!) + unit!.length
      }
    }
    out.push({ start, end, text: text.slice(start, end), value: m[1]!, unit, kind: unitKind(unit) })
  }
  return out
}

function durations(text: string): Duration[] {
  const out: Duration[] = []
  for (const m of spans(DURATION, text)) {
    const start = m.index!
    const end = start + m[0].length
    const unit = m[2]!
    const long = IS_LONG.test(unit)
    const explicit =
      WINDOW_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
      WINDOW_AFTER.test(text.slice(end, end + 20))
    out.push({ start, end, text: m[0], long, explicit })
  }
  for (const re of EXPLICIT_WINDOW)
    for (const m of spans(re, text))
      out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], long: true, explicit: true })
  return out.sort((a, b) => a.start - b.start)
}

/**
 * Reads a rollback criterion out of one sentence, in any of the built-in languages (or the words
 * of `vocabulary`): the metric, the comparator, the threshold with its unit and the time window,
 * each as written. Windows are read as "for 10 minutes", "over the last 15 minutes", "10 Minuten
 * lang", "10 分間", a PromQL range `[5m]`, ISO 8601 `PT10M`, Datadog `last_10m` and NRQL `SINCE 10
 * minutes ago`. In "over 1.5 s for 5 minutes" the first duration after the comparator is the
 * threshold and the other the window.
 */
export function parseCriterion(
  sentence: string,
  vocabulary: RollbackVocabulary = rollbackVocabulary()
): Criterion {
  const parts = new Set<CriterionPart>()
  const criterion: Criterion = { text: sentence, parts }
  // No digit and no number word: no threshold and no window, so nothing measurable to find.
  if (!/\d|ten|five|one|two|zehn|dix|diez|dez/i.test(sentence)) {
    const metricOnly = wordsRegExp(vocabulary.metrics).exec(sentence)
    if (metricOnly) {
      criterion.metric = metricOnly[0]
      parts.add('metric')
    }
    const comparator = COMPARATOR_TEST.exec(mask(sentence))
    if (comparator) {
      criterion.comparator = comparator[0].trim().replace(/^(?:is|are|goes|stays|remains) (?=\S)/i, '')
      parts.add('comparator')
    }
    return criterion
  }
  const text = mask(sentence)

  const query = QUERY.exec(sentence)
  const metricWord = wordsRegExp(vocabulary.metrics).exec(sentence)

  const comparators = spans(COMPARATOR, text).map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0].trim(),
    postfix: POSTFIX.test(m[0])
  }))
  const nums = numbers(text)
  const candidates: NumberToken[] = []
  // Comparators and numbers are in text order: one pass pairs each comparator with its number.
  let next = 0
  for (const c of comparators) {
    while (next < nums.length && nums[next]!.start < c.end) next++
    let found: NumberToken | undefined
    if (c.postfix) {
      const before = nums[next - 1]
      if (before && before.end <= c.start && c.start - before.end <= 6) found = before
    } else {
      const after = nums[next]
      if (after && after.start - c.end <= 24 && !/[.;!?]/.test(text.slice(c.end, after.start))) found = after
    }
    if (found && candidates[candidates.length - 1] !== found) candidates.push(found)
    if (candidates.length >= 8) break
  }
  const threshold = candidates.find((n) => n.kind !== 'long-time') ?? candidates[0]
  const comparator = threshold
    ? (comparators.find((c) => c.postfix && c.start >= threshold.end && c.start - threshold.end <= 6) ??
      [...comparators].reverse().find((c) => !c.postfix && c.end <= threshold.start))
    : comparators[0]

  const windows = durations(text).filter(
    (d) => !threshold || d.end <= threshold.start || d.start >= threshold.end
  )
  const window =
    windows.find((d) => d.explicit && d.long) ??
    windows.find((d) => d.explicit) ??
    windows.find((d) => d.long)

  const percentile = /(?<![\p{L}\p{N}])p\d{2}(?:\.\d+)?(?![\p{L}\p{N}])/iu.exec(sentence)
  if (query) criterion.metric = query[1]!.trim()
  else if (
    threshold?.kind === 'other' &&
    metricWord &&
    metricWord.index >= threshold.start &&
    metricWord.index < threshold.end
  )
    criterion.metric = threshold.unit
  else if (metricWord || percentile) {
    const end = Math.min(comparator?.start ?? Infinity, threshold?.start ?? Infinity)
    const phrase = subject(text, Number.isFinite(end) ? end : undefined, metricWord ?? percentile!)
    criterion.metric = (window ? phrase.replace(window.text, ' ') : phrase)
      .replace(new RegExp(COMPARATOR.source, 'giu'), ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s+lang$|\s*[がは]$/u, '')
  } else if (
    threshold?.kind === 'other' &&
    threshold.unit &&
    !/^(x|×|times|mal|fois|veces|vezes)$/iu.test(threshold.unit)
  )
    criterion.metric = threshold.unit
  if (comparator) criterion.comparator = comparator.text.replace(/^(?:is|are|goes|stays|remains) (?=\S)/i, '')
  if (threshold) criterion.threshold = { value: threshold.value, unit: threshold.unit }
  if (window) criterion.window = window.text.trim()

  const unitlessOk = query !== null || UNITLESS_METRIC.test(sentence)
  if (criterion.metric) parts.add('metric')
  if (comparator) parts.add('comparator')
  if (threshold && (threshold.unit || unitlessOk)) parts.add('threshold')
  if (window) parts.add('window')
  return criterion
}

const SUBJECT_START =
  /(?:^|[:：]|(?<![\p{L}])(?:if|when|whenever|once|should|wenn|falls|si|quand|lorsque|cuando|se|quando|caso)(?![\p{L}]))\s*/giu
const LEADING = /^(?:(?:the|a|an|our|any|die|der|das|le|la|les|l'|el|los|las|o|a|os|as|de)\s+)+/iu
const TRAILING = /\s+(?:is|are|was|were|stays?|remains?|goes|gets|ist|liegt|est|es|está|fica|ficar|be)$/iu

/** The metric as written: what comes before the comparator ("the checkout 5xx rate"), or the word. */
function subject(text: string, comparatorStart: number | undefined, word: RegExpExecArray): string {
  if (comparatorStart !== undefined && word.index < comparatorStart) {
    let start = 0
    for (const m of text.slice(0, word.index + 1).matchAll(SUBJECT_START)) start = m.index! + m[0].length
    const phrase = text
      .slice(start, comparatorStart)
      .replace(/\u00a6/g, '')
      .trim()
      .replace(LEADING, '')
      .replace(TRAILING, '')
      .trim()
    if (phrase !== '' && phrase.split(/\s+/).length <= 8) return phrase
  }
  return word[0]
}

/** Which parts of a measurable criterion a sentence has. */
export function criterionParts(sentence: string): Set<CriterionPart> {
  return parseCriterion(sentence).parts
}

/** True when the sentence names a metric, a comparator, a threshold with its unit and a time window. */
export function isMeasurable(sentence: string): boolean {
  return criterionParts(sentence).size === CRITERION_PARTS.length
}

/** The parts of a criterion as words for a finding: "a metric (5xx rate), a comparator (above)". */
export function describeParts(criterion: Criterion): { found: string[]; missing: CriterionPart[] } {
  const found: string[] = []
  if (criterion.parts.has('metric')) found.push(`a metric (${criterion.metric})`)
  if (criterion.parts.has('comparator')) found.push(`a comparator (${criterion.comparator})`)
  if (criterion.parts.has('threshold'))
    found.push(
      `a threshold (${criterion.threshold!.value}${criterion.threshold!.unit ? (/^[%％]$/.test(criterion.threshold!.unit) ? '' : ' ') + criterion.threshold!.unit : ''})`
    )
  else if (criterion.threshold) found.push(`a number (${criterion.threshold.value}) without a unit`)
  if (criterion.parts.has('window')) found.push(`a time window (${criterion.window})`)
  return { found, missing: CRITERION_PARTS.filter((p) => !criterion.parts.has(p)) }
}
