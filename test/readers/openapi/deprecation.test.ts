import { describe, expect, it } from '@jest/globals'
import { stringify } from 'yaml'
import type { RepoSource } from '../../../src/engine/types.js'
import { compareSpecs } from '../../../src/readers/openapi/compare.js'
import { loadSpec } from '../../../src/readers/openapi/load.js'
import { openapiRules } from '../../../src/readers/openapi/rules/catalogue.js'
import type { DeprecationPolicy } from '../../../src/readers/openapi/rules/sunset.js'

const NOW = new Date('2026-12-05T00:00:00Z')

type Op = Record<string, unknown>

function doc(op: Op, param: Record<string, unknown> = {}, property: Record<string, unknown> = {}): string {
  return stringify({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/pets': {
        get: {
          ...op,
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' }, ...param }],
          responses: {
            200: {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { name: { type: 'string', ...property } } }
                }
              }
            }
          }
        }
      }
    }
  })
}

async function diff(base: string, head: string, deprecation?: DeprecationPolicy): Promise<string[]> {
  const files: Record<string, string> = { 'base.yaml': base, 'head.yaml': head }
  const source: RepoSource = {
    readFile: async (p) => files[p],
    listFiles: async () => [],
    changedFiles: async () => [],
    mergeBase: async (base) => base
  }
  const [b, h] = await Promise.all([loadSpec(source, 'r', 'base.yaml'), loadSpec(source, 'r', 'head.yaml')])
  return compareSpecs(b, h, { rules: openapiRules, now: NOW, deprecation }).changes.map(
    (c) => `${c.level} ${c.id}`
  )
}

const policy = { stable: 180, beta: 31 }

describe('the deprecation-days policy (deprecation: { stable: 180, beta: 31 })', () => {
  it('breaks when an operation is deprecated without x-sunset', async () => {
    expect(await diff(doc({}), doc({ deprecated: true }), policy)).toEqual([
      'breaking api-deprecated-sunset-missing',
      'info endpoint-deprecated'
    ])
  })

  it('breaks when the x-sunset is sooner than the days its stability requires, and accepts a later one', async () => {
    expect(await diff(doc({}), doc({ deprecated: true, 'x-sunset': '2027-01-01' }), policy)).toEqual([
      'breaking api-sunset-date-too-small',
      'info endpoint-deprecated'
    ])
    expect(await diff(doc({}), doc({ deprecated: true, 'x-sunset': '2027-07-01' }), policy)).toEqual([
      'info endpoint-deprecated'
    ])
  })

  it('uses the beta days for a beta operation', async () => {
    const beta = { 'x-stability-level': 'beta' }
    expect(
      await diff(doc(beta), doc({ ...beta, deprecated: true, 'x-sunset': '2027-01-10' }), policy)
    ).toEqual(['info endpoint-deprecated'])
  })

  it('breaks when the sunset of a deprecated operation changes to a date sooner than the policy allows', async () => {
    expect(
      await diff(
        doc({ deprecated: true, 'x-sunset': '2027-12-01' }),
        doc({ deprecated: true, 'x-sunset': '2027-01-01' }),
        policy
      )
    ).toEqual(['breaking api-sunset-date-changed-too-small', 'breaking api-sunset-date-moved-earlier'])
  })

  it('applies to parameters too', async () => {
    expect(await diff(doc({}), doc({}, { deprecated: true }), policy)).toEqual([
      'breaking request-parameter-deprecated-sunset-missing',
      'info request-parameter-deprecated'
    ])
    expect(await diff(doc({}), doc({}, { deprecated: true, 'x-sunset': '2026-12-20' }), policy)).toEqual([
      'breaking request-parameter-sunset-date-too-small',
      'info request-parameter-deprecated'
    ])
  })

  it('asks nothing without a policy', async () => {
    expect(await diff(doc({}), doc({ deprecated: true }))).toEqual(['info endpoint-deprecated'])
    expect(await diff(doc({}), doc({}, { deprecated: true }))).toEqual(['info request-parameter-deprecated'])
  })
})

describe('x-sunset on parameters', () => {
  const deprecated = (sunset: string): Record<string, unknown> => ({ deprecated: true, 'x-sunset': sunset })

  it('breaks when the sunset is deleted or moved earlier', async () => {
    expect(await diff(doc({}, deprecated('2027-06-01')), doc({}, { deprecated: true }))).toEqual([
      'breaking request-parameter-sunset-deleted'
    ])
    expect(await diff(doc({}, deprecated('2027-06-01')), doc({}, deprecated('2027-03-01')))).toEqual([
      'breaking request-parameter-sunset-date-moved-earlier'
    ])
  })

  it('reports a malformed sunset when the change brings it, and never on an unchanged parameter', async () => {
    expect(await diff(doc({}, deprecated('2027-06-01')), doc({}, deprecated('soon')))).toEqual([
      'breaking request-parameter-sunset-parse'
    ])
    expect(await diff(doc({}, deprecated('soon')), doc({}, deprecated('soon')))).toEqual([])
  })

  it('judges a removal by the sunset: before it breaks, after it is info', async () => {
    const without = stringify({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/pets': { get: { responses: { 200: { description: 'ok' } } } } }
    })
    const base = (sunset: string): string =>
      stringify({
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: {
          '/pets': {
            get: {
              parameters: [
                { name: 'limit', in: 'query', schema: { type: 'integer' }, ...deprecated(sunset) }
              ],
              responses: { 200: { description: 'ok' } }
            }
          }
        }
      })
    expect(await diff(base('2027-06-01'), without)).toEqual([
      'breaking request-parameter-removed-before-sunset'
    ])
    expect(await diff(base('2026-01-01'), without)).toEqual([
      'info request-parameter-removed-with-deprecation'
    ])
    expect(await diff(base('someday'), without)).toEqual(['breaking request-parameter-sunset-parse'])
  })
})

describe('deprecated properties', () => {
  it('reports a property deprecated and reactivated', async () => {
    expect(await diff(doc({}), doc({}, {}, { deprecated: true }))).toEqual([
      'info response-property-deprecated'
    ])
    expect(await diff(doc({}, {}, { deprecated: true }), doc({}))).toEqual([
      'info response-property-reactivated'
    ])
  })

  it('breaks on a malformed x-sunset the change brings, never on an unchanged one', async () => {
    const bad = { deprecated: true, 'x-sunset': 'later' }
    expect(await diff(doc({}, {}, { deprecated: true }), doc({}, {}, bad))).toEqual([
      'breaking response-property-deprecated-sunset-invalid'
    ])
    expect(await diff(doc({}, {}, bad), doc({}, {}, bad))).toEqual([])
  })
})
