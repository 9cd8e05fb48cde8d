import { B, I, ownKindRule, type RuleDef, type RuleLevel } from './rule-def.js'
import type { OperationPair } from './operation-pair.js'

/** The request body: added, removed, required or optional, and its media types; schemas compared as `request-body-*`. */
export const requestBodyKinds = [
  'request-body-added-required',
  'request-body-added-optional',
  'request-body-removed',
  'request-body-became-required',
  'request-body-became-optional',
  'request-body-media-type-removed',
  'request-body-media-type-added'
] as const

/** Where every request body rule and finding sits. */
const BODY = { direction: 'request', subject: 'body' } as const

const rule = (id: (typeof requestBodyKinds)[number], level: RuleLevel, description: string): RuleDef =>
  ownKindRule(id, level, description, BODY)

export const requestBodyRules: RuleDef[] = [
  rule(
    'request-body-added-required',
    B,
    'A required request body was added: clients that send none are rejected.'
  ),
  rule('request-body-added-optional', I, 'An optional request body was added.'),
  rule('request-body-removed', B, 'The request body was removed: what clients send is no longer accepted.'),
  rule('request-body-became-required', B, 'The request body became required.'),
  rule('request-body-became-optional', I, 'The request body became optional.'),
  rule(
    'request-body-media-type-removed',
    B,
    'A request body media type was removed: clients that send it are rejected.'
  ),
  rule('request-body-media-type-added', I, 'A request body media type was added.')
]

export function detectRequestBody({ bo, ho, at, schemas }: OperationPair): void {
  const bb = bo.requestBody
  const hb = ho.requestBody
  if (!bb && hb)
    at(
      hb.required ? 'request-body-added-required' : 'request-body-added-optional',
      `request body added${hb.required ? ' (required)' : ''}`,
      hb.loc,
      BODY
    )
  else if (bb && !hb) at('request-body-removed', 'request body removed', ho.loc, BODY)
  else if (bb && hb) {
    if (!bb.required && hb.required)
      at('request-body-became-required', 'request body became required', hb.loc, BODY)
    if (bb.required && !hb.required)
      at('request-body-became-optional', 'request body became optional', hb.loc, BODY)
    for (const [mt, bmedia] of bb.content) {
      const hmedia = hb.content.get(mt)
      if (!hmedia) at('request-body-media-type-removed', `media type ${mt} removed`, hb.loc, BODY)
      else schemas(bmedia.schema, hmedia.schema, 'request', 'body', `(${mt})`)
    }
    for (const [mt, hmedia] of hb.content)
      if (!bb.content.has(mt)) at('request-body-media-type-added', `media type ${mt} added`, hmedia.loc, BODY)
  }
}
