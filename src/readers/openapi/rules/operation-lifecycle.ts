import { childLoc } from '../pointer.js'
import { B, I, W, type RuleDef } from './rule-def.js'
import type { OperationPair } from './operation-pair.js'
import { policyProblem } from './sunset.js'

/** Deprecation, sunset dates, stability level, operationId and tags of an operation that still exists. */
export const lifecycleKinds = [
  'endpoint-deprecated',
  'endpoint-reactivated',
  'sunset-deleted',
  'api-sunset-date-moved-earlier',
  'api-deprecated-sunset-parse',
  'api-invalid-stability-level',
  'api-stability-decreased',
  'api-operation-id-removed',
  'api-operation-id-added',
  'api-tag-removed',
  'api-tag-added',
  'api-deprecated-sunset-missing',
  'api-sunset-date-too-small',
  'api-sunset-date-changed-too-small'
] as const

export const lifecycleRules: RuleDef[] = [
  {
    id: 'api-deprecated-sunset-missing',
    kinds: ['api-deprecated-sunset-missing'],
    level: B,
    description:
      'An operation was deprecated without an x-sunset date, and the deprecation policy (`deprecation` days) requires one.'
  },
  {
    id: 'api-sunset-date-too-small',
    kinds: ['api-sunset-date-too-small'],
    level: B,
    description:
      'An operation was deprecated with an x-sunset date sooner than the deprecation policy allows (`deprecation` days for its stability).'
  },
  {
    id: 'api-sunset-date-changed-too-small',
    kinds: ['api-sunset-date-changed-too-small'],
    level: B,
    description:
      "A deprecated operation's x-sunset date changed to one sooner than the deprecation policy allows."
  },
  {
    id: 'api-deprecated-sunset-parse',
    kinds: ['api-deprecated-sunset-parse'],
    level: B,
    description: 'A deprecated operation has an x-sunset that is not a date.'
  },
  {
    id: 'api-invalid-stability-level',
    kinds: ['api-invalid-stability-level'],
    level: B,
    description: 'An operation has an x-stability-level that is not draft, alpha, beta or stable.'
  },
  {
    id: 'api-stability-decreased',
    kinds: ['api-stability-decreased'],
    level: B,
    description: "An operation's x-stability-level decreased (for example stable to beta)."
  },
  {
    id: 'endpoint-deprecated',
    kinds: ['endpoint-deprecated'],
    level: I,
    description: 'An operation was deprecated.'
  },
  {
    id: 'endpoint-reactivated',
    kinds: ['endpoint-reactivated'],
    level: I,
    description: 'An operation is no longer deprecated.'
  },
  {
    id: 'api-operation-id-removed',
    kinds: ['api-operation-id-removed'],
    level: W,
    description: 'An operationId was removed or changed: generated clients rename the method.'
  },
  {
    id: 'api-operation-id-added',
    kinds: ['api-operation-id-added'],
    level: I,
    description: 'An operationId was added.'
  },
  {
    id: 'api-tag-removed',
    kinds: ['api-tag-removed'],
    level: I,
    description: 'A tag was removed from an operation.'
  },
  {
    id: 'api-tag-added',
    kinds: ['api-tag-added'],
    level: I,
    description: 'A tag was added to an operation.'
  },
  {
    id: 'api-sunset-date-moved-earlier',
    kinds: ['api-sunset-date-moved-earlier'],
    level: B,
    description:
      'The x-sunset date of a deprecated operation moved earlier: clients have less time to migrate than they were promised.'
  },
  {
    id: 'sunset-deleted',
    kinds: ['sunset-deleted'],
    level: B,
    description:
      'The x-sunset date of a deprecated operation was removed: clients lose the date they planned their migration by.'
  }
]

export const STABILITY = ['draft', 'alpha', 'beta', 'stable']

export function detectLifecycle({ bo, ho, at, now, deprecation }: OperationPair): void {
  const op = ho.label
  const sunsetLoc = childLoc(ho.loc, 'x-sunset')
  // The deprecation policy: judged when an operation is deprecated, or when its sunset changes.
  const announced = ho.deprecated && (!bo.deprecated || bo.sunset !== ho.sunset)
  const policy = announced ? policyProblem(deprecation, ho.stability, ho.sunset, now) : undefined
  if (policy?.problem === 'missing' && !bo.deprecated)
    at(
      'api-deprecated-sunset-missing',
      `${op} was deprecated without an x-sunset date; the policy requires at least ${policy.days} days`,
      ho.loc
    )
  else if (policy?.problem === 'too-small')
    at(
      bo.deprecated ? 'api-sunset-date-changed-too-small' : 'api-sunset-date-too-small',
      `x-sunset ${ho.sunset} is less than the ${policy.days} days the deprecation policy requires`,
      sunsetLoc
    )
  if (!bo.deprecated && ho.deprecated) at('endpoint-deprecated', `${op} is now deprecated`, ho.loc)
  if (bo.deprecated && !ho.deprecated) at('endpoint-reactivated', `${op} is no longer deprecated`, ho.loc)
  if (bo.deprecated && ho.deprecated && bo.sunset !== undefined && ho.sunset === undefined)
    at('sunset-deleted', `x-sunset "${bo.sunset}" was removed from a deprecated operation`, ho.loc)
  if (
    bo.deprecated &&
    ho.deprecated &&
    bo.sunset !== undefined &&
    ho.sunset !== undefined &&
    Date.parse(ho.sunset) < Date.parse(bo.sunset)
  )
    at(
      'api-sunset-date-moved-earlier',
      `x-sunset moved earlier, from ${bo.sunset} to ${ho.sunset}`,
      childLoc(ho.loc, 'x-sunset')
    )
  // A malformed x-sunset or x-stability-level is reported when the change brings it, never again on
  // an unchanged operation (a self-diff finds nothing).
  if (
    ho.deprecated &&
    ho.sunset !== undefined &&
    ho.sunset !== bo.sunset &&
    Number.isNaN(Date.parse(ho.sunset))
  )
    at(
      'api-deprecated-sunset-parse',
      `x-sunset "${ho.sunset}" is not a date (use YYYY-MM-DD)`,
      childLoc(ho.loc, 'x-sunset')
    )
  if (ho.stability !== undefined && ho.stability !== bo.stability && !STABILITY.includes(ho.stability))
    at(
      'api-invalid-stability-level',
      `x-stability-level "${ho.stability}" is not one of ${STABILITY.join(', ')}`,
      childLoc(ho.loc, 'x-stability-level')
    )
  else if (
    bo.stability !== undefined &&
    ho.stability !== undefined &&
    STABILITY.includes(ho.stability) &&
    STABILITY.indexOf(ho.stability) < STABILITY.indexOf(bo.stability)
  )
    at(
      'api-stability-decreased',
      `stability decreased from ${bo.stability} to ${ho.stability}`,
      childLoc(ho.loc, 'x-stability-level')
    )
  if (bo.operationId !== undefined && bo.operationId !== ho.operationId)
    at(
      'api-operation-id-removed',
      `operationId "${bo.operationId}" ${ho.operationId ? `changed to "${ho.operationId}"` : 'removed'}`,
      ho.loc
    )
  else if (bo.operationId === undefined && ho.operationId !== undefined)
    at('api-operation-id-added', `operationId "${ho.operationId}" added`, ho.loc)
  for (const t of bo.tags) if (!ho.tags.includes(t)) at('api-tag-removed', `tag "${t}" removed`, ho.loc)
  for (const t of ho.tags) if (!bo.tags.includes(t)) at('api-tag-added', `tag "${t}" added`, ho.loc)
}
