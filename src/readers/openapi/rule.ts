import type { ApiChange } from './rules/operation-pair.js'
import type { ChangeKind } from './rules/change-kinds.js'
import type { Direction, RuleLevel, Subject } from './rules/rule-def.js'

export type { RuleLevel }

/**
 * One OpenAPI rule of the catalogue (src/readers/openapi/rules/catalogue.ts): a stable id, a level, a
 * one-line description, its section of docs/openapi-rules.md, and the change kinds it reports.
 */
export interface OpenApiRule {
  id: string
  level: RuleLevel
  description: string
  /** The section of the rule reference: `docs/openapi-rules.md#<id>`. */
  doc: string
  kinds: readonly ChangeKind[]
  direction?: Direction
  subject?: Subject
  /** oasdiff's level for the same id, or null when oasdiff has no such id. */
  oasdiff: 'error' | 'warn' | 'info' | null
  /** Why this rule deliberately differs from oasdiff (level or behaviour); required when it does. */
  differences?: string
}

/** True when `rule` reports `change`. */
export function ruleMatches(rule: OpenApiRule, change: ApiChange): boolean {
  if (!rule.kinds.includes(change.kind)) return false
  if (rule.direction !== undefined && rule.direction !== change.direction) return false
  if (rule.subject !== undefined && rule.subject !== change.subject) return false
  return true
}
