import type { ApiChange } from './rules/operation-pair.js'
import { formatPointer } from './pointer.js'
import type { ChangeKind } from './rules/change-kinds.js'
import { ruleMatches, type OpenApiRule, type RuleLevel } from './rule.js'

/** A user's level for a rule id: `error` makes it breaking, `warn` a warning, `off` drops it. */
export type RuleSetting = 'error' | 'warn' | 'off'

/** One reported change, as `openapi-diff --format json` prints it. */
export interface ReportedChange {
  id: string
  level: RuleLevel
  operation: string
  /** JSON pointer in the head document (`other.yaml#/...` when the place is in a referenced file). */
  location: string
  message: string
  line?: number
  file: string
}

/** Id given to a change that no registered rule reports (should not happen; tests assert it). */
export const UNCLASSIFIED = 'unclassified-change'

export function indexRules(rules: readonly OpenApiRule[]): (change: ApiChange) => OpenApiRule | undefined {
  const byKind = new Map<ChangeKind, OpenApiRule[]>()
  for (const rule of rules)
    for (const kind of rule.kinds) {
      const list = byKind.get(kind) ?? []
      list.push(rule)
      byKind.set(kind, list)
    }
  return (change) => byKind.get(change.kind)?.find((r) => ruleMatches(r, change))
}

/**
 * Gives every change its rule id and level (after the user's per-id settings), with file, line
 * and pointer. `lineOf` finds a line in the base or head document set.
 */
export function applyRules(
  changes: readonly ApiChange[],
  rules: readonly OpenApiRule[],
  settings: Record<string, RuleSetting>,
  headRoot: string,
  lineOf: (side: 'base' | 'head', file: string, path: string[]) => number | undefined
): ReportedChange[] {
  const find = indexRules(rules)
  const out: ReportedChange[] = []
  for (const change of changes) {
    const rule = find(change)
    const id = rule?.id ?? UNCLASSIFIED
    const setting = settings[id]
    if (setting === 'off') continue
    let level: RuleLevel =
      setting === 'error' ? 'breaking' : setting === 'warn' ? 'warning' : (rule?.level ?? 'info')
    let message = change.detail
    if (change.unstable && level === 'breaking' && setting === undefined) {
      level = 'info'
      message += ' (allowed: the operation is draft or alpha)'
    }
    const pointer = formatPointer(change.loc.path)
    out.push({
      id,
      level,
      operation: change.operation ?? '',
      location:
        change.loc.file === headRoot && change.side === 'head' ? pointer : `${change.loc.file}${pointer}`,
      message: `${message.charAt(0).toUpperCase()}${message.slice(1)}. ${rule?.description ?? 'No rule classifies this change.'}`,
      line: lineOf(change.side, change.loc.file, change.loc.path),
      file: change.loc.file
    })
  }
  return out.sort(byLevelOperationId)
}

const rank: Record<RuleLevel, number> = { breaking: 0, warning: 1, info: 2 }

/** The report order: breaking first, then by operation, rule id and location. */
export function byLevelOperationId(a: ReportedChange, b: ReportedChange): number {
  return (
    rank[a.level] - rank[b.level] ||
    a.operation.localeCompare(b.operation) ||
    a.id.localeCompare(b.id) ||
    a.location.localeCompare(b.location)
  )
}
