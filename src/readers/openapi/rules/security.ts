import type { SecurityRequirement } from '../model.js'
import { B, I, type RuleDef } from './rule-def.js'
import type { OperationPair } from './operation-pair.js'

/** An operation's security requirements: alternatives (OR) of schemes (AND) with scopes. */
export const securityKinds = [
  'api-security-added-to-public-operation',
  'api-security-made-public',
  'api-security-removed',
  'api-security-added',
  'api-security-scope-added',
  'api-security-scope-removed'
] as const

export const securityRules: RuleDef[] = [
  {
    id: 'api-security-added-to-public-operation',
    kinds: ['api-security-added-to-public-operation'],
    level: B,
    description:
      'A security requirement was added to an operation that needed none: anonymous clients are rejected.'
  },
  {
    id: 'api-security-made-public',
    kinds: ['api-security-made-public'],
    level: I,
    description: 'Every security requirement was removed from an operation: it needs no authentication now.'
  },
  {
    id: 'api-security-removed',
    kinds: ['api-security-removed'],
    level: B,
    description: 'A security alternative was removed: clients that authenticate that way are rejected.'
  },
  {
    id: 'api-security-added',
    kinds: ['api-security-added'],
    level: I,
    description: 'A security alternative was added to an operation that was already secured.'
  },
  {
    id: 'api-security-scope-added',
    kinds: ['api-security-scope-added'],
    level: B,
    description: 'A scope was added to a security requirement: existing tokens may lack it.'
  },
  {
    id: 'api-security-scope-removed',
    kinds: ['api-security-scope-removed'],
    level: I,
    description: 'A scope was removed from a security requirement.'
  }
]

function alternatives(list: SecurityRequirement[]): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>()
  for (const req of list) {
    const schemes = Object.keys(req).sort()
    out.set(schemes.join('+'), new Map(schemes.map((s) => [s, new Set(Array.isArray(req[s]) ? req[s] : [])])))
  }
  return out
}

export function detectSecurity({ bo, ho, at }: OperationPair): void {
  const emit = (kind: (typeof securityKinds)[number], detail: string): void => at(kind, detail, ho.loc)
  const ba = alternatives(bo.security)
  const ha = alternatives(ho.security)
  const isPublic = (a: Map<string, unknown>): boolean => a.size === 0 || a.has('')
  if (!isPublic(ba) && isPublic(ha)) {
    emit(
      'api-security-made-public',
      'every security requirement was removed: the operation needs no authentication now'
    )
    return
  }
  if (isPublic(ba) && !isPublic(ha)) {
    emit(
      'api-security-added-to-public-operation',
      `security requirement ${[...ha.keys()].join(' or ')} added to an operation that needed none`
    )
    return
  }
  for (const [key, schemes] of ba) {
    if (key === '') continue
    const hs = ha.get(key)
    if (!hs) {
      emit('api-security-removed', `security alternative ${key} removed`)
      continue
    }
    for (const [scheme, scopes] of hs)
      for (const scope of scopes)
        if (!schemes.get(scheme)?.has(scope))
          emit('api-security-scope-added', `scope "${scope}" added to security scheme ${scheme}`)
    for (const [scheme, scopes] of schemes)
      for (const scope of scopes)
        if (!hs.get(scheme)?.has(scope))
          emit('api-security-scope-removed', `scope "${scope}" removed from security scheme ${scheme}`)
  }
  for (const key of ha.keys())
    if (!ba.has(key) && key !== '' && !isPublic(ba))
      emit('api-security-added', `security alternative ${key} added`)
}
