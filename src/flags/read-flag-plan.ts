import type { TextLine } from '../markdown/parse-sections.js'
import { isPlaceholder } from '../markdown/is-placeholder.js'
import { splitLabel } from '../text/split-label.js'

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

const LABELS: Array<[FlagPlanField, RegExp]> = [
  ['killSwitch', /kill|off[- ]switch|switch[- ]off|emergency|turn(ing)? (it )?off|disable|circuit/],
  ['default', /default|initial (state|value)|starting state|ships? as/],
  ['rollout', /roll-?out|stages?|ramp|phases?|exposure|cohorts?|schedule|progression|release steps/],
  ['owner', /owner|owned|\bdri\b|responsible|contact|on-?call|\bteam\b|maintainer/],
  ['key', /flag|toggle|\bkey\b|\bname\b/]
]

const OPT_OUT =
  /\b(not needed|not required|not applicable|no (new )?(feature )?(flags?|toggles?)( (is|are) )?( ?(needed|required|used|introduced|necessary))?|none needed|nothing to flag|n\/a|without a (feature )?flag|does not need a (feature )?flag|doesn't need a (feature )?flag)\b/i

/**
 * Reads a feature-flag plan out of the visible lines of a section: flag key, default state,
 * rollout stages, kill switch and owner, as labelled lines ("Default: off"), table rows or prose
 * ("`new-checkout` defaults to off"), or an explicit opt-out with a reason.
 */
export function readFlagPlan(
  sectionLines: readonly TextLine[],
  options: { planSection?: boolean } = {}
): FlagPlan {
  const plan: FlagPlan = { fields: {}, placeholders: [], unclear: [], mentions: new Set() }
  // "Ramp: 5% → 100%. Kill switch: turn it off." holds two labelled fields: read sentence by sentence.
  const lines = sectionLines.flatMap((l) =>
    l.text.split(/(?<=[.;])\s+(?=[A-Z`@*])/).map((text) => ({ ...l, text }))
  )
  const set = (field: FlagPlanField, value: string, line: number): void => {
    if (!plan.fields[field]) plan.fields[field] = { value, line }
  }
  for (const [i, l] of lines.entries()) {
    for (const m of l.text.matchAll(/`([^`]+)`/g)) plan.mentions.add(m[1]!.trim())
    for (const m of l.text.matchAll(/[A-Za-z0-9][\w.-]*[-_.][\w.-]*[A-Za-z0-9]/g)) plan.mentions.add(m[0])
    const labelled = splitLabel(l.text)
    const field = labelled ? LABELS.find(([, re]) => re.test(labelled.label.toLowerCase()))?.[0] : undefined
    if (labelled && field) {
      let value = labelled.value
      if (value === '') value = continuation(lines, i)
      if (isPlaceholder(value) || allPlaceholders(value)) {
        plan.placeholders.push({ field, value: labelled.value || '(empty)', line: l.line })
        continue
      }
      if (fieldValueOk(field, value)) set(field, value, l.line)
      else plan.unclear.push({ field, value, line: l.line })
    }
    prose(l, plan, set)
  }
  // Under a flag plan heading, a lone `code` span names the flag ("`inv-reserve-v2`, default off, …").
  if (options.planSection && !plan.fields.key) {
    const code = lines.flatMap((l) =>
      [...l.text.matchAll(/`([\w.:/-]+)`/g)].map((m) => ({ key: m[1]!, line: l.line }))
    )[0]
    if (code && !isPlaceholder(code.key)) set('key', code.key, code.line)
  }
  const text = lines.map((l) => l.text).join('\n')
  if (Object.keys(plan.fields).length < 2) {
    const m = OPT_OUT.exec(text) ?? /^\s*(none|no)\b\s*[—–:-]/i.exec(text)
    if (m) {
      const line = lines.find((l) => OPT_OUT.test(l.text))?.line ?? lines[0]?.line ?? 0
      const reason = text
        .replace(m[0], ' ')
        .replace(OPT_OUT, ' ')
        .replace(/\b(feature|flags?|plan|reason|because|since|as|this|is|the|a|an|change|pr)\b/gi, ' ')
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .split(/\s+/)
        .filter((w) => w.length > 1 && !isPlaceholder(w))
      if (reason.length >= 2) plan.optOut = { reason: text.replace(/\s+/g, ' ').trim(), line }
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

const STAGE_WORD =
  /\b(internal|staff|employees|dogfood(ing)?|beta|alpha|canary|pilot|ga|general availability|everyone|all (users|customers|tenants|regions)|cohort|ring \d|region|early access|preview|qa|staging)\b/gi

function fieldValueOk(field: FlagPlanField, value: string): boolean {
  const v = value.toLowerCase()
  switch (field) {
    case 'key':
      return /[a-z0-9]/.test(v)
    case 'default':
      return /^(?:(?:is|set to|stays|remains|ships?|starts?)\s+)?(?:off|on|false|true|disabled|enabled|dark|control|treatment|0 ?%|100 ?%)\b/.test(
        v.replace(/[`*_"']/g, '').trim()
      )
    case 'rollout':
      return stageCount(value) >= 2
    case 'killSwitch':
      return (
        /\b(off|false|disable[sd]?|kill|flip|toggle|turn|switch|set|revert)\b/.test(v) ||
        v.split(/\s+/).length >= 3
      )
    case 'owner':
      return /@[\w-]/.test(v) || /[a-z]{2,}/.test(v)
  }
}

/** How many rollout stages a value names: "internal → 5% → 25% → 100%" is four. */
export function stageCount(value: string): number {
  const parts = value
    .split(/\s*(?:→|->|=>|⇒|»|,|;|\bthen\b|\band then\b|\bfollowed by\b)\s*/i)
    .filter((p) => /\w/.test(p))
  const percents = value.match(/\d+(\.\d+)?\s*%/g)?.length ?? 0
  const words = value.match(STAGE_WORD)?.length ?? 0
  return Math.max(parts.length, percents, Math.min(words + percents, 4))
}

function prose(
  l: TextLine,
  plan: FlagPlan,
  set: (field: FlagPlanField, value: string, line: number) => void
): void {
  const t = l.text
  const key =
    /\bflag(?: key| name| called| named)?\s*[:=]?\s*`([^`]+)`/i.exec(t) ??
    /`([^`]+)`\s+(?:feature\s+)?(?:flag|toggle)\b/i.exec(t) ??
    /\b(?:flag|toggle)\s+(?:called|named|key)\s+["']?([\w.-]+)/i.exec(t) ??
    /\bbehind (?:the )?`([^`]+)`/i.exec(t)
  if (key && !isPlaceholder(key[1]!)) set('key', key[1]!, l.line)
  if (
    /\b(defaults? to|default:? (off|on|false|true|disabled|enabled)|by default|default (state|value) is|ships?( dark| disabled| off)|starts? (off|disabled|dark)|launch(es)? (off|dark|disabled))\b/i.test(
      t
    ) &&
    /\b(off|on|false|true|disabled|enabled|dark)\b/i.test(t)
  )
    set('default', t, l.line)
  if (
    (/\b(roll ?out|ramp|stages?|phases?|expose|enable for|increase to)\b/i.test(t) && stageCount(t) >= 2) ||
    /\d+(\.\d+)? ?%\s*(?:→|->|=>)\s*\d+(\.\d+)? ?%/.test(t)
  )
    set('rollout', t, l.line)
  if (
    /kill[- ]?switch|\b(turn|switch|flip|set)\b.*\b(off|false)\b|\bdisable the (flag|feature|toggle)\b/i.test(
      t
    )
  )
    set('killSwitch', t, l.line)
  if (/\b(owner|owned by|dri|responsible|on-?call)\b/i.test(t) && /@[\w-]|\bteam\b/i.test(t))
    set('owner', t, l.line)
}

/** True when every field of a flag plan is filled in. */
export function isCompleteFlagPlan(plan: FlagPlan): boolean {
  return FLAG_PLAN_FIELDS.every((f) => plan.fields[f] !== undefined)
}
