import { parseDocument } from 'yaml'
import { UserError } from '../../engine/errors.js'
import { closest } from '../../engine/suggest.js'
import type { Check } from '../../engine/types.js'
import { waiverTargetProblem } from '../../engine/waiver-target.js'
import type { ReleaseWaiver } from './build-release-report.js'

const KEYS = [
  'release',
  'check',
  'reason',
  'grantedBy',
  'grantedAt',
  'pr',
  'ruleId',
  'operation',
  'until',
  'head'
]
const OPERATION = /^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) \/\S*$/

export interface WaiversFileOptions {
  /** The repository's file: every entry names its release and when it was granted. */
  repositoryFile?: boolean
}

/** A file waiver, with the release it was granted for when it names one. */
export type FileWaiver = ReleaseWaiver & { release?: string }

/**
 * Reads a file of granted waivers (JSON or YAML): a list, or `{ waivers: [...] }`, of
 * `{ check, reason, grantedBy, grantedAt?, release?, pr?, ruleId?, operation?, until?, head? }`.
 * Without `pr` a waiver applies to the release range; with `pr` to that pull request; `release`
 * limits it to one release (required, with `grantedAt`, in the repository's file). Throws a
 * UserError naming the file, the entry and the key, with the nearest valid id.
 */
export function parseWaiversFile(
  text: string,
  file: string,
  checks: readonly Check[],
  options: WaiversFileOptions = {}
): FileWaiver[] {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
  if (doc.errors.length > 0) {
    throw new UserError(
      `${file} is not valid YAML or JSON: ${doc.errors[0]!.message.split('\n')[0]}. Fix the file and run again.`
    )
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 50 })
  } catch (error) {
    throw new UserError(
      `${file} could not be read: ${(error as Error).message}. Use plain values instead of YAML aliases.`
    )
  }
  const list = Array.isArray(data) ? data : (data as { waivers?: unknown } | null)?.waivers
  if (!Array.isArray(list)) {
    throw new UserError(
      `${file} must be a list of waivers (or a mapping with a "waivers" list), each { check, reason, grantedBy, pr? }.`
    )
  }
  return list.map((entry, index) => {
    const where = `${file}: waiver ${index + 1}`
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new UserError(`${where} must be a mapping with check, reason and grantedBy.`)
    }
    const w = entry as Record<string, unknown>
    for (const key of Object.keys(w)) {
      if (!KEYS.includes(key)) {
        const guess = closest(key, KEYS)
        throw new UserError(
          `${where}: unknown key "${key}".${guess ? ` Did you mean "${guess}"?` : ''} Allowed: ${KEYS.join(', ')}.`
        )
      }
    }
    const required = [
      'check',
      'reason',
      'grantedBy',
      ...(options.repositoryFile ? ['release', 'grantedAt'] : [])
    ]
    for (const key of required) {
      if (typeof w[key] !== 'string' || !(w[key] as string).trim()) {
        throw new UserError(
          `${where} needs a non-empty "${key}" (which release and check, who granted it, when, and why).`
        )
      }
    }
    for (const key of ['ruleId', 'operation', 'until', 'head', 'release', 'grantedAt']) {
      if (w[key] !== undefined && typeof w[key] !== 'string' && !(w[key] instanceof Date)) {
        throw new UserError(
          `${where}: "${key}" must be a string, e.g. ${key === 'until' ? 'v1.6.0' : 'in quotes'}.`
        )
      }
    }
    if (w.operation !== undefined && !OPERATION.test(w.operation as string)) {
      throw new UserError(
        `${where}: "operation" must read "METHOD /path", e.g. "DELETE /pets/{id}"; got "${w.operation}".`
      )
    }
    if (w.head !== undefined && !/^[0-9a-fA-F]{7,40}$/.test(w.head as string)) {
      throw new UserError(`${where}: "head" must be a commit SHA (7 to 40 hex digits); got "${w.head}".`)
    }
    const check = (w.check as string).trim()
    const target =
      w.ruleId !== undefined || w.operation !== undefined
        ? {
            ...(w.ruleId !== undefined ? { ruleId: (w.ruleId as string).trim() } : {}),
            ...(w.operation !== undefined ? { operation: w.operation as string } : {})
          }
        : undefined
    const until =
      w.until instanceof Date ? w.until.toISOString().slice(0, 10) : (w.until as string | undefined)
    const problem = waiverTargetProblem(
      { check, ...(target ? { target } : {}), ...(until ? { until } : {}) },
      checks
    )
    if (problem) throw new UserError(`${where}: ${problem}`)
    if (w.pr !== undefined && !(Number.isInteger(w.pr) && (w.pr as number) > 0)) {
      throw new UserError(
        `${where}: "pr" must be a pull request number, e.g. 14; got ${JSON.stringify(w.pr)}.`
      )
    }
    const grantedBy = (w.grantedBy as string).trim()
    const grantedAt = w.grantedAt instanceof Date ? w.grantedAt.toISOString().slice(0, 10) : w.grantedAt
    return {
      check,
      reason: (w.reason as string).trim(),
      grantedBy: grantedBy.startsWith('@') ? grantedBy : `@${grantedBy}`,
      ...(grantedAt !== undefined ? { grantedAt: String(grantedAt) } : {}),
      source: file,
      ...(target ? { target } : {}),
      ...(until ? { until } : {}),
      ...(w.head !== undefined ? { head: (w.head as string).toLowerCase() } : {}),
      ...(w.release !== undefined ? { release: (w.release as string).trim() } : {}),
      ...(w.pr !== undefined ? { pullRequest: w.pr as number } : {})
    }
  })
}

/** The waivers that apply to `version`: those naming no release, and those naming this one. */
export function forRelease(waivers: FileWaiver[], version: string | undefined): ReleaseWaiver[] {
  return waivers
    .filter((w) => w.release === undefined || (version !== undefined && sameVersion(w.release, version)))
    .map(({ release: _, ...w }) => w)
}

const sameVersion = (a: string, b: string): boolean => a.replace(/^v/, '') === b.replace(/^v/, '')
