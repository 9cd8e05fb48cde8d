import { B, I, type SchemaKindDecl } from './rule-def.js'
import { stable, type SchemaPair } from './schema-pair.js'

/**
 * JSON Schema 2020-12 keywords (OpenAPI 3.1) compared by presence: one that appears is a new
 * constraint (breaking in a request), one that disappears a lifted one (breaking in a response).
 * `dependentRequired`, `contentEncoding` and `contentMediaType` are also compared by value.
 */
export const keywordKinds = [
  { kind: 'if-added', phrase: 'if added', request: B, response: I },
  { kind: 'if-removed', phrase: 'if removed', request: I, response: B },
  { kind: 'then-added', phrase: 'then added', request: B, response: I },
  { kind: 'then-removed', phrase: 'then removed', request: I, response: B },
  { kind: 'else-added', phrase: 'else added', request: B, response: I },
  { kind: 'else-removed', phrase: 'else removed', request: I, response: B },
  { kind: 'contains-added', phrase: 'contains added', request: B, response: I },
  { kind: 'contains-removed', phrase: 'contains removed', request: I, response: B },
  { kind: 'property-names-added', phrase: 'propertyNames added', request: B, response: I },
  { kind: 'property-names-removed', phrase: 'propertyNames removed', request: I, response: B },
  { kind: 'unevaluated-items-added', phrase: 'unevaluatedItems added', request: B, response: I },
  { kind: 'unevaluated-items-removed', phrase: 'unevaluatedItems removed', request: I, response: B },
  { kind: 'unevaluated-properties-added', phrase: 'unevaluatedProperties added', request: B, response: I },
  {
    kind: 'unevaluated-properties-removed',
    phrase: 'unevaluatedProperties removed',
    request: I,
    response: B
  },
  { kind: 'dependent-required-added', phrase: 'dependentRequired added', request: B, response: I },
  { kind: 'dependent-required-removed', phrase: 'dependentRequired removed', request: I, response: B },
  { kind: 'dependent-schema-added', phrase: 'dependentSchemas added', request: B, response: I },
  { kind: 'dependent-schema-removed', phrase: 'dependentSchemas removed', request: I, response: B },
  { kind: 'prefix-items-added', phrase: 'prefixItems added', request: B, response: I },
  { kind: 'prefix-items-removed', phrase: 'prefixItems removed', request: I, response: B },
  { kind: 'pattern-property-added', phrase: 'patternProperties added', request: B, response: I },
  { kind: 'pattern-property-removed', phrase: 'patternProperties removed', request: I, response: B },
  { kind: 'content-schema-added', phrase: 'contentSchema added', request: B, response: I },
  { kind: 'content-schema-removed', phrase: 'contentSchema removed', request: I, response: B },
  { kind: 'dependent-required-changed', phrase: 'dependentRequired changed', request: B, response: B },
  { kind: 'content-encoding-changed', phrase: 'contentEncoding changed', request: B, response: B },
  { kind: 'content-media-type-changed', phrase: 'contentMediaType changed', request: B, response: B }
] as const satisfies readonly SchemaKindDecl[]

type KeywordKind = (typeof keywordKinds)[number]['kind']
type Stem<K> = K extends `${infer S}-added` ? S : never

/** Keyword → kind stem, for the keywords compared by presence. */
export const PRESENCE_KEYWORDS: ReadonlyArray<readonly [string, Stem<KeywordKind>]> = [
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

const CHANGED_KEYWORDS: ReadonlyArray<readonly [string, KeywordKind]> = [
  ['contentEncoding', 'content-encoding-changed'],
  ['contentMediaType', 'content-media-type-changed']
]

export function detectKeywords({ b, h, add }: SchemaPair): void {
  const bs = b.node
  const hs = h.node
  for (const [key, name] of PRESENCE_KEYWORDS) {
    if (bs[key] === undefined && hs[key] !== undefined) add(`${name}-added`, `${key} added`)
    else if (bs[key] !== undefined && hs[key] === undefined)
      add(`${name}-removed` as KeywordKind, `${key} removed`)
    else if (key === 'dependentRequired' && bs[key] !== undefined && stable(bs[key]) !== stable(hs[key]))
      add('dependent-required-changed', 'dependentRequired changed')
  }
  for (const [key, kind] of CHANGED_KEYWORDS)
    if (bs[key] !== hs[key] && bs[key] !== undefined && hs[key] !== undefined)
      add(kind, `${key} changed from "${String(bs[key])}" to "${String(hs[key])}"`)
}
