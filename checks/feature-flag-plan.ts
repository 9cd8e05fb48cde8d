import { planOptionsSchema } from '../src/text/plan-options-schema.js'
import type { Check, Finding } from '../src/engine/types.js'
import { filterPaths } from '../src/engine/globs.js'
import { parseSections, type Section } from '../src/markdown/parse-sections.js'
import { findSections } from '../src/markdown/find-sections.js'
import { relevanceRegExp } from '../src/markdown/relevance.js'
import {
  readFlagPlan,
  isCompleteFlagPlan,
  FLAG_PLAN_FIELDS,
  type FlagPlan,
  type FlagPlanField
} from '../src/flags/read-flag-plan.js'
import { findIntroducedFlags } from '../src/flags/find-introduced-flags.js'
import { readChangeText } from '../src/text/read-change-text.js'
import { theOrigin } from '../src/text/the-origin.js'
import { SOURCE_GLOBS } from '../src/text/source-globs.js'
import { NOT_TEST_DATA } from '../src/text/fixture-globs.js'

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
}

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

/** True when `key` appears in `text` as a whole token (not inside a longer key). */
function mentionsWord(text: string, key: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w-])`).test(text)
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > 80 ? `"${t.slice(0, 77)}..."` : `"${t}"`
}

function sectionGaps(section: Section, plan: FlagPlan, file: string | undefined): Finding[] {
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
  for (const field of FLAG_PLAN_FIELDS) {
    if (plan.fields[field]) continue
    const placeholder = plan.placeholders.find((p) => p.field === field)
    const unclear = plan.unclear.find((p) => p.field === field)
    if (placeholder)
      findings.push({
        message: `${where} has a template placeholder instead of the ${FIELD_NAMES[field]}: ${quote(placeholder.value)}. Replace it with the real value, e.g. "${FIELD_EXAMPLES[field]}".`,
        file,
        line: placeholder.line
      })
    else if (unclear)
      findings.push({
        message: `${where} ${FIELD_UNCLEAR[field]}: ${quote(unclear.value)}. Write it like "${FIELD_EXAMPLES[field]}".`,
        file,
        line: unclear.line
      })
    else
      findings.push({
        message: `${where} has no ${FIELD_NAMES[field]}. Add it, e.g. "${FIELD_EXAMPLES[field]}".`,
        file,
        line: section.line
      })
  }
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
      headings: [
        'Feature flag plan',
        'Feature flags',
        'Feature flag',
        'Flag plan',
        'Flags',
        'Feature toggles',
        'Feature toggle',
        'Toggle plan',
        'Flag rollout'
      ],
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
        ...planOptionsSchema('flag plan'),
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

    const sections = parseSections(input.text, relevanceRegExp(KEYWORDS, config.headings))
    const named = findSections(sections, config.headings)
    const plans = new Map(sections.map((s) => [s, readFlagPlan(s.lines, { planSection: named.includes(s) })]))
    const complete =
      named.find((s) => isCompleteFlagPlan(plans.get(s)!)) ??
      sections.find((s) => isCompleteFlagPlan(plans.get(s)!))
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

    if (named.length === 0) {
      findings.unshift({
        message: `${theOrigin(input.origin)} no feature flag plan. Add a section (any heading level) like:\n\n${EXAMPLE}\n\nor, when no flag is needed, opt out with a reason: "## Feature flag plan\\nNot needed: documentation-only change".`,
        file
      })
    } else {
      findings.unshift(...named.flatMap((s) => sectionGaps(s, plans.get(s)!, file)))
    }
    return {
      status: 'fail',
      summary: `${theOrigin(input.origin)} no complete feature flag plan. See ${DOCS}.`,
      findings
    }
  }
} satisfies Check<Config>
