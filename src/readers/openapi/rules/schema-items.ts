import { childLoc } from '../pointer.js'
import { B, I, W, type SchemaKindDecl } from './rule-def.js'
import type { SchemaPair } from './schema-pair.js'

/**
 * Array items. One `items` schema on both sides is compared as `[]` (the 2019 tuple form is
 * `prefixItems`, compared in schema-subschemas.ts); `items: false` (3.1: nothing beyond the
 * `prefixItems` tuple) appearing or disappearing is like `additionalProperties: false` for arrays.
 */
export const itemsKinds = [
  {
    kind: 'items-forbidden',
    phrase: 'no longer allows items beyond prefixItems',
    request: B,
    response: I
  },
  {
    kind: 'items-allowed',
    phrase: 'now allows items beyond prefixItems',
    request: I,
    response: W
  }
] as const satisfies readonly SchemaKindDecl[]

export function detectItems({ b, h, add, nested }: SchemaPair): void {
  const bi = b.node.items
  const hi = h.node.items
  if (bi === false || hi === false) {
    if (bi !== false) add('items-forbidden', 'no longer allows items beyond prefixItems (items: false)')
    else if (hi !== false) add('items-allowed', 'now allows items beyond prefixItems')
    return
  }
  if (bi === undefined || hi === undefined || Array.isArray(bi) || Array.isArray(hi)) return
  nested(['[]'], bi, childLoc(b.loc, 'items'), hi, childLoc(h.loc, 'items'))
}
