import { describe, expect, it } from '@jest/globals'
import { openapiRules } from '../../../src/readers/openapi/rules/catalogue.js'
import { UNCLASSIFIED } from '../../../src/readers/openapi/apply-rules.js'
import { compareFiles, compareFixture, ids, openapiFixtures } from '../../support/openapi.js'

/**
 * [fixture, every rule id base → head reports, the non-info ids head → base reports]. The second
 * column is the positive case, the third the negative one (the same edit undone).
 */
const CASES: Array<[string, string[], string[]]> = [
  ['api-path-removed-without-deprecation', ['api-path-removed-without-deprecation'], []],
  ['api-removed-before-sunset', ['api-removed-before-sunset'], []],
  ['api-removed-with-deprecation', ['api-removed-with-deprecation'], []],
  ['api-removed-without-deprecation', ['api-removed-without-deprecation'], []],
  [
    'api-security-added-to-public-operation',
    ['api-security-added-to-public-operation', 'api-security-component-added'],
    []
  ],
  ['api-security-removed', ['api-security-removed'], []],
  ['api-security-scope-added', ['api-security-scope-added'], []],
  [
    'api-security-component-location-changed',
    ['api-security-component-location-changed'],
    ['api-security-component-location-changed']
  ],
  [
    'api-security-component-type-changed',
    ['api-security-component-type-changed'],
    ['api-security-component-type-changed']
  ],
  ['api-stability-decreased', ['api-stability-decreased'], []],
  [
    'compatible-changes',
    [
      'endpoint-added',
      'new-optional-request-parameter',
      'new-optional-request-property',
      'request-property-max-length-increased',
      'response-optional-property-added'
    ],
    [
      'api-path-removed-without-deprecation',
      'request-parameter-removed',
      'request-property-max-length-decreased',
      'request-property-removed',
      'response-optional-property-removed'
    ]
  ],
  ['draft-operation-removed', ['api-removed-without-deprecation'], []],
  ['new-required-request-parameter', ['new-required-request-parameter'], ['request-parameter-removed']],
  ['new-required-request-property', ['new-required-request-property'], ['request-property-removed']],
  ['path-parameter-renamed', [], []],
  ['property-moved-into-all-of', [], []],
  ['read-only-property-required-in-request', [], []],
  ['recursive-schema-change', ['request-property-max-length-decreased'], []],
  ['request-body-additional-properties-forbidden', ['request-body-additional-properties-forbidden'], []],
  ['request-body-became-required', ['request-body-became-required'], []],
  ['request-body-media-type-removed', ['request-body-media-type-removed'], []],
  ['request-parameter-became-required', ['request-parameter-became-required'], []],
  ['request-parameter-enum-value-removed', ['request-parameter-enum-value-removed'], []],
  ['request-parameter-items-enum-value-removed', ['request-parameter-enum-value-removed'], []],
  ['request-parameter-max-decreased', ['request-parameter-max-decreased'], []],
  [
    'request-parameter-property-type-changed',
    ['request-parameter-property-type-changed'],
    ['request-parameter-property-type-changed']
  ],
  ['request-parameter-removed-before-sunset', ['request-parameter-removed-before-sunset'], []],
  ['request-property-max-contains-decreased', ['request-property-max-contains-decreased'], []],
  ['request-property-pattern-was-empty', ['request-property-pattern-added'], []],
  ['request-required-property-became-not-read-only', ['request-required-property-became-not-read-only'], []],
  ['response-property-deprecated', ['response-property-deprecated'], []],
  ['response-required-property-became-write-only', ['response-required-property-became-write-only'], []],
  ['request-parameter-pattern-added', ['request-parameter-pattern-added'], []],
  [
    'request-parameter-type-changed',
    ['request-parameter-max-unset', 'request-parameter-type-changed'],
    ['request-parameter-max-set', 'request-parameter-type-changed']
  ],
  [
    'request-parameter-type-generalized',
    ['request-parameter-max-unset', 'request-parameter-type-generalized'],
    ['request-parameter-max-set', 'request-parameter-type-changed']
  ],
  ['request-property-became-not-nullable', ['request-property-became-not-nullable'], []],
  ['request-property-became-required', ['request-property-became-required'], []],
  ['request-property-const-added', ['request-property-const-added'], []],
  [
    'request-property-discriminator-property-name-changed',
    ['request-property-discriminator-property-name-changed'],
    ['request-property-discriminator-property-name-changed']
  ],
  ['request-property-exclusive-max-decreased', ['request-property-exclusive-max-decreased'], []],
  [
    'request-property-format-widened',
    ['request-parameter-type-generalized', 'request-property-type-generalized'],
    ['request-parameter-format-changed', 'request-property-format-changed']
  ],
  ['request-property-list-of-types-narrowed', ['request-property-list-of-types-narrowed'], []],
  ['request-property-max-length-decreased', ['request-property-max-length-decreased'], []],
  ['request-property-min-increased', ['request-property-min-increased'], []],
  ['request-property-one-of-removed', ['request-property-one-of-removed'], []],
  [
    'request-property-type-changed',
    ['request-property-min-unset', 'request-property-type-changed'],
    ['request-property-min-set', 'request-property-type-changed']
  ],
  ['required-response-header-removed', ['required-response-header-removed'], []],
  ['response-header-became-optional', ['response-header-became-optional'], []],
  [
    'response-media-type-removed',
    ['response-media-type-added', 'response-media-type-removed'],
    ['response-media-type-removed']
  ],
  [
    'response-property-became-not-nullable-3-1',
    ['response-property-became-not-nullable'],
    ['response-property-became-nullable']
  ],
  ['response-property-became-nullable', ['response-property-became-nullable'], []],
  ['response-property-became-optional', ['response-property-became-optional'], []],
  ['response-property-enum-value-added', ['response-property-enum-value-added'], []],
  [
    'response-property-format-widened',
    ['response-property-format-changed'],
    ['response-property-format-changed']
  ],
  ['response-property-max-length-increased', ['response-property-max-length-increased'], []],
  ['response-property-type-changed', ['response-property-type-changed'], []],
  ['response-required-property-removed', ['response-required-property-removed'], []],
  [
    'response-success-status-removed',
    ['response-success-status-added', 'response-success-status-removed'],
    ['response-success-status-removed']
  ],
  ['sunset-deleted', ['sunset-deleted'], []],
  ['swagger2-form-parameter-became-required', ['request-property-became-required'], []],
  ['swagger2-request-property-became-required', ['request-property-became-required'], []],
  ['swagger2-response-property-became-nullable', ['response-property-became-nullable'], []],
  ['webhook-payload-required-property-removed', ['response-required-property-removed'], []],
  ['webhook-removed', ['webhook-removed'], []]
]

describe('OpenAPI rules on their fixtures', () => {
  it.each(CASES)(
    '%s reports exactly its rule ids, and undoing the edit reports only the expected ones',
    async (name, forward, reverse) => {
      const there = await compareFixture(name)
      const back = await compareFixture(name, true)
      expect(ids(there)).toEqual(forward)
      expect(ids(back, ['breaking', 'warning'])).toEqual(reverse)
      expect(ids(back)).not.toContain(UNCLASSIFIED)
    }
  )

  it.each([
    'compatible-changes',
    'webhook-removed',
    'swagger2-form-parameter-became-required',
    'recursive-schema-change'
  ])('reports nothing when %s/head.yaml is compared with itself', async (name) => {
    const file = `${openapiFixtures}/${name}/head.yaml`
    expect((await compareFiles(file, file)).changes).toEqual([])
  })

  it('reports a removed operation of a draft endpoint as info, not breaking', async () => {
    const result = await compareFixture('draft-operation-removed')
    expect(result.breaking).toBe(false)
    expect(result.changes.map((c) => [c.id, c.level])).toEqual([['api-removed-without-deprecation', 'info']])
  })

  it('judges a query parameter that became a plain string as widened (everything is a string on the wire)', async () => {
    const result = await compareFixture('request-parameter-type-generalized')
    expect(result.breaking).toBe(false)
  })

  it('judges int32 to int64 and float to double in a request as widening, with the formats named', async () => {
    const result = await compareFixture('request-property-format-widened')
    expect(result.breaking).toBe(false)
    expect(result.changes.map((c) => c.message)).toEqual([
      'Query parameter "limit": format widened from "int32" to "int64". Request parameter type generalized (accepts more).',
      'Property "weight" (application/json): format widened from "float" to "double". Request property type generalized (accepts more).'
    ])
  })

  it('compares a webhook payload like a response, under the operation POST webhook:<name>', async () => {
    const result = await compareFixture('webhook-payload-required-property-removed')
    expect(result.changes.map((c) => [c.id, c.level, c.operation, c.message])).toEqual([
      [
        'response-required-property-removed',
        'breaking',
        'POST webhook:newPet',
        'Property "id" (payload application/json): removed. A required response property was removed: clients that read it break.'
      ]
    ])
  })

  it('points each change at the operation, the JSON pointer and the line in the head document', async () => {
    const result = await compareFixture('request-property-max-length-decreased')
    expect(result.changes).toEqual([
      {
        id: 'request-property-max-length-decreased',
        level: 'breaking',
        operation: 'POST /pets',
        location: '#/components/schemas/NewPet/properties/name',
        message:
          'Property "name" (application/json): max length decreased from 50 to 20. Request property max length decreased.',
        line: expect.any(Number),
        file: expect.stringMatching(/request-property-max-length-decreased\/head\.yaml$/)
      }
    ])
  })

  it('lets a rule be switched off or re-levelled by id', async () => {
    const { compareDocuments } = await import('../../../src/readers/openapi/compare.js')
    const { sourceForFile } = await import('../../../src/cli/openapi-diff-fs-source.js')
    const b = sourceForFile(`${openapiFixtures}/response-property-enum-value-added/base.yaml`)
    const h = sourceForFile(`${openapiFixtures}/response-property-enum-value-added/head.yaml`)
    const run = (settings: Record<string, 'error' | 'warn' | 'off'>) =>
      compareDocuments(
        { source: b.source, ref: 'b', path: b.path },
        { source: h.source, ref: 'h', path: h.path },
        { rules: openapiRules, settings }
      )
    expect((await run({ 'response-property-enum-value-added': 'error' })).breaking).toBe(true)
    expect((await run({ 'response-property-enum-value-added': 'off' })).changes).toEqual([])
  })
})
