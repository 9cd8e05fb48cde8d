import { resolveRef, type Spec } from './load.js'
import { childLoc, type Loc } from './pointer.js'

export type Direction = 'request' | 'response'

/** One change found inside a schema, relative to where the comparison started. */
export interface SchemaChange {
  kind: string
  /** Property path from the compared root: property names, `[]` for array items, `*` for additionalProperties. */
  path: string[]
  /** Where in the head document (or the base, for what only exists there). */
  loc: Loc
  side: 'base' | 'head'
  detail: string
}

export interface SchemaSide {
  spec: Spec
  origins: WeakMap<object, Loc>
}

/** Deepest schema nesting compared; deeper structure is not descended into. */
const MAX_SCHEMA_DEPTH = 100

const BOUNDS: Array<{ key: string; name: string; upper: boolean; numeric31?: boolean }> = [
  { key: 'maximum', name: 'max', upper: true },
  { key: 'minimum', name: 'min', upper: false },
  { key: 'exclusiveMaximum', name: 'exclusive-max', upper: true, numeric31: true },
  { key: 'exclusiveMinimum', name: 'exclusive-min', upper: false, numeric31: true },
  { key: 'maxLength', name: 'max-length', upper: true },
  { key: 'minLength', name: 'min-length', upper: false },
  { key: 'maxItems', name: 'max-items', upper: true },
  { key: 'minItems', name: 'min-items', upper: false }
]

/**
 * Format changes that accept every value the old format accepted (`int32` to `int64`, `float` to
 * `double`): compatible in a request, like oasdiff's `request-*-type-generalized`.
 */
const FORMAT_WIDENINGS = new Set(['int32>int64', 'float>double'])

/** JSON Schema 2020-12 keywords compared by presence (added / removed). */
export const PRESENCE_KEYWORDS: Array<[string, string]> = [
  ['if', 'if'],
  ['then', 'then'],
  ['else', 'else'],
  ['contains', 'contains'],
  ['propertyNames', 'property-names'],
  ['unevaluatedItems', 'unevaluated-items'],
  ['unevaluatedProperties', 'unevaluated-properties'],
  ['dependentRequired', 'dependent-required'],
  ['dependentSchemas', 'dependent-schema'],
  ['prefixItems', 'prefix-items'],
  ['patternProperties', 'pattern-property'],
  ['contentSchema', 'content-schema']
]
/** Keywords whose value change is reported as `<name>-changed`. */
export const CHANGED_KEYWORDS: Array<[string, string]> = [
  ['contentEncoding', 'content-encoding'],
  ['contentMediaType', 'content-media-type']
]

function isObject(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function stable(value: unknown, depth = 0): string {
  if (depth > 50) return '…'
  if (Array.isArray(value)) return `[${value.map((v) => stable(v, depth + 1)).join(',')}]`
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(value[k], depth + 1)}`)
      .join(',')}}`
  return JSON.stringify(value) ?? 'undefined'
}

const ALL = 'any'
type Types = Set<string> | typeof ALL

function typesOf(s: Record<string, any>): Types {
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

function nullable(s: Record<string, any>): boolean {
  return (
    s.nullable === true ||
    s['x-nullable'] === true ||
    (Array.isArray(s.type) && s.type.includes('null')) ||
    s.type === 'null' ||
    (Array.isArray(s.enum) && s.enum.includes(null))
  )
}

interface Node {
  node: Record<string, any>
  loc: Loc
}

/**
 * Compares two schemas in one direction: `request` judges contravariantly (what the server
 * accepts must not shrink), `response` covariantly (what the server sends must not grow). Pairs of
 * referenced schemas are compared once and remembered, and a pair met again while it is being
 * compared (a recursive schema) is not descended into, so cycles, within or across files, end.
 */
export class SchemaDiffer {
  private readonly memo = new Map<string, SchemaChange[]>()
  private readonly active = new Set<string>()
  private readonly ids = new WeakMap<object, number>()
  private nextId = 1

  constructor(
    private readonly base: SchemaSide,
    private readonly head: SchemaSide
  ) {}

  compare(
    b: { node: unknown; loc: Loc },
    h: { node: unknown; loc: Loc },
    direction: Direction,
    wire = false
  ): SchemaChange[] {
    return this.pair(b.node, b.loc, h.node, h.loc, direction, wire, 0)
  }

  private id(o: object): number {
    let n = this.ids.get(o)
    if (n === undefined) {
      n = this.nextId++
      this.ids.set(o, n)
    }
    return n
  }

  private pair(
    bRaw: unknown,
    bLoc: Loc,
    hRaw: unknown,
    hLoc: Loc,
    dir: Direction,
    wire: boolean,
    depth: number
  ): SchemaChange[] {
    if (depth > MAX_SCHEMA_DEPTH) return []
    const b = resolveRef(this.base.spec, bRaw, bLoc)
    const h = resolveRef(this.head.spec, hRaw, hLoc)
    if (!isObject(b.node) || !isObject(h.node)) {
      if (typeof b.node === 'boolean' || typeof h.node === 'boolean') return this.booleanSchemas(b, h, dir)
      return []
    }
    const key = `${this.id(b.node)}|${this.id(h.node)}|${dir}|${wire ? 1 : 0}`
    const viaRef = b.refKey !== undefined || h.refKey !== undefined
    const cached = this.memo.get(key)
    if (cached) return cached
    if (this.active.has(key)) return []
    this.active.add(key)
    try {
      const result = this.compareNodes(
        { node: this.merge(b.node, b.loc, this.base, 0), loc: b.loc },
        { node: this.merge(h.node, h.loc, this.head, 0), loc: h.loc },
        dir,
        wire,
        depth
      )
      if (viaRef) this.memo.set(key, result)
      return result
    } finally {
      this.active.delete(key)
    }
  }

  private booleanSchemas(
    b: { node: unknown; loc: Loc },
    h: { node: unknown; loc: Loc },
    dir: Direction
  ): SchemaChange[] {
    if (b.node === h.node) return []
    const narrowed = h.node === false || (b.node === true && isObject(h.node))
    const kind = narrowed ? 'type-changed' : dir === 'request' ? 'type-generalized' : 'type-changed'
    return [
      {
        kind,
        path: [],
        loc: h.loc,
        side: 'head',
        detail: `schema changed from ${stable(b.node)} to ${stable(h.node)}`
      }
    ]
  }

  /** The schema with its `allOf` members merged in, so moving a property into `allOf` is no change. */
  private merge(node: Record<string, any>, loc: Loc, side: SchemaSide, depth: number): Record<string, any> {
    if (!Array.isArray(node.allOf) || depth > 20) return node
    const out: Record<string, any> = { ...node }
    delete out.allOf
    const properties: Record<string, unknown> = { ...(isObject(node.properties) ? node.properties : {}) }
    const required = new Set<string>(Array.isArray(node.required) ? node.required : [])
    node.allOf.forEach((raw: unknown, i: number) => {
      const r = resolveRef(side.spec, raw, childLoc(loc, 'allOf', String(i)))
      if (!isObject(r.node)) return
      const sub = this.merge(r.node, r.loc, side, depth + 1)
      if (isObject(sub.properties))
        for (const [name, value] of Object.entries(sub.properties)) {
          if (name in properties) continue
          properties[name] = value
          if (isObject(value) && !side.origins.has(value))
            side.origins.set(value, childLoc(r.loc, 'properties', name))
        }
      if (Array.isArray(sub.required)) for (const n of sub.required) required.add(n)
      for (const [k, v] of Object.entries(sub))
        if (k !== 'properties' && k !== 'required' && out[k] === undefined) out[k] = v
    })
    if (Object.keys(properties).length > 0) out.properties = properties
    if (required.size > 0) out.required = [...required]
    return out
  }

  private childLocOf(side: SchemaSide, parent: Loc, value: unknown, ...keys: string[]): Loc {
    return (isObject(value) && side.origins.get(value)) || childLoc(parent, ...keys)
  }

  private compareNodes(b: Node, h: Node, dir: Direction, wire: boolean, depth: number): SchemaChange[] {
    const out: SchemaChange[] = []
    const bs = b.node
    const hs = h.node
    const add = (
      kind: string,
      detail: string,
      side: 'base' | 'head' = 'head',
      loc: Loc = side === 'head' ? h.loc : b.loc
    ): void => {
      out.push({ kind, path: [], loc, side, detail })
    }
    // nullable
    const bn = nullable(bs)
    const hn = nullable(hs)
    if (!bn && hn) add('became-nullable', 'became nullable')
    if (bn && !hn) add('became-not-nullable', 'became not nullable')
    // type
    const bt = typesOf(bs)
    const ht = typesOf(hs)
    const multiple =
      (Array.isArray(bs.type) && bs.type.filter((t: unknown) => t !== 'null').length > 1) ||
      (Array.isArray(hs.type) && hs.type.filter((t: unknown) => t !== 'null').length > 1)
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
      if (bs.format === undefined) add('format-added', `format set to "${hs.format}"`)
      else if (hs.format === undefined) add('format-removed', `format "${bs.format}" removed`)
      else if (dir === 'request' && FORMAT_WIDENINGS.has(`${bs.format}>${hs.format}`))
        add('type-generalized', `format widened from "${bs.format}" to "${hs.format}"`)
      else add('format-changed', `format changed from "${bs.format}" to "${hs.format}"`)
    }
    // enum
    if (Array.isArray(hs.enum) && !Array.isArray(bs.enum))
      add('became-enum', `restricted to the values ${stable(hs.enum.filter((v: unknown) => v !== null))}`)
    else if (Array.isArray(hs.enum) && Array.isArray(bs.enum)) {
      const bv = new Map(bs.enum.filter((v: unknown) => v !== null).map((v: unknown) => [stable(v), v]))
      const hv = new Map(hs.enum.filter((v: unknown) => v !== null).map((v: unknown) => [stable(v), v]))
      for (const [k] of bv) if (!hv.has(k)) add('enum-value-removed', `enum value ${k} removed`)
      for (const [k] of hv) if (!bv.has(k)) add('enum-value-added', `enum value ${k} added`)
    }
    const bx = bs['x-extensible-enum']
    const hx = hs['x-extensible-enum']
    if (Array.isArray(bx) && Array.isArray(hx)) {
      const hv = new Set(hx.map((v) => stable(v)))
      for (const v of bx)
        if (!hv.has(stable(v)))
          add('x-extensible-enum-value-removed', `x-extensible-enum value ${stable(v)} removed`)
    }
    // const
    if (bs.const === undefined && hs.const !== undefined)
      add('const-added', `const set to ${stable(hs.const)}`)
    else if (bs.const !== undefined && hs.const === undefined)
      add('const-removed', `const ${stable(bs.const)} removed`)
    else if (bs.const !== undefined && stable(bs.const) !== stable(hs.const))
      add('const-changed', `const changed from ${stable(bs.const)} to ${stable(hs.const)}`)
    // bounds
    for (const bound of BOUNDS) {
      let bv = bs[bound.key]
      let hv = hs[bound.key]
      if (bound.numeric31) {
        bv = typeof bv === 'number' ? bv : undefined
        hv = typeof hv === 'number' ? hv : undefined
      } else if (bound.key === 'maximum' || bound.key === 'minimum') {
        bv = typeof bv === 'number' ? bv : undefined
        hv = typeof hv === 'number' ? hv : undefined
      }
      if (bound.key === 'minLength' || bound.key === 'minItems') {
        // An absent minimum length or item count is 0, so setting one is an increase.
        bv = typeof bv === 'number' ? bv : 0
        hv = typeof hv === 'number' ? hv : 0
      }
      if (bv === hv) continue
      const label = bound.name.replace(/-/g, ' ')
      if (bv === undefined) add(`${bound.name}-set`, `${label} set to ${hv}`)
      else if (hv === undefined) add(`${bound.name}-unset`, `${label} ${bv} removed`)
      else if (hv < bv) add(`${bound.name}-decreased`, `${label} decreased from ${bv} to ${hv}`)
      else add(`${bound.name}-increased`, `${label} increased from ${bv} to ${hv}`)
    }
    // pattern
    if (bs.pattern !== hs.pattern) {
      if (bs.pattern === undefined) add('pattern-added', `pattern ${JSON.stringify(hs.pattern)} added`)
      else if (hs.pattern === undefined)
        add('pattern-removed', `pattern ${JSON.stringify(bs.pattern)} removed`)
      else
        add(
          'pattern-changed',
          `pattern changed from ${JSON.stringify(bs.pattern)} to ${JSON.stringify(hs.pattern)}`
        )
    }
    // default
    if (bs.default === undefined && hs.default !== undefined)
      add('default-value-added', `default value ${stable(hs.default)} set`)
    else if (bs.default !== undefined && hs.default === undefined)
      add('default-value-removed', `default value ${stable(bs.default)} removed`)
    else if (bs.default !== undefined && stable(bs.default) !== stable(hs.default))
      add(
        'default-value-changed',
        `default value changed from ${stable(bs.default)} to ${stable(hs.default)}`
      )
    // 2020-12 keywords
    for (const [key, name] of PRESENCE_KEYWORDS) {
      if (bs[key] === undefined && hs[key] !== undefined) add(`${name}-added`, `${key} added`)
      else if (bs[key] !== undefined && hs[key] === undefined) add(`${name}-removed`, `${key} removed`)
      else if (key === 'dependentRequired' && bs[key] !== undefined && stable(bs[key]) !== stable(hs[key]))
        add('dependent-required-changed', 'dependentRequired changed')
    }
    for (const [key, name] of CHANGED_KEYWORDS)
      if (bs[key] !== hs[key] && bs[key] !== undefined && hs[key] !== undefined)
        add(`${name}-changed`, `${key} changed from "${bs[key]}" to "${hs[key]}"`)
    // additionalProperties
    const bap = bs.additionalProperties
    const hap = hs.additionalProperties
    if (bap !== false && hap === false)
      add('additional-properties-forbidden', 'no longer allows additional properties')
    else if (bap === false && hap !== false && hap !== undefined)
      add('additional-properties-allowed', 'now allows additional properties')
    else if (bap === false && hap === undefined)
      add('additional-properties-allowed', 'now allows additional properties')
    if (isObject(bap) && isObject(hap))
      this.nested(
        out,
        ['*'],
        this.pair(
          bap,
          childLoc(b.loc, 'additionalProperties'),
          hap,
          childLoc(h.loc, 'additionalProperties'),
          dir,
          false,
          depth + 1
        )
      )
    // properties
    const bp: Record<string, any> = isObject(bs.properties) ? bs.properties : {}
    const hp: Record<string, any> = isObject(hs.properties) ? hs.properties : {}
    const br = new Set<string>(Array.isArray(bs.required) ? bs.required : [])
    const hr = new Set<string>(Array.isArray(hs.required) ? hs.required : [])
    const hidden = (side: SchemaSide, raw: unknown, loc: Loc): boolean => {
      const r = resolveRef(side.spec, raw, loc)
      if (!isObject(r.node)) return false
      return dir === 'request' ? r.node.readOnly === true : r.node.writeOnly === true
    }
    for (const name of Object.keys(bp)) {
      const bLoc = this.childLocOf(this.base, b.loc, bp[name], 'properties', name)
      if (!(name in hp)) {
        if (hidden(this.base, bp[name], bLoc)) continue
        out.push({
          kind: br.has(name) ? 'required-property-removed' : 'optional-property-removed',
          path: [name],
          loc: h.loc,
          side: 'head',
          detail: 'removed'
        })
        continue
      }
      const hLoc = this.childLocOf(this.head, h.loc, hp[name], 'properties', name)
      if (hidden(this.head, hp[name], hLoc)) continue
      if (!br.has(name) && hr.has(name))
        out.push({
          kind: 'property-became-required',
          path: [name],
          loc: hLoc,
          side: 'head',
          detail: 'became required'
        })
      if (br.has(name) && !hr.has(name))
        out.push({
          kind: 'property-became-optional',
          path: [name],
          loc: hLoc,
          side: 'head',
          detail: 'became optional'
        })
      this.nested(out, [name], this.pair(bp[name], bLoc, hp[name], hLoc, dir, false, depth + 1))
    }
    for (const name of Object.keys(hp)) {
      if (name in bp) continue
      const hLoc = this.childLocOf(this.head, h.loc, hp[name], 'properties', name)
      if (hidden(this.head, hp[name], hLoc)) continue
      const r = resolveRef(this.head.spec, hp[name], hLoc)
      const withDefault = isObject(r.node) && r.node.default !== undefined
      const kind = hr.has(name)
        ? dir === 'request' && withDefault
          ? 'required-property-added-with-default'
          : 'required-property-added'
        : 'optional-property-added'
      out.push({ kind, path: [name], loc: hLoc, side: 'head', detail: 'added' })
    }
    // items
    if (
      bs.items !== undefined &&
      hs.items !== undefined &&
      !Array.isArray(bs.items) &&
      !Array.isArray(hs.items)
    )
      this.nested(
        out,
        ['[]'],
        this.pair(
          bs.items,
          childLoc(b.loc, 'items'),
          hs.items,
          childLoc(h.loc, 'items'),
          dir,
          false,
          depth + 1
        )
      )
    // oneOf / anyOf
    for (const [key, name] of [
      ['oneOf', 'one-of'],
      ['anyOf', 'any-of']
    ] as const)
      this.variants(out, key, name, b, h, dir, depth)
    return out
  }

  private nested(out: SchemaChange[], prefix: string[], changes: SchemaChange[]): void {
    for (const c of changes) out.push({ ...c, path: [...prefix, ...c.path] })
  }

  private variants(
    out: SchemaChange[],
    key: string,
    name: string,
    b: Node,
    h: Node,
    dir: Direction,
    depth: number
  ): void {
    const bl: unknown[] = Array.isArray(b.node[key]) ? b.node[key] : []
    const hl: unknown[] = Array.isArray(h.node[key]) ? h.node[key] : []
    if (bl.length === 0 && hl.length === 0) return
    const ident = (side: SchemaSide, raw: unknown, loc: Loc, i: number): string => {
      if (isObject(raw) && typeof raw.$ref === 'string') return `ref:${raw.$ref.split('/').pop()}`
      const r = resolveRef(side.spec, raw, loc)
      if (isObject(r.node) && typeof r.node.title === 'string') return `title:${r.node.title}`
      if (isObject(r.node) && r.node.const !== undefined) return `const:${stable(r.node.const)}`
      if (isObject(r.node) && r.node.type !== undefined && r.node.properties === undefined)
        return `type:${stable(r.node.type)}:${r.node.format ?? ''}`
      return `index:${i}`
    }
    const bIds = bl.map((raw, i) => ({
      raw,
      id: ident(this.base, raw, childLoc(b.loc, key, String(i)), i),
      loc: childLoc(b.loc, key, String(i))
    }))
    const hIds = hl.map((raw, i) => ({
      raw,
      id: ident(this.head, raw, childLoc(h.loc, key, String(i)), i),
      loc: childLoc(h.loc, key, String(i))
    }))
    // Pair members with the same identity, each head member used once, preferring the same position.
    const used = new Set<number>()
    for (const [i, bv] of bIds.entries()) {
      let j = hIds[i]?.id === bv.id && !used.has(i) ? i : -1
      if (j === -1) j = hIds.findIndex((hv, k) => hv.id === bv.id && !used.has(k))
      if (j === -1) {
        out.push({
          kind: `${name}-removed`,
          path: [],
          loc: h.loc,
          side: 'head',
          detail: `${key} member ${bv.id.replace(/^\w+:/, '')} removed`
        })
        continue
      }
      used.add(j)
      const match = hIds[j]!
      this.nested(out, [], this.pair(bv.raw, bv.loc, match.raw, match.loc, dir, false, depth + 1))
    }
    for (const [k, hv] of hIds.entries())
      if (!used.has(k))
        out.push({
          kind: `${name}-added`,
          path: [],
          loc: hv.loc,
          side: 'head',
          detail: `${key} member ${hv.id.replace(/^\w+:/, '')} added`
        })
  }
}
