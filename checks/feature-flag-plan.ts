import { planOptionsSchema } from '../src/readers/text/plan-options-schema.js'
import type { Check, Finding } from '../src/engine/types.js'
import { filterPaths } from '../src/engine/globs.js'
import { parseDocument, type Section } from '../src/readers/markdown/parse-sections.js'
import { relevanceRegExp } from '../src/readers/text/relevance.js'
import { findPlanSections, linesOutside } from '../src/readers/text/find-plan-sections.js'
import {
  flagVocabulary,
  rollbackVocabulary,
  FLAG_HEADINGS,
  LANGUAGES,
  ROLLBACK_HEADINGS,
  type FlagVocabulary,
  type Language,
  type Synonyms
} from '../src/readers/text/vocabulary.js'
import { wordsRegExp } from '../src/readers/text/match-words.js'
import { ownerHint } from '../src/readers/text/change-hints.js'
import {
  readFlagPlan,
  isCompleteFlagPlan,
  FLAG_PLAN_FIELDS,
  type FlagPlan,
  type FlagPlanField
} from '../src/readers/flags/read-flag-plan.js'
import { findIntroducedFlags } from '../src/readers/flags/find-introduced-flags.js'
import { readChangeText } from '../src/readers/text/read-change-text.js'
import { theOrigin } from '../src/readers/text/the-origin.js'
import { SOURCE_GLOBS } from '../src/readers/text/source-globs.js'
import { NOT_TEST_DATA } from '../src/readers/text/fixture-globs.js'

interface Config {
  /** The check applies when a changed file matches these globs. */
  when: string[]
  /** Headings that hold the plan (whole words, case-insensitive, any level). */
  headings: string[]
  /** Read the plan from this repository file (at head) instead of the description. */
  file?: string
  /** Code to scan for flag keys the change introduces. */
  code: string[]
  /** flagd flag definition files (JSON or YAML). */
  flagFiles: string[]
  /** Built-in languages whose headings and labels are read. */
  languages: Language[]
  /** Extra headings and labels, for any other language or house style. */
  synonyms?: Synonyms<FlagVocabulary>
}

/** Findings name at most this many incomplete sections (a description may repeat a heading 1,000 times). */
const MAX_SECTIONS_REPORTED = 10

const DOCS = 'docs/checks/feature-flag-plan.md'
/** Words without which a part of the text cannot hold a flag plan or an opt-out. */
const KEYWORDS = [
  'flag',
  'toggl',
  'roll',
  'kill',
  'switch',
  'default',
  'owner',
  'stage',
  'need',
  'requir',
  'applicab',
  'n/a',
  'opt'
]

const FIELD_NAMES: Record<FlagPlanField, string> = {
  key: 'flag key',
  default: 'default state',
  rollout: 'rollout stages',
  killSwitch: 'kill switch',
  owner: 'owner'
}

const FIELD_EXAMPLES: Record<FlagPlanField, string> = {
  key: '- Flag: `new-checkout-flow`',
  default: '- Default: off',
  rollout: '- Rollout: internal → 5% → 25% → 100% over 7 days',
  killSwitch: '- Kill switch: turn `new-checkout-flow` off in flagd',
  owner: '- Owner: @payments-team'
}

const FIELD_UNCLEAR: Record<FlagPlanField, string> = {
  key: 'does not name a flag',
  default: 'does not say whether the flag starts on or off',
  rollout: 'names fewer than two rollout stages',
  killSwitch: 'does not say how to turn the feature off',
  owner: 'does not name an owner'
}

const EXAMPLE = `## Feature flag plan\n${FLAG_PLAN_FIELDS.map((f) => FIELD_EXAMPLES[f]).join('\n')}`

const SYNONYM_DESCRIPTIONS: Record<keyof FlagVocabulary, string> = {
  headings: 'Headings of the plan section.',
  key: 'Labels of the flag key ("Flag").',
  default: 'Labels of the default state ("Default").',
  rollout: 'Labels of the rollout stages ("Rollout").',
  killSwitch: 'Labels of the kill switch ("Kill switch").',
  owner: 'Labels of the owner ("Owner").',
  optOut: 'Phrases that open an opt-out ("Not needed").',
  off: 'Words for the off state ("off").',
  on: 'Words for the on state ("on").',
  stages: 'Audiences that name a rollout stage ("internal").'
}

/** Examples with the flag key (from the diff or the text) and the owner filled in. */
function examples(key: string | undefined, owner: string | undefined): Record<FlagPlanField, string> {
  const out = { ...FIELD_EXAMPLES }
  if (key) {
    out.key = out.key.replace('new-checkout-flow', key)
    out.killSwitch = out.killSwitch.replace('new-checkout-flow', key)
  }
  if (owner) out.owner = `- Owner: ${owner}`
  return out
}

/** The plan as it should read: what the text already says, the rest filled with examples. */
function snippet(title: string, plan: FlagPlan, filled: Record<FlagPlanField, string>): string {
  const lines = FLAG_PLAN_FIELDS.map((f) => {
    const found = plan.fields[f]
    if (!found) return filled[f]
    const label = filled[f].slice(2, filled[f].indexOf(':'))
    return `- ${label}: ${found.value.replace(/\s+/g, ' ').trim()}`
  })
  return `## ${title}\n${lines.join('\n')}`
}

/** True when `key` appears in `text` as a whole token (not inside a longer key). */
function mentionsWord(text: string, key: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w-])`).test(text)
}

function and(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > 80 ? `"${t.slice(0, 77)}..."` : `"${t}"`
}

function sectionGaps(
  section: Section,
  plan: FlagPlan,
  file: string | undefined,
  filled: Record<FlagPlanField, string> = FIELD_EXAMPLES
): Finding[] {
  const where = `The "${section.title}" section (line ${section.line})`
  if (section.lines.length === 0)
    return [
      {
        message: `${where} is empty. Fill it in:\n\n${EXAMPLE}\n\nor opt out with a reason, e.g. "Not needed: documentation-only change".`,
        file,
        line: section.line
      }
    ]
  if (plan.bareOptOut)
    return [
      {
        message: `${where} opts out without a reason (${quote(plan.bareOptOut.text)}). Say why no flag is needed, e.g. "Not needed: documentation-only change".`,
        file,
        line: plan.bareOptOut.line
      }
    ]
  const findings: Finding[] = []
  const found = FLAG_PLAN_FIELDS.filter((f) => plan.fields[f])
  for (const field of FLAG_PLAN_FIELDS) {
    if (plan.fields[field]) continue
    const placeholder = plan.placeholders.find((p) => p.field === field)
    const unclear = plan.unclear.find((p) => p.field === field)
    if (placeholder)
      findings.push({
        message: `${where} has a template placeholder instead of the ${FIELD_NAMES[field]}: ${quote(placeholder.value)}. Replace it with the real value, e.g. "${filled[field]}".`,
        file,
        line: placeholder.line
      })
    else if (unclear)
      findings.push({
        message: `${where} ${FIELD_UNCLEAR[field]}: ${quote(unclear.value)}. Write it like "${filled[field]}".`,
        file,
        line: unclear.line
      })
    else
      findings.push({
        message: `${where} has no ${FIELD_NAMES[field]}. Add it, e.g. "${filled[field]}".`,
        file,
        line: section.line
      })
  }
  if (found.length > 0)
    findings.push({
      message: `${where} has ${and(found.map((f) => `the ${FIELD_NAMES[f]} (line ${plan.fields[f]!.line})`))}. Ready to paste, with what it already says:\n\n${snippet(section.title, plan, filled)}`,
      file,
      line: section.line
    })
  return findings
}

export default {
  meta: {
    id: 'feature-flag-plan',
    title: 'Feature flag plan',
    description:
      'The change declares a complete flag plan (flag key, default state, rollout stages, kill switch, owner) or a reasoned opt-out, and every flag the diff introduces is in it.',
    docs: DOCS,
    defaultLevel: 'error',
    defaultConfig: {
      when: [...SOURCE_GLOBS],
      headings: [...FLAG_HEADINGS],
      languages: [...LANGUAGES],
      code: [
        '**/*.{ts,tsx,js,jsx,mjs,cjs,py,go,java,kt,kts,rb,cs,php,swift,scala,rs}',
        '!**/node_modules/**',
        '!**/vendor/**',
        '!**/dist/**',
        ...NOT_TEST_DATA
      ],
      flagFiles: ['**/*.{json,yaml,yml}', '!**/node_modules/**', '!**/package*.json', ...NOT_TEST_DATA]
    },
    schema: {
      properties: {
        ...planOptionsSchema('flag plan', SYNONYM_DESCRIPTIONS),
        code: {
          type: 'array',
          items: { type: 'string', format: 'glob' },
          description: 'Code globs scanned for flag keys the change introduces.'
        },
        flagFiles: {
          type: 'array',
          items: { type: 'string', format: 'glob' },
          description: 'Globs of flagd flag definition files.'
        }
      }
    }
  },
  async run({ config, change, source }) {
    const relevant = filterPaths(
      change.files.map((f) => f.path),
      config.when
    )
    if (relevant.length === 0)
      return {
        status: 'skip',
        summary: `No changed file matches \`when\` (${config.when.slice(0, 3).join(', ')}${config.when.length > 3 ? ', …' : ''}); this change needs no flag plan.`
      }

    const input = await readChangeText(change, source, config.file, 'feature flag plan')
    if (input.kind === 'skip') return { status: 'skip', summary: input.reason }
    if (input.kind === 'problem')
      return {
        status: 'fail',
        summary: `The feature flag plan could not be read. See ${DOCS}.`,
        findings: [{ message: input.message, file: input.file }]
      }
    const file = input.file

    const vocabulary = flagVocabulary(config.languages, config.synonyms)
    const names = [...config.headings, ...vocabulary.headings]
    const doc = parseDocument(
      input.text,
      relevanceRegExp(KEYWORDS, [
        ...names,
        ...vocabulary.key,
        ...vocabulary.killSwitch,
        ...vocabulary.default,
        ...vocabulary.optOut
      ])
    )
    const { named, all, candidates } = findPlanSections(doc, names, [
      ...ROLLBACK_HEADINGS,
      ...rollbackVocabulary(config.languages).headings
    ])
    const rolloutTitle = wordsRegExp(vocabulary.rollout)
    const plans = new Map(
      all.map((s) => [
        s,
        readFlagPlan(s.lines, {
          planSection: named.includes(s),
          rolloutSection: rolloutTitle.test(s.title),
          vocabulary
        })
      ])
    )
    // A kill switch is often written with the rollback steps ("turn `key` off"): a plan that lacks
    // only that takes it from another section that names the plan's flag.
    for (const s of named) {
      const plan = plans.get(s)!
      const key = plan.fields.key?.value.replace(/`/g, '')
      if (
        plan.fields.killSwitch ||
        !key ||
        FLAG_PLAN_FIELDS.some((f) => f !== 'killSwitch' && !plan.fields[f])
      )
        continue
      const elsewhere = readFlagPlan(
        linesOutside(all, s).filter((l) => mentionsWord(l.text, key)),
        { vocabulary }
      ).fields.killSwitch
      if (elsewhere) plan.fields.killSwitch = elsewhere
    }
    const complete = candidates.find((s) => isCompleteFlagPlan(plans.get(s)!))
    const optOut = complete ? undefined : named.find((s) => plans.get(s)!.optOut)

    const introduced = await findIntroducedFlags(change, source, config.code, config.flagFiles)
    const findings: Finding[] = introduced.problems.map((p) => ({
      message: p.message,
      file: p.file,
      line: p.line
    }))
    for (const flag of introduced.flags) {
      if (flag.onByDefault)
        findings.push({
          message: `New flag \`${flag.key}\` in ${flag.file} is on by default (defaultVariant "${flag.defaultVariant}"). Ship new flags off and turn them on through the rollout, e.g. "defaultVariant": "off".`,
          file: flag.file,
          line: flag.line
        })
    }

    if (complete) {
      const mentions = plans.get(complete)!.mentions
      const text = complete.lines.map((l) => l.text).join('\n')
      for (const flag of introduced.flags) {
        if (mentions.has(flag.key) || mentionsWord(text, flag.key)) continue
        findings.push({
          message: `${flag.file} introduces flag \`${flag.key}\` (${flag.via}), which the "${complete.title}" section does not mention. Add it to the plan (its default, rollout, kill switch and owner) or remove the flag.`,
          file: flag.file,
          line: flag.line
        })
      }
      if (findings.length === 0)
        return { status: 'pass', summary: `The "${complete.title}" section has a complete flag plan.` }
      return {
        status: 'fail',
        summary: `The flag plan does not cover what the change introduces (${findings.length} finding(s)). See ${DOCS}.`,
        findings
      }
    }

    if (optOut) {
      for (const flag of introduced.flags) {
        findings.push({
          message: `${flag.file} introduces flag \`${flag.key}\` (${flag.via}), but the "${optOut.title}" section opts out of a flag plan. Write the plan for \`${flag.key}\` instead:\n\n${EXAMPLE.replaceAll('new-checkout-flow', flag.key)}`,
          file: flag.file,
          line: flag.line
        })
      }
      if (findings.length === 0)
        return { status: 'pass', summary: `The "${optOut.title}" section opts out with a reason.` }
      return {
        status: 'fail',
        summary: `The flag plan opts out, but the change introduces flags (${findings.length} finding(s)). See ${DOCS}.`,
        findings
      }
    }

    const knownKey =
      introduced.flags[0]?.key ??
      named.map((s) => plans.get(s)!.fields.key?.value.replace(/`/g, '')).find((k) => k !== undefined)
    const filled = examples(knownKey, change.author ? ownerHint(change) : undefined)
    if (named.length === 0) {
      const paste = `## Feature flag plan\n${FLAG_PLAN_FIELDS.map((f) => filled[f]).join('\n')}`
      findings.unshift({
        message: `${theOrigin(input.origin)} no feature flag plan. Add a section (any heading level) like:\n\n${paste}\n\nor, when no flag is needed, opt out with a reason: "## Feature flag plan\\nNot needed: documentation-only change".`,
        file
      })
    } else {
      const reported = named.slice(0, MAX_SECTIONS_REPORTED)
      const more: Finding[] =
        named.length > reported.length
          ? [
              {
                message: `${named.length - reported.length} more sections named like a flag plan (after line ${reported[reported.length - 1]!.line}) are not listed; none of them is complete either.`,
                file
              }
            ]
          : []
      findings.unshift(...reported.flatMap((s) => sectionGaps(s, plans.get(s)!, file, filled)), ...more)
    }
    return {
      status: 'fail',
      summary: `${theOrigin(input.origin)} no complete feature flag plan. See ${DOCS}.`,
      findings
    }
  }
} satisfies Check<Config>
