import type { TextLine } from '../markdown/parse-sections.js'
import { isPlaceholder } from '../markdown/is-placeholder.js'
import { splitLabel } from '../text/split-label.js'
import { wordsRegExp } from '../text/match-words.js'
import { flagVocabulary, type FlagVocabulary } from '../text/vocabulary.js'

export type FlagPlanField = 'key' | 'default' | 'rollout' | 'killSwitch' | 'owner'

export const FLAG_PLAN_FIELDS: readonly FlagPlanField[] = ['key', 'default', 'rollout', 'killSwitch', 'owner']

export interface FlagPlan {
  /** Fields the text fills in, with the line that fills them. */
  fields: Partial<Record<FlagPlanField, { value: string; line: number }>>
  /** Fields whose label is there but whose value is a template placeholder. */
  placeholders: Array<{ field: FlagPlanField; value: string; line: number }>
  /** Fields whose label is there but whose value does not say what is needed. */
  unclear: Array<{ field: FlagPlanField; value: string; line: number }>
  /** An explicit opt-out with its reason, when the text is one. */
  optOut?: { reason: string; line: number }
  /** An opt-out phrase with no reason ("N/A", "Not needed"). */
  bareOptOut?: { text: string; line: number }
  /** Every `code` span and flag-looking key the text mentions (to cross-check keys in the diff). */
  mentions: Set<string>
}

/** Fields in the order their labels are tried: "Kill switch" before "Flag", "Rollout stages" before "Stage". */
const LABEL_ORDER: readonly FlagPlanField[] = ['killSwitch', 'default', 'rollout', 'owner', 'key']

const labelCache = new WeakMap<FlagVocabulary, ReadonlyArray<readonly [FlagPlanField, RegExp]>>()

function labelRegExps(vocabulary: FlagVocabulary): ReadonlyArray<readonly [FlagPlanField, RegExp]> {
  let labels = labelCache.get(vocabulary)
  if (!labels) {
    labels = LABEL_ORDER.map((f) => [f, wordsRegExp(vocabulary[f])] as const)
    labelCache.set(vocabulary, labels)
  }
  return labels
}

/** Characters of a script written without spaces. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

/**
 * Reads a feature-flag plan out of the visible lines of a section: flag key, default state,
 * rollout stages, kill switch and owner, as labelled lines ("Default: off"), table rows or prose
 * ("`new-checkout` defaults to off"), or an explicit opt-out with a reason.
 */
export function readFlagPlan(
  sectionLines: readonly TextLine[],
  options: { planSection?: boolean; rolloutSection?: boolean; vocabulary?: FlagVocabulary } = {}
): FlagPlan {
  const vocabulary = options.vocabulary ?? flagVocabulary()
  const plan: FlagPlan = { fields: {}, placeholders: [], unclear: [], mentions: new Set() }
  const labels = labelRegExps(vocabulary)
  // "Ramp: 5% → 100%. Kill switch: turn it off." holds two labelled fields: read sentence by sentence.
  const lines = sectionLines.flatMap((l) =>
    l.text
      .split(/(?<=[.])\s+(?=[\p{Lu}`@*])|(?<=;)\s*|(?<=[。])|\s+[·•]\s+|,\s+(?=[\p{L} -]{2,24}\s*[:=])/u)
      .filter((text) => text.trim() !== '')
      .map((text) => ({ ...l, text: text.trim() }))
  )
  const set = (field: FlagPlanField, value: string, line: number): void => {
    if (!plan.fields[field]) plan.fields[field] = { value, line }
  }
  for (const [i, l] of lines.entries()) {
    for (const m of l.text.matchAll(/`([^`]+)`/g)) plan.mentions.add(m[1]!.trim())
    for (const m of l.text.matchAll(/[A-Za-z0-9][\w.-]*[-_.][\w.-]*[A-Za-z0-9]/g)) plan.mentions.add(m[0])
    const labelled = splitLabel(l.text)
    const field = labelled ? labels.find(([, re]) => re.test(labelled.label))?.[0] : undefined
    if (labelled && field) {
      let value = labelled.value
      if (value === '') value = continuation(lines, i)
      if (isPlaceholder(value) || allPlaceholders(value)) {
        plan.placeholders.push({ field, value: labelled.value || '(empty)', line: l.line })
        continue
      }
      if (fieldValueOk(field, value, vocabulary)) set(field, value, l.line)
      else plan.unclear.push({ field, value, line: l.line })
    }
    prose(l, set, vocabulary)
  }
  // Under a flag plan heading, a lone `code` span names the flag ("`inv-reserve-v2`, default off, …").
  if (options.planSection && !plan.fields.key) {
    const code = lines.flatMap((l) =>
      [...l.text.matchAll(/`([\w.:/-]+)`/g)].map((m) => ({ key: m[1]!, line: l.line }))
    )[0]
    if (code && !isPlaceholder(code.key)) set('key', code.key, code.line)
  }
  // Under a "Rollout" heading, a list of stages needs no label: "1. Internal", "2. 10% of users".
  if (options.rolloutSection && !plan.fields.rollout) {
    const stageWords = wordsRegExp(vocabulary.stages)
    const stages = lines.filter(
      (l) =>
        !splitLabel(l.text) && l.text.length <= 80 && (/\d\s*[%％]/.test(l.text) || stageWords.test(l.text))
    )
    if (stages.length >= 2) set('rollout', stages.map((l) => l.text).join(' → '), stages[0]!.line)
  }
  const text = lines.map((l) => l.text).join('\n')
  if (Object.keys(plan.fields).length < 2) {
    const optOut = wordsRegExp(vocabulary.optOut)
    const m = optOut.exec(text) ?? /^\s*(none|no)\b\s*[—–:-]/i.exec(text)
    if (m) {
      const line = lines.find((l) => optOut.test(l.text))?.line ?? lines[0]?.line ?? 0
      const rest = text.replace(m[0], ' ').replace(wordsRegExp(vocabulary.optOut, true), ' ')
      const reason = rest
        .replace(
          /(?<![\p{L}])(feature|flags?|toggles?|plan|reason|because|since|as|this|is|the|a|an|change|pr|no|not|needed)(?![\p{L}])/giu,
          ' '
        )
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .split(/\s+/)
        .filter((w) => w.length > 1 && !isPlaceholder(w))
      const cjk = rest.match(CJK)?.length ?? 0
      if (reason.length >= 2 || cjk >= 4) plan.optOut = { reason: text.replace(/\s+/g, ' ').trim(), line }
      else plan.bareOptOut = { text: text.trim(), line }
    }
  }
  return plan
}

function continuation(lines: readonly TextLine[], i: number): string {
  const head = lines[i]!
  const parts: string[] = []
  for (let j = i + 1; j < lines.length && parts.length < 10; j++) {
    const next = lines[j]!
    if (next.depth > head.depth) parts.push(next.text)
    else if (parts.length === 0 && next.depth === head.depth && !splitLabel(next.text)) parts.push(next.text)
    else break
  }
  return parts.join(' → ')
}

function allPlaceholders(value: string): boolean {
  const parts = value.split(/\s*(?:→|->|=>|,|;|\/)\s*/).filter((p) => p !== '')
  return parts.length > 0 && parts.every((p) => isPlaceholder(p))
}

const STAGE_SEPARATOR =
  /\s*(?:→|->|=>|⇒|»|,|;|\/|\bthen\b|\band then\b|\bfollowed by\b|\bfinally\b|(?<![\p{L}])(?:dann|danach|puis|ensuite|luego|después|depois|em seguida)(?![\p{L}]))\s*/iu

function startsWithState(value: string, vocabulary: FlagVocabulary): boolean {
  const v = value
    .replace(/[`*_"'（）()]/g, ' ')
    .trim()
    .replace(/^(?:(?:is|set to|stays|remains|ships?|starts?|ist|est|es|é|está|estará|bleibt)\s+)+/iu, '')
  const m = wordsRegExp([...vocabulary.off, ...vocabulary.on]).exec(v)
  return m !== null && m.index === 0
}

function fieldValueOk(field: FlagPlanField, value: string, vocabulary: FlagVocabulary): boolean {
  const v = value.toLowerCase()
  switch (field) {
    case 'key':
      return /[\p{L}\p{N}]/u.test(v)
    case 'default':
      return startsWithState(value, vocabulary)
    case 'rollout':
      return stageCount(value, vocabulary) >= 2
    case 'killSwitch':
      return (
        /\b(off|false|disable[sd]?|kill|flip|toggle|turn|switch|set|revert)\b/.test(v) ||
        wordsRegExp(vocabulary.off).test(v) ||
        v.split(/\s+/).length >= 3
      )
    case 'owner':
      return /@[\w-]/.test(v) || /\p{L}{2,}/u.test(v)
  }
}

/** How many rollout stages a value names: "internal → 5% → 25% → 100%" is four. */
export function stageCount(value: string, vocabulary: FlagVocabulary = flagVocabulary()): number {
  const parts = value.split(STAGE_SEPARATOR).filter((p) => /[\p{L}\p{N}]/u.test(p))
  const percents = value.match(/\d+(?:[.,]\d+)?\s*[%％]/g)?.length ?? 0
  const words = value.match(wordsRegExp(vocabulary.stages, true))?.length ?? 0
  return Math.max(parts.length, percents, Math.min(words + percents, 4))
}

const DEFAULT_PROSE =
  /\b(defaults? to|default:? (off|on|false|true|disabled|enabled)|by default|default (state|value) is|ships?( dark| disabled| off)|starts? (off|disabled|dark)|launch(es)? (off|dark|disabled)|off by default)\b|(?<![\p{L}])(par défaut|por defecto|por padrão|standardmäßig|standardwert)(?![\p{L}])|デフォルトは|デフォルトで|初期値は/iu
const ROLLOUT_PROSE =
  /\b(roll ?out|rolling out|ramp(ing)?|stages?|phases?|expose|enabl(e|ing)( it)?( for| to)?|increase to)\b|(?<![\p{L}])(activer\w*|aktivier\w*|freischalt\w*|frei(?:geben|gegeben)|schalten|activar\w*|activaremos|ativar\w*|ausrollen|déploi\w*|despleg\w*)(?![\p{L}])|段階|有効化/iu
const KILL_PROSE =
  /kill[- ]?switch|\b(turn|switch|flip|set)\b.*\b(off|false)\b|\bdisable the (flag|feature|toggle)\b|(?<![\p{L}_`-])(coupe-circuit|notausschalter|not-aus|interruptor|coupe|couper|désactiv\w+|ausschalt\w+|abschalt\w+|deaktivier\w+|desactiv\w+|apag\w+|deslig\w+|desativ\w+)(?![\p{L}_`-])|キルスイッチ|緊急停止|をオフ/iu
const OWNER_PROSE =
  /\b(owner|owned by|owns|dri|responsible|on-?call)\b|(?<![\p{L}])(responsable|responsável|verantwortlich|zuständig|dueño|dono|équipe|equipo|equipe)(?![\p{L}])|担当|オーナー/iu

function prose(
  l: TextLine,
  set: (field: FlagPlanField, value: string, line: number) => void,
  vocabulary: FlagVocabulary
): void {
  const t = l.text
  const key =
    /\bflag(?: key| name| called| named)?\s*[:=]?\s*`([^`]+)`/i.exec(t) ??
    /`([^`]+)`\s*(?:feature\s+)?(?:flag|toggle|フラグ)/i.exec(t) ??
    /\b(?:flag|toggle)\s+(?:called|named|key)\s+["']?([\w.-]+)/i.exec(t) ??
    /\bbehind (?:the )?`([^`]+)`/i.exec(t) ??
    /(?<![\p{L}])(?:derrière|hinter|detrás de|atrás de)\s+(?:le |la |el |dem |der |do |da )?(?:flag |drapeau )?`([^`]+)`/iu.exec(
      t
    )
  if (key && !isPlaceholder(key[1]!)) set('key', key[1]!, l.line)
  if (DEFAULT_PROSE.test(t) && wordsRegExp([...vocabulary.off, ...vocabulary.on]).test(t))
    set('default', t, l.line)
  if (
    (ROLLOUT_PROSE.test(t) && stageCount(t, vocabulary) >= 2) ||
    /\d+(?:[.,]\d+)?\s*[%％]\s*(?:→|->|=>|\/)\s*\d+(?:[.,]\d+)?\s*[%％]/.test(t)
  )
    set('rollout', t, l.line)
  if (KILL_PROSE.test(t)) set('killSwitch', t, l.line)
  if (OWNER_PROSE.test(t) && /@[\w-]|\bteam\b/i.test(t)) set('owner', t, l.line)
}

/** True when every field of a flag plan is filled in. */
export function isCompleteFlagPlan(plan: FlagPlan): boolean {
  return FLAG_PLAN_FIELDS.every((f) => plan.fields[f] !== undefined)
}
