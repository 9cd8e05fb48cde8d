import type { ApiChange, Subject } from './diff.js'
import type { Direction } from './schema-diff.js'

export type RuleLevel = 'breaking' | 'warning' | 'info'

/**
 * One OpenAPI rule: a stable id (= its file name under checks/openapi/), a level, a one-line
 * description, and the diff changes it reports. Rules read the structured diff, like oasdiff's checkers.
 */
export interface OpenApiRule {
  id: string
  level: RuleLevel
  description: string
  /** The change kinds it reports (see src/openapi/diff.ts and schema-diff.ts). */
  kinds: string[]
  direction?: Direction
  subject?: Subject
  /** oasdiff's level for the same id, or null when oasdiff has no such id. */
  oasdiff: 'error' | 'warn' | 'info' | null
  /** Why this rule deliberately differs from oasdiff (level or behaviour); required when it does. */
  differences?: string
}

export function defineRule(rule: OpenApiRule): OpenApiRule {
  return rule
}

/** True when `rule` reports `change`. */
export function ruleMatches(rule: OpenApiRule, change: ApiChange): boolean {
  if (!rule.kinds.includes(change.kind)) return false
  if (rule.direction !== undefined && rule.direction !== change.direction) return false
  if (rule.subject !== undefined && rule.subject !== change.subject) return false
  return true
}
