import { parseDocument } from 'yaml'
import { UserError } from '../engine/errors.js'
import { closest } from '../engine/suggest.js'
import type { ReleaseWaiver } from './build-release-report.js'

const KEYS = ['check', 'reason', 'grantedBy', 'grantedAt', 'pr']

/**
 * Reads a file of granted waivers (JSON or YAML): a list, or `{ waivers: [...] }`, of
 * `{ check, reason, grantedBy, pr?, grantedAt? }`. Without `pr` a waiver applies to the release
 * range; with `pr` to that pull request. Throws a UserError naming the file, the entry and the key.
 */
export function parseWaiversFile(text: string, file: string, checkIds: readonly string[]): ReleaseWaiver[] {
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
    for (const key of ['check', 'reason', 'grantedBy']) {
      if (typeof w[key] !== 'string' || !(w[key] as string).trim()) {
        throw new UserError(`${where} needs a non-empty "${key}" (who granted it, for which check, and why).`)
      }
    }
    const check = (w.check as string).trim()
    if (!checkIds.includes(check)) {
      const guess = closest(check, checkIds)
      throw new UserError(
        `${where}: unknown check "${check}".${guess ? ` Did you mean "${guess}"?` : ''} Checks: ${checkIds.join(', ')}.`
      )
    }
    if (w.pr !== undefined && !(Number.isInteger(w.pr) && (w.pr as number) > 0)) {
      throw new UserError(
        `${where}: "pr" must be a pull request number, e.g. 14; got ${JSON.stringify(w.pr)}.`
      )
    }
    const grantedBy = (w.grantedBy as string).trim()
    return {
      check,
      reason: (w.reason as string).trim(),
      grantedBy: grantedBy.startsWith('@') ? grantedBy : `@${grantedBy}`,
      ...(w.grantedAt !== undefined ? { grantedAt: String(w.grantedAt) } : {}),
      source: file,
      ...(w.pr !== undefined ? { pullRequest: w.pr as number } : {})
    }
  })
}
