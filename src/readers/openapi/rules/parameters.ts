import { B, I, W, ownKindRule, type RuleDef, type RuleLevel } from './rule-def.js'
import type { ParamModel } from '../model.js'
import { childLoc } from '../pointer.js'
import type { OperationPair } from './operation-pair.js'
import { policyProblem, sunsetTime } from './sunset.js'

/** Parameters added, removed, made required or optional, deprecated; their schemas are compared as `request-parameter-*`. */
export const parameterKinds = [
  'new-required-request-parameter',
  'new-optional-request-parameter',
  'new-request-path-parameter',
  'request-parameter-removed',
  'request-parameter-removed-with-deprecation',
  'request-parameter-became-required',
  'request-parameter-became-optional',
  'request-parameter-deprecated',
  'request-parameter-reactivated',
  'request-parameter-removed-before-sunset',
  'request-parameter-sunset-parse',
  'request-parameter-sunset-deleted',
  'request-parameter-sunset-date-moved-earlier',
  'request-parameter-deprecated-sunset-missing',
  'request-parameter-sunset-date-too-small'
] as const

/** Where every parameter rule and finding sits. */
const PARAMETER = { direction: 'request', subject: 'parameter' } as const

const rule = (id: (typeof parameterKinds)[number], level: RuleLevel, description: string): RuleDef =>
  ownKindRule(id, level, description, PARAMETER)

export const parameterRules: RuleDef[] = [
  rule(
    'new-required-request-parameter',
    B,
    'A required parameter was added: clients that do not send it are rejected.'
  ),
  rule('new-optional-request-parameter', I, 'An optional parameter was added.'),
  rule('new-request-path-parameter', B, 'A path parameter was added: existing URLs no longer match.'),
  rule(
    'request-parameter-removed',
    W,
    'A parameter was removed: what clients still send may be ignored or rejected.'
  ),
  rule('request-parameter-removed-with-deprecation', I, 'A deprecated parameter was removed.'),
  rule(
    'request-parameter-became-required',
    B,
    'A parameter became required: clients that omit it are rejected.'
  ),
  rule('request-parameter-became-optional', I, 'A parameter became optional.'),
  rule('request-parameter-deprecated', I, 'A parameter was deprecated.'),
  rule('request-parameter-reactivated', I, 'A parameter is no longer deprecated.'),
  rule(
    'request-parameter-removed-before-sunset',
    B,
    'A deprecated parameter was removed before its x-sunset date: clients were promised it until then.'
  ),
  rule(
    'request-parameter-sunset-parse',
    B,
    'A deprecated parameter has an x-sunset that is not a date (reported when the change brings it, or removes the parameter).'
  ),
  rule(
    'request-parameter-sunset-deleted',
    B,
    'The x-sunset date of a deprecated parameter was removed: clients lose the date they planned their migration by.'
  ),
  rule(
    'request-parameter-sunset-date-moved-earlier',
    B,
    'The x-sunset date of a deprecated parameter moved earlier: clients have less time to migrate than they were promised.'
  ),
  rule(
    'request-parameter-deprecated-sunset-missing',
    B,
    'A parameter was deprecated without an x-sunset date, and the deprecation policy (`deprecation` days) requires one.'
  ),
  rule(
    'request-parameter-sunset-date-too-small',
    B,
    'A parameter was deprecated with an x-sunset date sooner than the deprecation policy allows.'
  )
]

/**
 * Type changes of a property inside an object parameter (`?filter[age]=3`, `style: deepObject`) get
 * oasdiff's `request-parameter-property-*` ids; the other changes inside it are `request-property-*`.
 */
export const PARAMETER_PROPERTY_KINDS = new Set<string>([
  'type-changed',
  'type-generalized',
  'list-of-types-narrowed',
  'list-of-types-widened'
])

export const parameterPropertyRules: RuleDef[] = (
  [
    [
      'type-changed',
      B,
      'A property of an object parameter (deepObject) changed type: clients that send the old type are rejected.'
    ],
    ['type-generalized', I, 'A property of an object parameter (deepObject) accepts a wider type.'],
    ['list-of-types-narrowed', B, 'A property of an object parameter (deepObject) accepts fewer types.'],
    ['list-of-types-widened', I, 'A property of an object parameter (deepObject) accepts more types.']
  ] as const
).map(([kind, level, description]) => ({
  id: `request-parameter-property-${kind}`,
  kinds: [kind],
  level,
  description,
  direction: 'request',
  subject: 'parameter-property'
}))

export function detectParameters({ bo, ho, at, schemas, now, deprecation }: OperationPair): void {
  // Maps are walked with forEach: without the optimizing compilers each `for…of` step allocates (ADR 0020).
  bo.parameters.forEach((bp, key) => {
    const hp = ho.parameters.get(key)
    const label = `${bp.in} parameter "${bp.name}"`
    if (!hp) {
      const sunset = sunsetTime(bp.sunset)
      const kind = !bp.deprecated
        ? 'request-parameter-removed'
        : sunset !== undefined && Number.isNaN(sunset)
          ? 'request-parameter-sunset-parse'
          : sunset !== undefined && sunset > now.getTime()
            ? 'request-parameter-removed-before-sunset'
            : 'request-parameter-removed-with-deprecation'
      at(
        kind,
        `${label} removed${bp.deprecated && bp.sunset ? ` (deprecated, sunset ${bp.sunset})` : ''}`,
        ho.loc,
        PARAMETER
      )
      return
    }
    detectParameterSunset(label, bp, hp, ho.stability, { at, now, deprecation })
    if (!bp.required && hp.required)
      at('request-parameter-became-required', `${label} became required`, hp.loc, PARAMETER)
    if (bp.required && !hp.required)
      at('request-parameter-became-optional', `${label} became optional`, hp.loc, PARAMETER)
    if (!bp.deprecated && hp.deprecated)
      at('request-parameter-deprecated', `${label} deprecated`, hp.loc, PARAMETER)
    if (bp.deprecated && !hp.deprecated)
      at('request-parameter-reactivated', `${label} no longer deprecated`, hp.loc, PARAMETER)
    schemas(bp.schema, hp.schema, 'request', 'parameter', label, hp.in !== 'cookie')
  })
  ho.parameters.forEach((hp, key) => {
    if (bo.parameters.has(key)) return
    const label = `${hp.in} parameter "${hp.name}"`
    const kind =
      hp.in === 'path'
        ? 'new-request-path-parameter'
        : hp.required
          ? 'new-required-request-parameter'
          : 'new-optional-request-parameter'
    at(kind, `${label} added${hp.required ? ' (required)' : ''}`, hp.loc, PARAMETER)
  })
}

/** The x-sunset of a parameter both versions have, like an operation's (operation-lifecycle.ts). */
function detectParameterSunset(
  label: string,
  bp: ParamModel,
  hp: ParamModel,
  stability: string | undefined,
  { at, now, deprecation }: Pick<OperationPair, 'at' | 'now' | 'deprecation'>
): void {
  const sunsetLoc = childLoc(hp.loc, 'x-sunset')
  if (!hp.deprecated) return
  const before = sunsetTime(bp.sunset)
  const after = sunsetTime(hp.sunset)
  if (bp.deprecated && bp.sunset !== undefined && hp.sunset === undefined)
    at('request-parameter-sunset-deleted', `${label}: x-sunset "${bp.sunset}" was removed`, hp.loc, PARAMETER)
  if (bp.deprecated && before !== undefined && after !== undefined && after < before)
    at(
      'request-parameter-sunset-date-moved-earlier',
      `${label}: x-sunset moved earlier, from ${bp.sunset} to ${hp.sunset}`,
      sunsetLoc,
      PARAMETER
    )
  if (after !== undefined && Number.isNaN(after) && hp.sunset !== bp.sunset)
    at(
      'request-parameter-sunset-parse',
      `${label}: x-sunset "${hp.sunset}" is not a date (use YYYY-MM-DD)`,
      sunsetLoc,
      PARAMETER
    )
  if (!bp.deprecated || bp.sunset !== hp.sunset) {
    const policy = policyProblem(deprecation, stability, hp.sunset, now)
    if (policy?.problem === 'missing' && !bp.deprecated)
      at(
        'request-parameter-deprecated-sunset-missing',
        `${label} was deprecated without an x-sunset date; the policy requires at least ${policy.days} days`,
        hp.loc,
        PARAMETER
      )
    else if (policy?.problem === 'too-small')
      at(
        'request-parameter-sunset-date-too-small',
        `${label}: x-sunset ${hp.sunset} is less than the ${policy.days} days the deprecation policy requires`,
        sunsetLoc,
        PARAMETER
      )
  }
}
