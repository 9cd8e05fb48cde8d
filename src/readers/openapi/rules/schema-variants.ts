import { resolveRef } from '../load.js'
import { childLoc, type Loc } from '../pointer.js'
import { B, I, type SchemaKindDecl } from './rule-def.js'
import { isObject, stable, type SchemaPair, type SchemaSide } from './schema-pair.js'

/**
 * `oneOf` / `anyOf` members, paired by identity (the `$ref` name, a title, a const, a plain type)
 * and compared pair by pair. A new member in a response can be a shape clients do not handle.
 */
export const variantKinds = [
  { kind: 'one-of-removed', phrase: 'oneOf member removed', request: B, response: I },
  { kind: 'one-of-added', phrase: 'oneOf member added', request: I, response: B },
  { kind: 'any-of-removed', phrase: 'anyOf member removed', request: B, response: I },
  { kind: 'any-of-added', phrase: 'anyOf member added', request: I, response: B }
] as const satisfies readonly SchemaKindDecl[]

interface Member {
  raw: unknown
  id: string
  loc: Loc
}

function identity(side: SchemaSide, raw: unknown, loc: Loc, i: number): string {
  if (isObject(raw) && typeof raw.$ref === 'string') return `ref:${raw.$ref.split('/').pop()}`
  const r = resolveRef(side.spec, raw, loc)
  const node: unknown = r.node
  if (isObject(node) && typeof node.title === 'string') return `title:${node.title}`
  if (isObject(node) && node.const !== undefined) return `const:${stable(node.const)}`
  if (isObject(node) && node.type !== undefined && node.properties === undefined)
    return `type:${stable(node.type)}:${typeof node.format === 'string' ? node.format : ''}`
  return `index:${i}`
}

function members(side: SchemaSide, list: unknown, parent: Loc, key: string): Member[] {
  if (!Array.isArray(list)) return []
  return list.map((raw: unknown, i) => {
    const loc = childLoc(parent, key, String(i))
    return { raw, id: identity(side, raw, loc, i), loc }
  })
}

export function detectVariants(pair: SchemaPair): void {
  for (const [key, name] of [
    ['oneOf', 'one-of'],
    ['anyOf', 'any-of']
  ] as const)
    compareMembers(pair, key, name)
}

function compareMembers(pair: SchemaPair, key: 'oneOf' | 'anyOf', name: 'one-of' | 'any-of'): void {
  const { b, h, base, head, push, nested } = pair
  const bl = members(base, b.node[key], b.loc, key)
  const hl = members(head, h.node[key], h.loc, key)
  if (bl.length === 0 && hl.length === 0) return
  const shown = (m: Member): string => m.id.replace(/^\w+:/, '')
  // Pair members with the same identity, each head member used once, preferring the same position.
  const used = new Set<number>()
  for (const [i, bm] of bl.entries()) {
    let j = hl[i]?.id === bm.id && !used.has(i) ? i : -1
    if (j === -1) j = hl.findIndex((hm, k) => hm.id === bm.id && !used.has(k))
    if (j === -1) {
      push({
        kind: `${name}-removed`,
        path: [],
        loc: h.loc,
        side: 'head',
        detail: `${key} member ${shown(bm)} removed`
      })
      continue
    }
    used.add(j)
    const match = hl[j]!
    nested([], bm.raw, bm.loc, match.raw, match.loc)
  }
  for (const [k, hm] of hl.entries())
    if (!used.has(k))
      push({
        kind: `${name}-added`,
        path: [],
        loc: hm.loc,
        side: 'head',
        detail: `${key} member ${shown(hm)} added`
      })
}
