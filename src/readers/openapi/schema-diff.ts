import { resolveRef } from './load.js'
import { childLoc, type Loc } from './pointer.js'
import type { Direction } from './rules/rule-def.js'
import { detectAdditionalProperties } from './rules/schema-additional-properties.js'
import { detectBounds } from './rules/schema-bounds.js'
import { detectDefault } from './rules/schema-default.js'
import { detectDiscriminator } from './rules/schema-discriminator.js'
import { detectEnum } from './rules/schema-enum.js'
import { detectItems } from './rules/schema-items.js'
import { detectKeywords } from './rules/schema-keywords.js'
import {
  isObject,
  stable,
  type JsonObject,
  type SchemaChange,
  type SchemaDetector,
  type SchemaNode,
  type SchemaPair,
  type SchemaSide
} from './rules/schema-pair.js'
import { detectPattern } from './rules/schema-pattern.js'
import { detectProperties } from './rules/schema-properties.js'
import { detectType } from './rules/schema-type.js'
import { detectVariants } from './rules/schema-variants.js'

export type { Direction, SchemaChange, SchemaSide }

/** Deepest schema nesting compared; deeper structure is not descended into. */
const MAX_SCHEMA_DEPTH = 100

/** The schema families, in the order their changes are reported. */
const DETECTORS: readonly SchemaDetector[] = [
  detectType,
  detectEnum,
  detectBounds,
  detectPattern,
  detectDefault,
  detectKeywords,
  detectAdditionalProperties,
  detectProperties,
  detectItems,
  detectVariants,
  detectDiscriminator
]

/**
 * Compares two schemas in one direction: `request` judges contravariantly (what the server
 * accepts must not shrink), `response` covariantly (what the server sends must not grow). Each
 * family in src/readers/openapi/rules/schema-*.ts reads the pair; pairs of referenced schemas are compared
 * once and remembered, and a pair met again while it is being compared (a recursive schema) is not
 * descended into, so cycles, within or across files, end.
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
    const bNode: unknown = b.node
    const hNode: unknown = h.node
    if (!isObject(bNode) || !isObject(hNode)) {
      if (typeof bNode === 'boolean' || typeof hNode === 'boolean')
        return booleanSchemas(bNode, hNode, h.loc, dir)
      return []
    }
    const key = `${this.id(bNode)}|${this.id(hNode)}|${dir}|${wire ? 1 : 0}`
    const viaRef = b.refKey !== undefined || h.refKey !== undefined
    const cached = this.memo.get(key)
    if (cached) return cached
    if (this.active.has(key)) return []
    this.active.add(key)
    try {
      const result = this.compareNodes(
        { node: this.merge(bNode, b.loc, this.base, 0), loc: b.loc },
        { node: this.merge(hNode, h.loc, this.head, 0), loc: h.loc },
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

  /** The schema with its `allOf` members merged in, so moving a property into `allOf` is no change. */
  private merge(node: JsonObject, loc: Loc, side: SchemaSide, depth: number): JsonObject {
    if (!Array.isArray(node.allOf) || depth > 20) return node
    const out: JsonObject = { ...node }
    delete out.allOf
    const properties: JsonObject = { ...(isObject(node.properties) ? node.properties : {}) }
    const required = new Set<string>(
      Array.isArray(node.required) ? node.required.filter((n): n is string => typeof n === 'string') : []
    )
    node.allOf.forEach((raw: unknown, i: number) => {
      const r = resolveRef(side.spec, raw, childLoc(loc, 'allOf', String(i)))
      const member: unknown = r.node
      if (!isObject(member)) return
      const sub = this.merge(member, r.loc, side, depth + 1)
      if (isObject(sub.properties))
        for (const [name, value] of Object.entries(sub.properties)) {
          if (name in properties) continue
          properties[name] = value
          if (isObject(value) && !side.origins.has(value))
            side.origins.set(value, childLoc(r.loc, 'properties', name))
        }
      if (Array.isArray(sub.required))
        for (const n of sub.required) if (typeof n === 'string') required.add(n)
      for (const [k, v] of Object.entries(sub))
        if (k !== 'properties' && k !== 'required' && out[k] === undefined) out[k] = v
    })
    if (Object.keys(properties).length > 0) out.properties = properties
    if (required.size > 0) out.required = [...required]
    return out
  }

  /** Runs every family detector on one pair of (merged) schemas. */
  private compareNodes(
    b: SchemaNode,
    h: SchemaNode,
    dir: Direction,
    wire: boolean,
    depth: number
  ): SchemaChange[] {
    const out: SchemaChange[] = []
    const pair: SchemaPair = {
      b,
      h,
      dir,
      wire,
      base: this.base,
      head: this.head,
      add: (kind, detail, side = 'head', loc = side === 'head' ? h.loc : b.loc) =>
        out.push({ kind, path: [], loc, side, detail }),
      push: (change) => out.push(change),
      nested: (prefix, bRaw, bLoc, hRaw, hLoc) => {
        for (const c of this.pair(bRaw, bLoc, hRaw, hLoc, dir, false, depth + 1))
          out.push({ ...c, path: [...prefix, ...c.path] })
      },
      childLocOf: (side, parent, value, ...keys) =>
        (isObject(value) && side.origins.get(value)) || childLoc(parent, ...keys)
    }
    for (const detect of DETECTORS) detect(pair)
    return out
  }
}

/** `true` / `false` schemas (3.1): `false` accepts nothing, `true` everything. */
function booleanSchemas(bNode: unknown, hNode: unknown, hLoc: Loc, dir: Direction): SchemaChange[] {
  if (bNode === hNode) return []
  const narrowed = hNode === false || (bNode === true && isObject(hNode))
  const kind = narrowed ? 'type-changed' : dir === 'request' ? 'type-generalized' : 'type-changed'
  return [
    {
      kind,
      path: [],
      loc: hLoc,
      side: 'head',
      detail: `schema changed from ${stable(bNode)} to ${stable(hNode)}`
    }
  ]
}
