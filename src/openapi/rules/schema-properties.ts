import { resolveRef } from '../load.js'
import type { Loc } from '../pointer.js'
import { B, I, W, type RuleDef } from './rule-def.js'
import { isObject, type JsonObject, type SchemaPair, type SchemaSide } from './schema-pair.js'

/** Properties added, removed, or whose requiredness changed. `readOnly` is ignored in requests, `writeOnly` in responses. */
export const propertyKinds = [
  'required-property-added',
  'required-property-added-with-default',
  'optional-property-added',
  'required-property-removed',
  'optional-property-removed',
  'property-became-required',
  'property-became-optional'
] as const

type PropertyKind = (typeof propertyKinds)[number]

export const propertyRules: RuleDef[] = (
  [
    {
      id: 'new-required-request-property',
      kinds: ['required-property-added'],
      direction: 'request',
      level: B,
      description:
        'A required property was added to a request body: clients that do not send it are rejected.'
    },
    {
      id: 'new-required-request-property-with-default',
      kinds: ['required-property-added-with-default'],
      direction: 'request',
      level: I,
      description: 'A required request property with a default value was added.'
    },
    {
      id: 'new-optional-request-property',
      kinds: ['optional-property-added'],
      direction: 'request',
      level: I,
      description: 'An optional property was added to a request body.'
    },
    {
      id: 'request-property-removed',
      kinds: ['required-property-removed', 'optional-property-removed'],
      direction: 'request',
      level: W,
      description: 'A request property was removed: what clients still send may be ignored or rejected.'
    },
    {
      id: 'request-property-became-required',
      kinds: ['property-became-required'],
      direction: 'request',
      level: B,
      description: 'A request property became required: clients that omit it are rejected.'
    },
    {
      id: 'request-property-became-optional',
      kinds: ['property-became-optional'],
      direction: 'request',
      level: I,
      description: 'A request property became optional.'
    },
    {
      id: 'response-required-property-added',
      kinds: ['required-property-added'],
      direction: 'response',
      level: I,
      description: 'A required property was added to a response.'
    },
    {
      id: 'response-optional-property-added',
      kinds: ['optional-property-added'],
      direction: 'response',
      level: I,
      description: 'An optional property was added to a response.'
    },
    {
      id: 'response-required-property-removed',
      kinds: ['required-property-removed'],
      direction: 'response',
      level: B,
      description: 'A required response property was removed: clients that read it break.'
    },
    {
      id: 'response-optional-property-removed',
      kinds: ['optional-property-removed'],
      direction: 'response',
      level: W,
      description: 'An optional response property was removed.'
    },
    {
      id: 'response-property-became-optional',
      kinds: ['property-became-optional'],
      direction: 'response',
      level: B,
      description: 'A response property became optional: clients that rely on it may not get it.'
    },
    {
      id: 'response-property-became-required',
      kinds: ['property-became-required'],
      direction: 'response',
      level: I,
      description: 'A response property became required.'
    }
  ] satisfies Array<Omit<RuleDef, 'subject'>>
).map((r) => ({ ...r, subject: 'property' }))

const names = (value: unknown): Set<string> =>
  new Set(Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : [])

export function detectProperties(pair: SchemaPair): void {
  const { b, h, dir, base, head, push, nested, childLocOf } = pair
  const bp: JsonObject = isObject(b.node.properties) ? b.node.properties : {}
  const hp: JsonObject = isObject(h.node.properties) ? h.node.properties : {}
  const br = names(b.node.required)
  const hr = names(h.node.required)
  const resolved = (side: SchemaSide, raw: unknown, loc: Loc): JsonObject | undefined => {
    const r = resolveRef(side.spec, raw, loc)
    return isObject(r.node) ? r.node : undefined
  }
  /** Not part of this direction: readOnly in a request, writeOnly in a response. */
  const hidden = (side: SchemaSide, raw: unknown, loc: Loc): boolean => {
    const node = resolved(side, raw, loc)
    return node !== undefined && (dir === 'request' ? node.readOnly === true : node.writeOnly === true)
  }
  const at = (kind: PropertyKind, name: string, loc: Loc, detail: string): void =>
    push({ kind, path: [name], loc, side: 'head', detail })
  for (const name of Object.keys(bp)) {
    const bLoc = childLocOf(base, b.loc, bp[name], 'properties', name)
    if (!(name in hp)) {
      if (!hidden(base, bp[name], bLoc))
        at(br.has(name) ? 'required-property-removed' : 'optional-property-removed', name, h.loc, 'removed')
      continue
    }
    const hLoc = childLocOf(head, h.loc, hp[name], 'properties', name)
    if (hidden(head, hp[name], hLoc)) continue
    if (!br.has(name) && hr.has(name)) at('property-became-required', name, hLoc, 'became required')
    if (br.has(name) && !hr.has(name)) at('property-became-optional', name, hLoc, 'became optional')
    nested([name], bp[name], bLoc, hp[name], hLoc)
  }
  for (const name of Object.keys(hp)) {
    if (name in bp) continue
    const hLoc = childLocOf(head, h.loc, hp[name], 'properties', name)
    if (hidden(head, hp[name], hLoc)) continue
    const withDefault = resolved(head, hp[name], hLoc)?.default !== undefined
    const kind = hr.has(name)
      ? dir === 'request' && withDefault
        ? 'required-property-added-with-default'
        : 'required-property-added'
      : 'optional-property-added'
    at(kind, name, hLoc, 'added')
  }
}
