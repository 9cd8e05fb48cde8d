import { B, I, W, type SchemaKindDecl } from './rule-def.js'
import { numberAt, type SchemaPair } from './schema-pair.js'

/**
 * Numeric bounds. An upper bound that decreases, or a lower bound that increases, accepts less:
 * breaking in a request. The opposite sends more: breaking in a response. An absent `minLength` or
 * `minItems` is 0 and an absent `minContains` is 1 (JSON Schema's defaults), so they have no set /
 * unset kinds.
 */
export const boundKinds = [
  { kind: 'max-decreased', phrase: 'maximum decreased', request: B, response: I },
  { kind: 'max-increased', phrase: 'maximum increased', request: I, response: B },
  { kind: 'max-set', phrase: 'maximum set', request: W, response: I },
  { kind: 'max-unset', phrase: 'maximum removed', request: I, response: B },
  { kind: 'min-increased', phrase: 'minimum increased', request: B, response: I },
  { kind: 'min-decreased', phrase: 'minimum decreased', request: I, response: B },
  { kind: 'min-set', phrase: 'minimum set', request: W, response: I },
  { kind: 'min-unset', phrase: 'minimum removed', request: I, response: B },
  { kind: 'exclusive-max-decreased', phrase: 'exclusiveMaximum decreased', request: B, response: I },
  { kind: 'exclusive-max-increased', phrase: 'exclusiveMaximum increased', request: I, response: B },
  { kind: 'exclusive-max-set', phrase: 'exclusiveMaximum set', request: W, response: I },
  { kind: 'exclusive-max-unset', phrase: 'exclusiveMaximum removed', request: I, response: B },
  { kind: 'exclusive-min-increased', phrase: 'exclusiveMinimum increased', request: B, response: I },
  { kind: 'exclusive-min-decreased', phrase: 'exclusiveMinimum decreased', request: I, response: B },
  { kind: 'exclusive-min-set', phrase: 'exclusiveMinimum set', request: W, response: I },
  { kind: 'exclusive-min-unset', phrase: 'exclusiveMinimum removed', request: I, response: B },
  { kind: 'max-length-decreased', phrase: 'max length decreased', request: B, response: I },
  { kind: 'max-length-increased', phrase: 'max length increased', request: I, response: B },
  { kind: 'max-length-set', phrase: 'max length set', request: W, response: I },
  { kind: 'max-length-unset', phrase: 'max length removed', request: I, response: B },
  { kind: 'min-length-increased', phrase: 'min length increased', request: B, response: I },
  { kind: 'min-length-decreased', phrase: 'min length decreased', request: I, response: B },
  { kind: 'max-items-decreased', phrase: 'max items decreased', request: B, response: I },
  { kind: 'max-items-increased', phrase: 'max items increased', request: I, response: B },
  { kind: 'max-items-set', phrase: 'max items set', request: W, response: I },
  { kind: 'max-items-unset', phrase: 'max items removed', request: I, response: B },
  { kind: 'min-items-increased', phrase: 'min items increased', request: B, response: I },
  { kind: 'min-items-decreased', phrase: 'min items decreased', request: I, response: B },
  { kind: 'max-contains-decreased', phrase: 'maxContains decreased', request: B, response: I },
  { kind: 'max-contains-increased', phrase: 'maxContains increased', request: I, response: B },
  { kind: 'max-contains-set', phrase: 'maxContains set', request: W, response: I },
  { kind: 'max-contains-unset', phrase: 'maxContains removed', request: I, response: B },
  { kind: 'min-contains-increased', phrase: 'minContains increased', request: B, response: I },
  { kind: 'min-contains-decreased', phrase: 'minContains decreased', request: I, response: B }
] as const satisfies readonly SchemaKindDecl[]

type BoundKind = (typeof boundKinds)[number]['kind']
type Stem<K> = K extends `${infer S}-decreased` ? S : never

/** The bounds compared: keyword, kind stem, and the value an absent keyword means. */
const BOUNDS: ReadonlyArray<{ key: string; name: Stem<BoundKind>; absent?: number }> = [
  { key: 'maximum', name: 'max' },
  { key: 'minimum', name: 'min' },
  { key: 'exclusiveMaximum', name: 'exclusive-max' },
  { key: 'exclusiveMinimum', name: 'exclusive-min' },
  { key: 'maxLength', name: 'max-length' },
  { key: 'minLength', name: 'min-length', absent: 0 },
  { key: 'maxItems', name: 'max-items' },
  { key: 'minItems', name: 'min-items', absent: 0 },
  { key: 'maxContains', name: 'max-contains' },
  { key: 'minContains', name: 'min-contains', absent: 1 }
]

export function detectBounds({ b, h, add }: SchemaPair): void {
  for (const bound of BOUNDS) {
    // 3.0's boolean exclusiveMaximum / exclusiveMinimum are modifiers, not bounds: only numbers count.
    const bv = numberAt(b.node, bound.key) ?? bound.absent
    const hv = numberAt(h.node, bound.key) ?? bound.absent
    if (bv === hv) continue
    const label = bound.name.replace(/-/g, ' ')
    if (bv === undefined) add(`${bound.name}-set` as BoundKind, `${label} set to ${hv}`)
    else if (hv === undefined) add(`${bound.name}-unset` as BoundKind, `${label} ${bv} removed`)
    else if (hv < bv) add(`${bound.name}-decreased`, `${label} decreased from ${bv} to ${hv}`)
    else add(`${bound.name}-increased` as BoundKind, `${label} increased from ${bv} to ${hv}`)
  }
}
