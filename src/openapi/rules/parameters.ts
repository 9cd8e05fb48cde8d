import { B, I, W, type RuleDef } from './rule-def.js'
import type { OperationPair } from './operation-pair.js'

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
  'request-parameter-reactivated'
] as const

const rule = (
  id: (typeof parameterKinds)[number],
  level: RuleDef['level'],
  description: string
): RuleDef => ({
  id,
  kinds: [id],
  level,
  description,
  direction: 'request',
  subject: 'parameter'
})

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
  rule('request-parameter-reactivated', I, 'A parameter is no longer deprecated.')
]

export function detectParameters({ bo, ho, at, schemas }: OperationPair): void {
  const param = { direction: 'request', subject: 'parameter' } as const
  for (const [key, bp] of bo.parameters) {
    const hp = ho.parameters.get(key)
    const label = `${bp.in} parameter "${bp.name}"`
    if (!hp) {
      at(
        bp.deprecated ? 'request-parameter-removed-with-deprecation' : 'request-parameter-removed',
        `${label} removed`,
        ho.loc,
        param
      )
      continue
    }
    if (!bp.required && hp.required)
      at('request-parameter-became-required', `${label} became required`, hp.loc, param)
    if (bp.required && !hp.required)
      at('request-parameter-became-optional', `${label} became optional`, hp.loc, param)
    if (!bp.deprecated && hp.deprecated)
      at('request-parameter-deprecated', `${label} deprecated`, hp.loc, param)
    if (bp.deprecated && !hp.deprecated)
      at('request-parameter-reactivated', `${label} no longer deprecated`, hp.loc, param)
    schemas(bp.schema, hp.schema, 'request', 'parameter', label, hp.in !== 'cookie')
  }
  for (const [key, hp] of ho.parameters) {
    if (bo.parameters.has(key)) continue
    const label = `${hp.in} parameter "${hp.name}"`
    const kind =
      hp.in === 'path'
        ? 'new-request-path-parameter'
        : hp.required
          ? 'new-required-request-parameter'
          : 'new-optional-request-parameter'
    at(kind, `${label} added${hp.required ? ' (required)' : ''}`, hp.loc, param)
  }
}
