import type { ApiModel, OperationModel, ParamModel } from '../model.js'
import { childLoc } from '../pointer.js'
import { B, I, W, type RuleDef } from './rule-def.js'
import type { ApiChange, OperationPair } from './operation-pair.js'
import { sunsetTime } from './sunset.js'

/**
 * Webhooks (OpenAPI 3.1): added and removed (by their deprecation, like operations), and the
 * request the API sends to receivers, compared like a response because the API is its sender.
 */
export const webhookKinds = [
  'webhook-removed',
  'webhook-added',
  'webhook-removed-before-sunset',
  'webhook-removed-with-deprecation',
  'webhook-payload-removed',
  'webhook-payload-added',
  'webhook-payload-media-type-added',
  'webhook-payload-media-type-removed'
] as const

type WebhookKind = (typeof webhookKinds)[number]

export const webhookRules: RuleDef[] = [
  {
    id: 'webhook-removed',
    kinds: ['webhook-removed'],
    level: B,
    description: 'A webhook (or one of its operations) was removed without being deprecated first.'
  },
  { id: 'webhook-added', kinds: ['webhook-added'], level: I, description: 'A webhook was added.' },
  {
    id: 'webhook-removed-before-sunset',
    kinds: ['webhook-removed-before-sunset'],
    level: B,
    description:
      'A deprecated webhook was removed before its x-sunset date (or with an x-sunset that is not a date): receivers were promised it until then.'
  },
  {
    id: 'webhook-removed-with-deprecation',
    kinds: ['webhook-removed-with-deprecation'],
    level: I,
    description: 'A deprecated webhook was removed after its sunset (or with no sunset date).'
  },
  {
    id: 'webhook-payload-removed',
    kinds: ['webhook-payload-removed'],
    level: B,
    description: 'A webhook request no longer carries a payload: receivers that read it break.'
  },
  {
    id: 'webhook-payload-added',
    kinds: ['webhook-payload-added'],
    level: I,
    description: 'A webhook request now carries a payload.'
  },
  {
    id: 'webhook-payload-media-type-added',
    kinds: ['webhook-payload-media-type-added'],
    level: W,
    description:
      'A webhook payload may now be sent with another media type: receivers that only handle the old ones may fail.'
  },
  {
    id: 'webhook-payload-media-type-removed',
    kinds: ['webhook-payload-media-type-removed'],
    level: I,
    description: 'A webhook payload is no longer sent with one of its media types.'
  }
]

/** The kind for a removed webhook operation, by its deprecation and x-sunset (as for path operations). */
function removalKind(op: OperationModel, now: Date): WebhookKind {
  if (!op.deprecated) return 'webhook-removed'
  const sunset = sunsetTime(op.sunset)
  if (sunset !== undefined && (Number.isNaN(sunset) || sunset > now.getTime()))
    return 'webhook-removed-before-sunset'
  return 'webhook-removed-with-deprecation'
}

/**
 * Webhooks and webhook operations of the base the head no longer has (one finding per removed
 * operation, named `METHOD webhook:<name>`; a removed webhook without operations is one finding
 * `webhook <name>`), and webhooks the head adds.
 */
export function detectWebhookSet(bm: ApiModel, hm: ApiModel, now: Date, out: ApiChange[]): void {
  for (const name of bm.webhooks.keys()) {
    const whole = !hm.webhooks.has(name)
    const loc = hm.webhooks.get(name) ?? { file: hm.spec.root, path: ['webhooks'] }
    const ops = [...bm.webhookOperations.values()].filter((op) => op.path === `webhook:${name}`)
    if (whole && ops.length === 0)
      out.push({
        kind: 'webhook-removed',
        loc,
        side: 'head',
        detail: `webhook "${name}" was removed`,
        operation: `webhook ${name}`
      })
    for (const op of ops) {
      if (hm.webhookOperations.has(op.label)) continue
      const deprecation = op.deprecated ? ` (deprecated${op.sunset ? `, sunset ${op.sunset}` : ''})` : ''
      out.push({
        kind: removalKind(op, now),
        loc,
        side: 'head',
        detail: whole
          ? `webhook "${name}" was removed${deprecation}`
          : `${op.label} was removed from webhook "${name}"${deprecation}`,
        operation: op.label,
        unstable: op.stability === 'draft' || op.stability === 'alpha'
      })
    }
  }
  for (const [name, loc] of hm.webhooks)
    if (!bm.webhooks.has(name))
      out.push({
        kind: 'webhook-added',
        loc,
        side: 'head',
        detail: `webhook "${name}" was added`,
        operation: `webhook ${name}`
      })
}

/**
 * A webhook's payload, compared like a response: the API sends it, so what it sends must not grow
 * (covariant), and a payload that accepts less is no problem for receivers. Its schema changes get
 * the `response-body-*` and `response-property-*` ids, with the operation `POST webhook:<name>`.
 */
export function detectWebhookPayload({ bo, ho, at, schemas }: OperationPair): void {
  const bb = bo.requestBody
  const hb = ho.requestBody
  const body = { direction: 'response', subject: 'body' } as const
  if (bb && !hb) at('webhook-payload-removed', 'payload removed', ho.loc, body)
  if (!bb && hb) at('webhook-payload-added', 'payload added', hb.loc, body)
  if (!bb || !hb) return
  for (const [mt, bmedia] of bb.content) {
    const hmedia = hb.content.get(mt)
    if (hmedia) schemas(bmedia.schema, hmedia.schema, 'response', 'body', `(payload ${mt})`)
    else at('webhook-payload-media-type-removed', `payload media type ${mt} removed`, hb.loc, body)
  }
  for (const [mt, hmedia] of hb.content)
    if (!bb.content.has(mt))
      at('webhook-payload-media-type-added', `payload media type ${mt} added`, hmedia.loc, body)
}

/**
 * The headers the API sends with a webhook request (its `in: header` parameters), compared like
 * response headers: a required one removed, or one that became optional, breaks receivers that
 * read it; their schemas are compared covariantly (`response-header-*`).
 */
export function detectWebhookHeaders({ bo, ho, at, schemas }: OperationPair): void {
  const header = { direction: 'response', subject: 'header' } as const
  const headers = (op: OperationModel): Map<string, ParamModel> =>
    new Map(
      [...op.parameters.values()].filter((p) => p.in === 'header').map((p) => [p.name.toLowerCase(), p])
    )
  const bh = headers(bo)
  const hh = headers(ho)
  for (const [key, bp] of bh) {
    const hp = hh.get(key)
    const label = `header "${bp.name}" (webhook request)`
    if (!hp) {
      at(
        bp.required ? 'required-response-header-removed' : 'optional-response-header-removed',
        `${label} removed`,
        childLoc(ho.loc, 'parameters'),
        header
      )
      continue
    }
    if (bp.required && !hp.required)
      at('response-header-became-optional', `${label} became optional`, hp.loc, header)
    schemas(bp.schema, hp.schema, 'response', 'header', label)
  }
  for (const [key, hp] of hh)
    if (!bh.has(key))
      at('response-header-added', `header "${hp.name}" (webhook request) added`, hp.loc, header)
}
