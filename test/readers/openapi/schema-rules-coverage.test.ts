import { describe, expect, it } from '@jest/globals'
import { openapiRules, schemaKindDefs } from '../../../src/readers/openapi/rules/catalogue.js'
import type { OpenApiRule } from '../../../src/readers/openapi/rule.js'
import type { RepoSource } from '../../../src/engine/types.js'
import { compareSpecs } from '../../../src/readers/openapi/compare.js'
import { loadSpec } from '../../../src/readers/openapi/load.js'
import type { SchemaKind } from '../../../src/readers/openapi/rules/change-kinds.js'

type Schema = Record<string, unknown>

/** For each schema change kind: a base and a head schema that differ in exactly that way (head → base undoes it). */
const BOUND_VALUES: Record<string, [string, number, number]> = {
  max: ['maximum', 10, 5],
  min: ['minimum', 5, 10],
  'exclusive-max': ['exclusiveMaximum', 10, 5],
  'exclusive-min': ['exclusiveMinimum', 5, 10],
  'max-length': ['maxLength', 10, 5],
  'min-length': ['minLength', 5, 10],
  'max-items': ['maxItems', 10, 5],
  'min-items': ['minItems', 5, 10],
  'max-contains': ['maxContains', 10, 5],
  'min-contains': ['minContains', 5, 10]
}
const PRESENCE: Record<string, [string, unknown]> = {
  if: ['if', { properties: { a: { const: 1 } } }],
  then: ['then', { required: ['a'] }],
  else: ['else', { required: ['b'] }],
  contains: ['contains', { type: 'string' }],
  'property-names': ['propertyNames', { pattern: '^a' }],
  'unevaluated-items': ['unevaluatedItems', false],
  'unevaluated-properties': ['unevaluatedProperties', false],
  'dependent-required': ['dependentRequired', { a: ['b'] }],
  'dependent-schema': ['dependentSchemas', { a: { required: ['b'] } }],
  'prefix-items': ['prefixItems', [{ type: 'string' }]],
  'pattern-property': ['patternProperties', { '^x': { type: 'string' } }],
  'content-schema': ['contentSchema', { type: 'object' }]
}

function scenario(kind: SchemaKind): { base: Schema; head: Schema; v31: boolean } | undefined {
  const s = (extra: Schema = {}): Schema => ({ type: 'string', ...extra })
  const fixed: Partial<Record<SchemaKind, [Schema, Schema, boolean?]>> = {
    'became-nullable': [s(), s({ nullable: true })],
    'became-not-nullable': [s({ nullable: true }), s()],
    'type-changed': [s(), { type: 'boolean' }],
    'type-generalized': [{ type: 'integer' }, { type: 'number' }],
    'type-specialized': [{ type: 'number' }, { type: 'integer' }],
    'list-of-types-widened': [
      { type: ['string', 'integer'] },
      { type: ['string', 'integer', 'boolean'] },
      true
    ],
    'list-of-types-narrowed': [
      { type: ['string', 'integer', 'boolean'] },
      { type: ['string', 'integer'] },
      true
    ],
    'format-added': [s(), s({ format: 'date' })],
    'format-removed': [s({ format: 'date' }), s()],
    'format-changed': [s({ format: 'date' }), s({ format: 'date-time' })],
    'became-enum': [s(), s({ enum: ['a'] })],
    'enum-value-removed': [s({ enum: ['a', 'b'] }), s({ enum: ['a'] })],
    'enum-value-added': [s({ enum: ['a'] }), s({ enum: ['a', 'b'] })],
    'x-extensible-enum-value-removed': [
      s({ 'x-extensible-enum': ['a', 'b'] }),
      s({ 'x-extensible-enum': ['a'] })
    ],
    'const-added': [s(), s({ const: 'a' }), true],
    'const-removed': [s({ const: 'a' }), s(), true],
    'const-changed': [s({ const: 'a' }), s({ const: 'b' }), true],
    'pattern-added': [s(), s({ pattern: '^a' })],
    'pattern-removed': [s({ pattern: '^a' }), s()],
    'pattern-changed': [s({ pattern: '^a' }), s({ pattern: '^b' })],
    'default-value-added': [s(), s({ default: 'a' })],
    'default-value-removed': [s({ default: 'a' }), s()],
    'default-value-changed': [s({ default: 'a' }), s({ default: 'b' })],
    'additional-properties-forbidden': [{ type: 'object' }, { type: 'object', additionalProperties: false }],
    'additional-properties-allowed': [{ type: 'object', additionalProperties: false }, { type: 'object' }],
    'one-of-removed': [{ oneOf: [{ type: 'string' }, { type: 'integer' }] }, { oneOf: [{ type: 'string' }] }],
    'one-of-added': [{ oneOf: [{ type: 'string' }] }, { oneOf: [{ type: 'string' }, { type: 'integer' }] }],
    'any-of-removed': [{ anyOf: [{ type: 'string' }, { type: 'integer' }] }, { anyOf: [{ type: 'string' }] }],
    'any-of-added': [{ anyOf: [{ type: 'string' }] }, { anyOf: [{ type: 'string' }, { type: 'integer' }] }],
    'discriminator-added': [{ type: 'object' }, { type: 'object', discriminator: { propertyName: 'kind' } }],
    'discriminator-removed': [
      { type: 'object', discriminator: { propertyName: 'kind' } },
      { type: 'object' }
    ],
    'discriminator-property-name-changed': [
      { type: 'object', discriminator: { propertyName: 'kind' } },
      { type: 'object', discriminator: { propertyName: 'type' } }
    ],
    'discriminator-mapping-added': [
      { type: 'object', discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A' } } },
      {
        type: 'object',
        discriminator: {
          propertyName: 'kind',
          mapping: { a: '#/components/schemas/A', b: '#/components/schemas/B' }
        }
      }
    ],
    'discriminator-mapping-deleted': [
      {
        type: 'object',
        discriminator: {
          propertyName: 'kind',
          mapping: { a: '#/components/schemas/A', b: '#/components/schemas/B' }
        }
      },
      { type: 'object', discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A' } } }
    ],
    'discriminator-mapping-changed': [
      { type: 'object', discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A' } } },
      { type: 'object', discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/B' } } }
    ],
    'dependent-required-changed': [
      { type: 'object', dependentRequired: { a: ['b'] } },
      { type: 'object', dependentRequired: { a: ['c'] } },
      true
    ],
    'content-encoding-changed': [s({ contentEncoding: 'base64' }), s({ contentEncoding: 'base32' }), true],
    'content-media-type-changed': [
      s({ contentMediaType: 'text/plain' }),
      s({ contentMediaType: 'text/html' }),
      true
    ]
  }
  const hit = fixed[kind]
  if (hit) return { base: hit[0], head: hit[1], v31: hit[2] === true }
  const bound = /^(.*)-(increased|decreased|set|unset)$/.exec(kind)
  if (bound && BOUND_VALUES[bound[1]!]) {
    const [key, a, b] = BOUND_VALUES[bound[1]!]!
    const tighter = { ...s(), [key]: b }
    const looser = { ...s(), [key]: a }
    const v31 = key.startsWith('exclusive') || key.endsWith('Contains')
    const upper = key.startsWith('max') || key === 'exclusiveMaximum'
    const [lo, hi] = upper ? [tighter, looser] : [looser, tighter] // lo has the smaller value
    if (bound[2] === 'decreased') return { base: hi, head: lo, v31 }
    if (bound[2] === 'increased') return { base: lo, head: hi, v31 }
    if (bound[2] === 'set') return { base: s(), head: looser, v31 }
    return { base: looser, head: s(), v31 }
  }
  const presence = /^(.*)-(added|removed)$/.exec(kind)
  if (presence && PRESENCE[presence[1]!]) {
    const [key, value] = PRESENCE[presence[1]!]!
    const without: Schema =
      key === 'contentSchema' ? s({ contentMediaType: 'application/json' }) : { type: 'object' }
    const withIt = { ...without, [key]: value }
    return presence[2] === 'added'
      ? { base: without, head: withIt, v31: true }
      : { base: withIt, head: without, v31: true }
  }
  return undefined
}

function document(direction: string, subject: string, schema: Schema, v31: boolean): string {
  const wrapped = subject === 'property' ? { type: 'object', properties: { p: schema } } : schema
  const operation: Record<string, unknown> = { responses: { 200: { description: 'ok' } } }
  if (direction === 'request' && subject === 'parameter')
    operation.parameters = [{ name: 'q', in: 'query', schema }]
  else if (direction === 'request' && subject === 'parameter-property')
    operation.parameters = [
      {
        name: 'q',
        in: 'query',
        style: 'deepObject',
        explode: true,
        schema: { type: 'object', properties: { p: schema } }
      }
    ]
  else if (direction === 'request')
    operation.requestBody = { content: { 'application/json': { schema: wrapped } } }
  else if (subject === 'header')
    operation.responses = { 200: { description: 'ok', headers: { 'X-H': { schema } } } }
  else
    operation.responses = { 200: { description: 'ok', content: { 'application/json': { schema: wrapped } } } }
  return JSON.stringify({
    openapi: v31 ? '3.1.0' : '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/x': { post: operation } }
  })
}

function source(files: Record<string, string>): RepoSource {
  return {
    readFile: async (p) => files[p],
    listFiles: async () => [],
    mergeBase: async (b) => b,
    changedFiles: async () => []
  }
}

/** The generated schema rules: id = `<direction>-<subject>-<kind>`. */
const schemaKinds = new Set<string>(schemaKindDefs.map((d) => d.kind))
const schemaRules = openapiRules.filter(
  (r) =>
    r.kinds.length === 1 &&
    schemaKinds.has(r.kinds[0]!) &&
    r.id === `${r.direction}-${r.subject}-${r.kinds[0]}`
)
const kindOf = (r: OpenApiRule): SchemaKind => r.kinds[0] as SchemaKind
const rows = schemaRules.map((r) => [r.id, r] as const).filter(([, r]) => scenario(kindOf(r)) !== undefined)

describe('every schema rule on a minimal pair of documents', () => {
  it('has a scenario for every generated schema rule id', () => {
    expect(schemaRules.filter((r) => scenario(kindOf(r)) === undefined).map((r) => r.id)).toEqual([])
    expect(rows.length).toBe(schemaRules.length)
    expect(rows.length).toBeGreaterThanOrEqual(450)
  })

  it.each(rows)('%s is reported exactly when its change is made', async (id, rule) => {
    const { base, head, v31 } = scenario(kindOf(rule))!
    const files = {
      'base.json': document(rule.direction!, rule.subject!, base, v31),
      'head.json': document(rule.direction!, rule.subject!, head, v31)
    }
    const [b, h] = await Promise.all([
      loadSpec(source(files), 'r', 'base.json'),
      loadSpec(source(files), 'r', 'head.json')
    ])
    const result = compareSpecs(b, h, { rules: openapiRules })
    expect([...new Set(result.changes.map((c) => c.id))]).toEqual([id])
    expect(result.changes[0]!.level).toBe(rule.level)
  })
})
