import { childLoc } from '../pointer.js'
import { isObject, type SchemaPair } from './schema-pair.js'

/**
 * The constraints inside JSON Schema 2020-12 subschemas (OpenAPI 3.1), when the keyword is on both
 * sides: `if`/`then`/`else`, `contains`, `propertyNames`, `unevaluatedProperties`/`unevaluatedItems`
 * and `contentSchema` are compared like the schema that holds them, `dependentSchemas` and
 * `patternProperties` entry by entry, `prefixItems` position by position. Their changes carry the
 * ids of the schema families (`request-property-max-length-decreased` under `(then).name`…); a
 * keyword that appears or disappears is schema-keywords.ts, an entry that does is reported here with
 * the same kinds. No kinds of their own.
 */
const SINGLE: ReadonlyArray<string> = [
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contentSchema'
]

const MAPS: ReadonlyArray<readonly [string, 'dependent-schema' | 'pattern-property']> = [
  ['dependentSchemas', 'dependent-schema'],
  ['patternProperties', 'pattern-property']
]

export function detectSubschemas({ b, h, add, nested }: SchemaPair): void {
  const bs = b.node
  const hs = h.node
  for (const key of SINGLE)
    if (bs[key] !== undefined && hs[key] !== undefined)
      nested([`(${key})`], bs[key], childLoc(b.loc, key), hs[key], childLoc(h.loc, key))
  for (const [key, stem] of MAPS) {
    const bm = bs[key]
    const hm = hs[key]
    if (!isObject(bm) || !isObject(hm)) continue
    for (const name of Object.keys(hm))
      if (!Object.hasOwn(bm, name))
        add(`${stem}-added`, `${key} entry "${name}" added`, 'head', childLoc(h.loc, key, name))
    for (const name of Object.keys(bm))
      if (!Object.hasOwn(hm, name))
        add(`${stem}-removed`, `${key} entry "${name}" removed`, 'base', childLoc(b.loc, key, name))
      else
        nested(
          [`(${key} ${name})`],
          bm[name],
          childLoc(b.loc, key, name),
          hm[name],
          childLoc(h.loc, key, name)
        )
  }
  const bp = bs.prefixItems
  const hp = hs.prefixItems
  if (Array.isArray(bp) && Array.isArray(hp))
    for (let i = 0; i < Math.min(bp.length, hp.length); i++)
      nested(
        [`(prefixItems ${i})`],
        bp[i],
        childLoc(b.loc, 'prefixItems', String(i)),
        hp[i],
        childLoc(h.loc, 'prefixItems', String(i))
      )
}
