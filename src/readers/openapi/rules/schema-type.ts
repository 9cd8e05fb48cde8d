import { B, I, type SchemaKindDecl } from './rule-def.js'
import type { JsonObject, SchemaPair } from './schema-pair.js'

/** Nullability, type and format. */
export const typeKinds = [
  { kind: 'became-nullable', phrase: 'became nullable', request: I, response: B },
  { kind: 'became-not-nullable', phrase: 'became not nullable', request: B, response: I },
  { kind: 'type-changed', phrase: 'type changed incompatibly', request: B, response: B },
  { kind: 'type-generalized', phrase: 'type generalized (accepts more)', request: I, response: null },
  { kind: 'type-specialized', phrase: 'type specialized (sends less)', request: null, response: I },
  { kind: 'list-of-types-widened', phrase: 'list of types widened', request: I, response: B },
  { kind: 'list-of-types-narrowed', phrase: 'list of types narrowed', request: B, response: I },
  { kind: 'format-added', phrase: 'format set', request: B, response: I },
  { kind: 'format-removed', phrase: 'format removed', request: I, response: B },
  { kind: 'format-changed', phrase: 'format changed', request: B, response: B }
] as const satisfies readonly SchemaKindDecl[]

/**
 * Format changes that accept every value the old format accepted (`int32` to `int64`, `float` to
 * `double`): compatible in a request, like oasdiff's `request-*-type-generalized`.
 */
const FORMAT_WIDENINGS = new Set(['int32>int64', 'float>double'])

const ALL = 'any'
type Types = Set<string> | typeof ALL

function typesOf(s: JsonObject): Types {
  const t = s.type
  if (Array.isArray(t)) return new Set(t.filter((x): x is string => typeof x === 'string' && x !== 'null'))
  if (typeof t === 'string' && t !== 'null') return new Set([t])
  return ALL
}

function covers(a: Types, b: Types): boolean {
  if (a === ALL) return true
  if (b === ALL) return false
  for (const t of b) if (!a.has(t) && !(t === 'integer' && a.has('number'))) return false
  return true
}

function showTypes(t: Types): string {
  return t === ALL ? 'any type' : [...t].join('|') || 'null'
}

function nullable(s: JsonObject): boolean {
  return (
    s.nullable === true ||
    s['x-nullable'] === true ||
    (Array.isArray(s.type) && s.type.includes('null')) ||
    s.type === 'null' ||
    (Array.isArray(s.enum) && s.enum.includes(null))
  )
}

const severalTypes = (s: JsonObject): boolean =>
  Array.isArray(s.type) && s.type.filter((t: unknown) => t !== 'null').length > 1

export function detectType({ b, h, dir, wire, add }: SchemaPair): void {
  const bs = b.node
  const hs = h.node
  const bn = nullable(bs)
  const hn = nullable(hs)
  if (!bn && hn) add('became-nullable', 'became nullable')
  if (bn && !hn) add('became-not-nullable', 'became not nullable')
  const bt = typesOf(bs)
  const ht = typesOf(hs)
  const multiple = severalTypes(bs) || severalTypes(hs)
  const wireWidened =
    wire &&
    ht !== ALL &&
    ht.size === 1 &&
    ht.has('string') &&
    hs.format === undefined &&
    hs.pattern === undefined &&
    hs.enum === undefined
  if (!(covers(bt, ht) && covers(ht, bt))) {
    const detail = `type changed from ${showTypes(bt)} to ${showTypes(ht)}`
    if (covers(ht, bt) || wireWidened) {
      if (multiple) add('list-of-types-widened', detail)
      else add(dir === 'request' ? 'type-generalized' : 'type-changed', detail)
    } else if (covers(bt, ht)) {
      if (multiple) add('list-of-types-narrowed', detail)
      else add(dir === 'request' ? 'type-changed' : 'type-specialized', detail)
    } else add('type-changed', detail)
  } else if (bs.format !== hs.format) {
    const bf = String(bs.format)
    const hf = String(hs.format)
    if (bs.format === undefined) add('format-added', `format set to "${hf}"`)
    else if (hs.format === undefined) add('format-removed', `format "${bf}" removed`)
    else if (dir === 'request' && FORMAT_WIDENINGS.has(`${bf}>${hf}`))
      add('type-generalized', `format widened from "${bf}" to "${hf}"`)
    else add('format-changed', `format changed from "${bf}" to "${hf}"`)
  }
}
