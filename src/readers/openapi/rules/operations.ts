import type { ApiModel } from '../model.js'
import type { Loc } from '../pointer.js'
import { B, I, ownKindRule, type RuleDef, type RuleLevel } from './rule-def.js'
import type { ApiChange } from './operation-pair.js'

/** Operations and paths removed (judged by deprecation and x-sunset) and added. */
export const operationKinds = [
  'api-path-removed-without-deprecation',
  'api-path-removed-before-sunset',
  'api-path-removed-with-deprecation',
  'api-path-sunset-parse',
  'api-removed-without-deprecation',
  'api-removed-before-sunset',
  'api-removed-with-deprecation',
  'api-sunset-parse',
  'endpoint-added'
] as const

type OperationsKind = (typeof operationKinds)[number]

const rule = (id: OperationsKind, level: RuleLevel, description: string): RuleDef =>
  ownKindRule(id, level, description)

export const operationRules: RuleDef[] = [
  rule(
    'api-path-removed-without-deprecation',
    B,
    'A path and its operations were removed without being deprecated first.'
  ),
  rule('api-path-removed-before-sunset', B, 'A deprecated path was removed before its x-sunset date.'),
  rule(
    'api-path-removed-with-deprecation',
    I,
    'A deprecated path was removed after its sunset (or with no sunset date).'
  ),
  rule('api-path-sunset-parse', B, 'A deprecated path was removed, and its x-sunset is not a date.'),
  rule('api-removed-without-deprecation', B, 'An operation was removed without being deprecated first.'),
  rule('api-removed-before-sunset', B, 'A deprecated operation was removed before its x-sunset date.'),
  rule(
    'api-removed-with-deprecation',
    I,
    'A deprecated operation was removed after its sunset (or with no sunset date).'
  ),
  rule('api-sunset-parse', B, 'A deprecated operation was removed, and its x-sunset is not a date.'),
  rule('endpoint-added', I, 'An operation was added.')
]

/** Operations of the base that the head no longer has, and operations the head adds. */
export function detectOperationSet(bm: ApiModel, hm: ApiModel, now: Date, out: ApiChange[]): void {
  const headPaths: Loc = { file: hm.spec.root, path: ['paths'] }
  for (const [key, bp] of bm.paths) {
    const hp = hm.paths.get(key)
    for (const opKey of bp.operations) {
      const bo = bm.operations.get(opKey)!
      if (hm.operations.has(opKey)) continue
      const path = hp === undefined
      let kind: OperationsKind
      if (!bo.deprecated)
        kind = path ? 'api-path-removed-without-deprecation' : 'api-removed-without-deprecation'
      else if (bo.sunset !== undefined && Number.isNaN(Date.parse(bo.sunset)))
        kind = path ? 'api-path-sunset-parse' : 'api-sunset-parse'
      else if (bo.sunset !== undefined && Date.parse(bo.sunset) > now.getTime())
        kind = path ? 'api-path-removed-before-sunset' : 'api-removed-before-sunset'
      else kind = path ? 'api-path-removed-with-deprecation' : 'api-removed-with-deprecation'
      out.push({
        kind,
        operation: bo.label,
        loc: hp ? hp.loc : headPaths,
        side: 'head',
        detail: `${bo.label} was removed${bo.deprecated ? ` (deprecated${bo.sunset ? `, sunset ${bo.sunset}` : ''})` : ''}`,
        unstable: bo.stability === 'draft' || bo.stability === 'alpha'
      })
    }
  }
  for (const [opKey, ho] of hm.operations)
    if (!bm.operations.has(opKey))
      out.push({
        kind: 'endpoint-added',
        operation: ho.label,
        loc: ho.loc,
        side: 'head',
        detail: `${ho.label} was added`
      })
}
