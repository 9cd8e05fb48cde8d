import { resolveRef } from '../load.js'
import { sunsetOf } from '../model.js'
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
  'property-became-optional',
  'required-property-became-read-only',
  'required-property-became-not-read-only',
  'required-property-became-write-only',
  'required-property-became-not-write-only',
  'optional-property-became-read-only',
  'optional-property-became-not-read-only',
  'optional-property-became-write-only',
  'optional-property-became-not-write-only',
  'property-deprecated',
  'property-reactivated',
  'property-deprecated-sunset-invalid'
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
    },
    ...accessRules(),
    ...(['request', 'response'] as const).flatMap((direction): Array<Omit<RuleDef, 'subject'>> => {
      const word = direction === 'request' ? 'A request' : 'A response'
      return [
        {
          id: `${direction}-property-deprecated`,
          kinds: ['property-deprecated' as const],
          direction,
          level: I,
          description: `${word} property was deprecated.`
        },
        {
          id: `${direction}-property-reactivated`,
          kinds: ['property-reactivated' as const],
          direction,
          level: I,
          description: `${word} property is no longer deprecated.`
        },
        {
          id: `${direction}-property-deprecated-sunset-invalid`,
          kinds: ['property-deprecated-sunset-invalid' as const],
          direction,
          level: B,
          description: `${word} property was deprecated with an x-sunset that is not a date (reported when the change brings it).`
        }
      ]
    })
  ] satisfies Array<Omit<RuleDef, 'subject'>>
).map((r) => ({ ...r, subject: 'property' }))

/**
 * `readOnly` / `writeOnly` transitions, by whether the property is required in the head (oasdiff's
 * ids). Two are breaking: a required request property that stops being readOnly (clients never
 * sent it, now they must), and a required response property that becomes writeOnly (the server
 * stops sending what clients read).
 */
function accessRules(): Array<Omit<RuleDef, 'subject'>> {
  const breaking: Record<string, string> = {
    'request-required-property-became-not-read-only': ': clients never sent it, and now must',
    'response-required-property-became-write-only': ': the server stops sending what clients read'
  }
  const out: Array<Omit<RuleDef, 'subject'>> = []
  for (const direction of ['request', 'response'] as const)
    for (const requiredness of ['required', 'optional'] as const)
      for (const change of ['read-only', 'not-read-only', 'write-only', 'not-write-only'] as const) {
        const kind = `${requiredness}-property-became-${change}` as const
        const id = `${direction}-${kind}`
        const words = change
          .replace('not-', 'not ')
          .replace('-only', 'Only')
          .replace('read', 'read')
          .replace('write', 'write')
        out.push({
          id,
          kinds: [kind],
          direction,
          level: breaking[id] ? B : I,
          description: `A ${requiredness} ${direction} property became ${words}${breaking[id] ?? ''}.`
        })
      }
  return out
}

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
    const bNode = resolved(base, bp[name], bLoc)
    const hNode = resolved(head, hp[name], hLoc)
    const requiredness = hr.has(name) ? 'required' : 'optional'
    for (const [key, word] of [
      ['readOnly', 'read-only'],
      ['writeOnly', 'write-only']
    ] as const) {
      const was = bNode?.[key] === true
      const is = hNode?.[key] === true
      if (was !== is)
        at(
          `${requiredness}-property-became-${is ? '' : 'not-'}${word}`,
          name,
          hLoc,
          `became ${is ? '' : 'not '}${key}`
        )
    }
    if (hidden(head, hp[name], hLoc)) continue
    const wasDeprecated = bNode?.deprecated === true
    const isDeprecated = hNode?.deprecated === true
    if (!wasDeprecated && isDeprecated) at('property-deprecated', name, hLoc, 'deprecated')
    if (wasDeprecated && !isDeprecated) at('property-reactivated', name, hLoc, 'no longer deprecated')
    const sunset = sunsetOf(hNode?.['x-sunset'])
    if (
      isDeprecated &&
      sunset !== undefined &&
      sunset !== sunsetOf(bNode?.['x-sunset']) &&
      Number.isNaN(Date.parse(sunset))
    )
      at(
        'property-deprecated-sunset-invalid',
        name,
        hLoc,
        `x-sunset "${sunset}" is not a date (use YYYY-MM-DD)`
      )
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
