import { childLoc } from '../pointer.js'
import type { SchemaPair } from './schema-pair.js'

/** Array items (one schema, not the 2019 tuple form) are compared as `[]`; no kinds of their own. */
export function detectItems({ b, h, nested }: SchemaPair): void {
  const bi = b.node.items
  const hi = h.node.items
  if (bi === undefined || hi === undefined || Array.isArray(bi) || Array.isArray(hi)) return
  nested(['[]'], bi, childLoc(b.loc, 'items'), hi, childLoc(h.loc, 'items'))
}
