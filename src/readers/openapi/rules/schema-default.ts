import { B, I, type SchemaKindDecl } from './rule-def.js'
import { stable, type SchemaPair } from './schema-pair.js'

/** `default`: informative, except on a request parameter, where the server acts on it for clients that omit it. */
export const defaultKinds = [
  {
    kind: 'default-value-added',
    phrase: 'default value set',
    request: I,
    response: I,
    overrides: { 'request|parameter': B }
  },
  {
    kind: 'default-value-removed',
    phrase: 'default value removed',
    request: I,
    response: I,
    overrides: { 'request|parameter': B }
  },
  {
    kind: 'default-value-changed',
    phrase: 'default value changed',
    request: I,
    response: I,
    overrides: { 'request|parameter': B }
  }
] as const satisfies readonly SchemaKindDecl[]

export function detectDefault({ b, h, add }: SchemaPair): void {
  const bd = b.node.default
  const hd = h.node.default
  if (bd === undefined && hd !== undefined) add('default-value-added', `default value ${stable(hd)} set`)
  else if (bd !== undefined && hd === undefined)
    add('default-value-removed', `default value ${stable(bd)} removed`)
  else if (bd !== undefined && stable(bd) !== stable(hd))
    add('default-value-changed', `default value changed from ${stable(bd)} to ${stable(hd)}`)
}
