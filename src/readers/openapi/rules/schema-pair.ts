import type { Loc } from '../pointer.js'
import type { Spec } from '../load.js'
import type { SchemaKind } from './change-kinds.js'
import type { Direction } from './rule-def.js'

/** A JSON value that is an object (a schema, once `$ref`s are followed). */
export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A canonical text of a JSON value (keys sorted), to compare enum values, defaults and consts. */
export function stable(value: unknown, depth = 0): string {
  if (depth > 50) return '…'
  if (Array.isArray(value)) return `[${value.map((v) => stable(v, depth + 1)).join(',')}]`
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(value[k], depth + 1)}`)
      .join(',')}}`
  return JSON.stringify(value) ?? 'undefined'
}

export function numberAt(schema: JsonObject, key: string): number | undefined {
  const v = schema[key]
  return typeof v === 'number' ? v : undefined
}

export function listAt(schema: JsonObject, key: string): unknown[] | undefined {
  const v = schema[key]
  return Array.isArray(v) ? v : undefined
}

/** One change found inside a schema, relative to where the comparison started. */
export interface SchemaChange {
  kind: SchemaKind
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

export interface SchemaNode {
  node: JsonObject
  loc: Loc
}

/**
 * Two schemas being compared (allOf already merged), and what a family detector may do: report a
 * change at the root of the pair, report one at a property path, or compare two sub-schemas.
 */
export interface SchemaPair {
  b: SchemaNode
  h: SchemaNode
  dir: Direction
  /** A parameter sent as text (query, path, header): everything is a string on the wire. */
  wire: boolean
  base: SchemaSide
  head: SchemaSide
  add(kind: SchemaKind, detail: string, side?: 'base' | 'head', loc?: Loc): void
  push(change: SchemaChange): void
  /** Compares two sub-schemas and reports their changes under `prefix`. */
  nested(prefix: string[], bRaw: unknown, bLoc: Loc, hRaw: unknown, hLoc: Loc): void
  /** The location of a child, or where a synthesized node really lives. */
  childLocOf(side: SchemaSide, parent: Loc, value: unknown, ...keys: string[]): Loc
}

/** A family detector: reads one pair and reports what changed. */
export type SchemaDetector = (pair: SchemaPair) => void
