import { B, I, W, type SchemaKindDecl } from './rule-def.js'
import { isObject, type JsonObject, type SchemaPair } from './schema-pair.js'

/**
 * `discriminator`: both sides dispatch on its property, so renaming it or remapping a value breaks
 * them; a mapping removed from a request rejects what clients send, one added to a response can
 * carry a type clients do not know.
 */
export const discriminatorKinds = [
  { kind: 'discriminator-added', phrase: 'discriminator added', request: I, response: I },
  { kind: 'discriminator-removed', phrase: 'discriminator removed', request: I, response: I },
  {
    kind: 'discriminator-property-name-changed',
    phrase: 'discriminator property name changed',
    request: B,
    response: B
  },
  { kind: 'discriminator-mapping-added', phrase: 'discriminator mapping added', request: I, response: W },
  { kind: 'discriminator-mapping-deleted', phrase: 'discriminator mapping deleted', request: B, response: I },
  { kind: 'discriminator-mapping-changed', phrase: 'discriminator mapping changed', request: B, response: B }
] as const satisfies readonly SchemaKindDecl[]

const mapping = (d: JsonObject): Map<string, string> =>
  new Map(
    isObject(d.mapping)
      ? Object.entries(d.mapping).filter((e): e is [string, string] => typeof e[1] === 'string')
      : []
  )

export function detectDiscriminator({ b, h, add }: SchemaPair): void {
  const bd = b.node.discriminator
  const hd = h.node.discriminator
  if (!isObject(bd) && !isObject(hd)) return
  if (!isObject(bd)) return add('discriminator-added', 'discriminator added')
  if (!isObject(hd)) return add('discriminator-removed', 'discriminator removed')
  if (bd.propertyName !== hd.propertyName)
    add(
      'discriminator-property-name-changed',
      `discriminator property changed from "${String(bd.propertyName)}" to "${String(hd.propertyName)}"`
    )
  const bm = mapping(bd)
  const hm = mapping(hd)
  for (const [value, target] of bm) {
    const now = hm.get(value)
    if (now === undefined)
      add('discriminator-mapping-deleted', `discriminator value "${value}" no longer mapped`)
    else if (now !== target)
      add(
        'discriminator-mapping-changed',
        `discriminator value "${value}" now maps to ${now} instead of ${target}`
      )
  }
  for (const value of hm.keys())
    if (!bm.has(value)) add('discriminator-mapping-added', `discriminator value "${value}" mapped`)
}
