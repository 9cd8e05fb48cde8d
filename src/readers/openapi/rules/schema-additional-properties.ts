import { childLoc } from '../pointer.js'
import { B, I, W, type SchemaKindDecl } from './rule-def.js'
import { isObject, type SchemaPair } from './schema-pair.js'

/** `additionalProperties: false` appearing or disappearing; schemas under `additionalProperties` are compared as `*`. */
export const additionalPropertiesKinds = [
  {
    kind: 'additional-properties-forbidden',
    phrase: 'no longer allows additional properties',
    request: B,
    response: I
  },
  {
    kind: 'additional-properties-allowed',
    phrase: 'now allows additional properties',
    request: I,
    response: W
  }
] as const satisfies readonly SchemaKindDecl[]

export function detectAdditionalProperties({ b, h, add, nested }: SchemaPair): void {
  const bap = b.node.additionalProperties
  const hap = h.node.additionalProperties
  if (bap !== false && hap === false)
    add('additional-properties-forbidden', 'no longer allows additional properties')
  else if (bap === false && hap !== false)
    add('additional-properties-allowed', 'now allows additional properties')
  if (isObject(bap) && isObject(hap))
    nested(['*'], bap, childLoc(b.loc, 'additionalProperties'), hap, childLoc(h.loc, 'additionalProperties'))
}
