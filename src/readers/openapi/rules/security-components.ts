import type { Spec } from '../load.js'
import type { Loc } from '../pointer.js'
import { B, I, W, ownKindRule, type RuleDef, type RuleLevel } from './rule-def.js'
import type { ApiChange } from './operation-pair.js'
import { isObject, type JsonObject } from './schema-pair.js'

/**
 * Security scheme components (`components.securitySchemes`, Swagger 2.0 `securityDefinitions`):
 * what clients must do to authenticate. Operations' requirements are judged in security.ts.
 */
export const securityComponentKinds = [
  'api-security-component-added',
  'api-security-component-removed',
  'api-security-component-type-changed',
  'api-security-component-location-changed',
  'api-security-component-oauth-url-changed',
  'api-security-component-oauth-token-url-changed',
  'api-security-component-oauth-scope-added',
  'api-security-component-oauth-scope-removed'
] as const

type SecurityComponentKind = (typeof securityComponentKinds)[number]

const rule = (id: SecurityComponentKind, level: RuleLevel, description: string): RuleDef =>
  ownKindRule(id, level, description)

export const securityComponentRules: RuleDef[] = [
  rule('api-security-component-added', I, 'A security scheme was added to the components.'),
  rule(
    'api-security-component-removed',
    I,
    'A security scheme was removed from the components (operations that used it are judged by their requirements).'
  ),
  rule(
    'api-security-component-type-changed',
    B,
    'A security scheme changed type (for example apiKey to http bearer): clients authenticate the old way and are rejected.'
  ),
  rule(
    'api-security-component-location-changed',
    B,
    'An API key moved (another header, query parameter or cookie, or another name): clients send it where it is no longer read.'
  ),
  rule(
    'api-security-component-oauth-url-changed',
    W,
    'The authorization URL of an OAuth flow changed: clients with the old URL configured fail to authorize.'
  ),
  rule(
    'api-security-component-oauth-token-url-changed',
    W,
    'The token URL of an OAuth flow changed: clients with the old URL configured fail to get tokens.'
  ),
  rule('api-security-component-oauth-scope-added', I, 'A scope was added to an OAuth flow.'),
  rule(
    'api-security-component-oauth-scope-removed',
    W,
    'A scope was removed from an OAuth flow: clients that request it may be refused a token.'
  )
]

function schemes(spec: Spec): { at: string[]; map: Record<string, unknown> } {
  if (spec.version === '2.0')
    return {
      at: ['securityDefinitions'],
      map: isObject(spec.doc.securityDefinitions) ? spec.doc.securityDefinitions : {}
    }
  const components: unknown = spec.doc.components
  const map = isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {}
  return { at: ['components', 'securitySchemes'], map }
}

/** OAuth flows by name: 3.x `flows.{implicit,password,…}`, or the one 2.0 `flow`. */
function flows(scheme: JsonObject): Map<string, JsonObject> {
  if (isObject(scheme.flows))
    return new Map(Object.entries(scheme.flows).filter((e): e is [string, JsonObject] => isObject(e[1])))
  return typeof scheme.flow === 'string' ? new Map([[scheme.flow, scheme]]) : new Map()
}

export function detectSecurityComponents(base: Spec, head: Spec, out: ApiChange[]): void {
  const b = schemes(base)
  const h = schemes(head)
  const at = (kind: SecurityComponentKind, detail: string, loc: Loc): void => {
    out.push({ kind, loc, side: 'head', detail, operation: '' })
  }
  const locOf = (name: string, ...rest: string[]): Loc => ({
    file: head.root,
    path: [...h.at, name, ...rest]
  })
  for (const [name, raw] of Object.entries(b.map)) {
    const now = h.map[name]
    if (!isObject(raw)) continue
    if (!isObject(now)) {
      if (now === undefined)
        at('api-security-component-removed', `security scheme "${name}" removed`, {
          file: head.root,
          path: h.at
        })
      continue
    }
    if (raw.type !== now.type) {
      at(
        'api-security-component-type-changed',
        `security scheme "${name}" changed type from ${String(raw.type)} to ${String(now.type)}`,
        locOf(name, 'type')
      )
      continue
    }
    if (raw.type === 'apiKey' && (raw.in !== now.in || raw.name !== now.name))
      at(
        'api-security-component-location-changed',
        `API key "${name}" moved from ${String(raw.in)} "${String(raw.name)}" to ${String(now.in)} "${String(now.name)}"`,
        locOf(name)
      )
    if (raw.type === 'http' && String(raw.scheme).toLowerCase() !== String(now.scheme).toLowerCase())
      at(
        'api-security-component-type-changed',
        `security scheme "${name}" changed from HTTP ${String(raw.scheme)} to ${String(now.scheme)}`,
        locOf(name, 'scheme')
      )
    const hf = flows(now)
    for (const [flowName, bf] of flows(raw)) {
      const nf = hf.get(flowName)
      if (!nf) continue
      if (bf.authorizationUrl !== nf.authorizationUrl)
        at(
          'api-security-component-oauth-url-changed',
          `security scheme "${name}" (${flowName}): authorization URL changed`,
          locOf(name)
        )
      if (bf.tokenUrl !== nf.tokenUrl)
        at(
          'api-security-component-oauth-token-url-changed',
          `security scheme "${name}" (${flowName}): token URL changed`,
          locOf(name)
        )
      const bs = isObject(bf.scopes) ? Object.keys(bf.scopes) : []
      const hs = isObject(nf.scopes) ? Object.keys(nf.scopes) : []
      for (const scope of bs)
        if (!hs.includes(scope))
          at(
            'api-security-component-oauth-scope-removed',
            `security scheme "${name}" (${flowName}): scope "${scope}" removed`,
            locOf(name)
          )
      for (const scope of hs)
        if (!bs.includes(scope))
          at(
            'api-security-component-oauth-scope-added',
            `security scheme "${name}" (${flowName}): scope "${scope}" added`,
            locOf(name)
          )
    }
  }
  for (const name of Object.keys(h.map))
    if (!(name in b.map)) at('api-security-component-added', `security scheme "${name}" added`, locOf(name))
}
