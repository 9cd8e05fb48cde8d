import picomatch from 'picomatch'
import type { Decision } from './authorize-waiver.js'
import { filterPaths } from './globs.js'
import { normaliseLogin, sameLogin } from './login.js'
import type { Change, JsonSchema } from './types.js'

/** What a pull request must look like for an exemption (each key given must hold). */
export interface ExemptionConditions {
  /** It carries one of these labels (case-insensitive). */
  labels?: string[]
  /** Its author is one of these logins, bots included (`dependabot[bot]`, `renovate[bot]`). */
  authors?: string[]
  /** Every changed path matches one of these globs (lockfiles, manifests, docs). */
  paths?: string[]
  /** Its base branch matches one of these globs (`release/*`). */
  baseBranches?: string[]
}

/** A configured exemption: `checks.<id>.exempt[]`. */
export interface Exemption {
  when: ExemptionConditions
  unless?: ExemptionConditions
  /** Why the check does not apply; shown next to what matched. */
  reason?: string
  /**
   * With `when.labels`: the label counts only when someone allowed to waive added it (read from
   * the pull request's events; a read that fails does not exempt).
   */
  labelFromWaiver?: boolean
}

/** Decides whether whoever added `label` to the change may waive; undefined: cannot be told here. */
export type LabelAuthority = (label: string) => Promise<Decision>

const list = (description: string): JsonSchema => ({
  type: 'array',
  minItems: 1,
  items: { type: 'string', minLength: 1 },
  description
})

const conditions = (description: string): JsonSchema => ({
  type: 'object',
  description,
  additionalProperties: false,
  minProperties: 1,
  properties: {
    labels: list('One of these labels is on the pull request (case-insensitive).'),
    authors: list(
      'The pull request author is one of these logins, bots included: "dependabot[bot]", "renovate[bot]".'
    ),
    paths: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', format: 'glob' },
      description: 'Every changed path matches one of these globs: e.g. lockfiles, manifests, docs.'
    },
    baseBranches: list('The base branch matches one of these globs, e.g. "release/*".')
  }
})

/** The JSON Schema of `checks.<id>.exempt`, added to every check by the engine. */
export const EXEMPT_SCHEMA: JsonSchema = {
  type: 'array',
  description:
    'When this check does not apply: each entry skips it, with the reason in every report, when all of its `when` conditions hold and its `unless` conditions do not.',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['when'],
    properties: {
      when: conditions('Conditions that must all hold.'),
      unless: conditions('The exemption does not apply when these all hold.'),
      reason: {
        type: 'string',
        minLength: 1,
        description: 'Why the check does not apply; shown in reports.'
      },
      labelFromWaiver: {
        type: 'boolean',
        description:
          'A label counts only when someone allowed to waive (waivers.allowed, else maintain or admin) added it; read from the pull request events, and a read that fails does not exempt.'
      }
    }
  }
}

interface Match {
  because: string[]
}

/** Whether every condition given holds, and what matched (`author is dependabot[bot]`). */
function holds(c: ExemptionConditions, change: Change): Match | undefined {
  const because: string[] = []
  if (c.labels) {
    const wanted = new Set(c.labels.map((l) => l.toLowerCase()))
    const found = change.labels.filter((l) => wanted.has(l.toLowerCase()))
    if (found.length === 0) return undefined
    because.push(`label ${found.join(', ')}`)
  }
  if (c.authors) {
    if (!change.author || !c.authors.some((a) => sameLogin(a, change.author!))) return undefined
    because.push(`author is ${normaliseLogin(change.author)}`)
  }
  if (c.paths) {
    const paths = change.files.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path]))
    if (paths.length === 0 || filterPaths(paths, c.paths).length !== paths.length) return undefined
    because.push(`only ${c.paths.join(', ')} changed`)
  }
  if (c.baseBranches) {
    if (!change.baseBranch || !picomatch(c.baseBranches)(change.baseBranch)) return undefined
    because.push(`base branch is ${change.baseBranch}`)
  }
  return { because }
}

export type ExemptionOutcome = { exempt: true; summary: string } | { exempt: false; note?: string }

/**
 * The first exemption that applies to the change, as the skip summary every report shows
 * ("Skipped: author is dependabot[bot] (dependency updates need no flag plan)"). A label
 * exemption that requires a waiver-authorised label asks `labelAuthority`; without one, or when
 * the label's author may not waive, it does not apply and `note` says why.
 */
export async function findExemption(
  exemptions: readonly Exemption[],
  change: Change,
  labelAuthority: LabelAuthority | undefined
): Promise<ExemptionOutcome> {
  const notes: string[] = []
  for (const exemption of exemptions) {
    const match = holds(exemption.when, change)
    if (!match) continue
    if (exemption.unless && holds(exemption.unless, change)) continue
    if (exemption.labelFromWaiver && exemption.when.labels) {
      const wanted = new Set(exemption.when.labels.map((l) => l.toLowerCase()))
      const labels = change.labels.filter((l) => wanted.has(l.toLowerCase()))
      let trusted: string | undefined
      for (const label of labels) {
        const decision: Decision = labelAuthority
          ? await labelAuthority(label)
          : { allowed: false, why: 'who added it cannot be read without GitHub.' }
        if (decision.allowed) {
          trusted = label
          break
        }
        notes.push(`label ${label} does not exempt: ${decision.why}`)
      }
      if (!trusted) continue
    }
    const reason = exemption.reason ? ` (${exemption.reason})` : ''
    return { exempt: true, summary: `Skipped: ${match.because.join('; ')}${reason}.` }
  }
  return notes.length > 0 ? { exempt: false, note: `Not exempt: ${notes.join('; ')}` } : { exempt: false }
}
