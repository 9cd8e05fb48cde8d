import type { ApiModel } from '../model.js'
import { B, I, type RuleDef } from './rule-def.js'
import type { ApiChange, OperationPair } from './operation-pair.js'

/** Webhooks (OpenAPI 3.1) added and removed. */
export const webhookKinds = ['webhook-removed', 'webhook-added'] as const

export const webhookRules: RuleDef[] = [
  { id: 'webhook-removed', kinds: ['webhook-removed'], level: B, description: 'A webhook was removed.' },
  { id: 'webhook-added', kinds: ['webhook-added'], level: I, description: 'A webhook was added.' }
]

export function detectWebhookSet(bm: ApiModel, hm: ApiModel, out: ApiChange[]): void {
  for (const name of bm.webhooks.keys())
    if (!hm.webhooks.has(name))
      out.push({
        kind: 'webhook-removed',
        loc: { file: hm.spec.root, path: ['webhooks'] },
        side: 'head',
        detail: `webhook "${name}" was removed`,
        operation: `webhook ${name}`
      })
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
 * (covariant), and a payload that accepts less is no problem for receivers. Its changes get the
 * `response-body-*` and `response-property-*` ids, with the operation `POST webhook:<name>`.
 * Media types, headers and the receiver's answer are not compared yet.
 */
export function detectWebhookPayload({ bo, ho, schemas }: OperationPair): void {
  const bb = bo.requestBody
  const hb = ho.requestBody
  if (!bb || !hb) return
  for (const [mt, bmedia] of bb.content) {
    const hmedia = hb.content.get(mt)
    if (hmedia) schemas(bmedia.schema, hmedia.schema, 'response', 'body', `(payload ${mt})`)
  }
}
