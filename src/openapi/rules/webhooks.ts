import type { ApiModel } from '../model.js'
import { B, I, type RuleDef } from './rule-def.js'
import type { ApiChange } from './operation-pair.js'

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
