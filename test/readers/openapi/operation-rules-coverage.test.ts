import { describe, expect, it } from '@jest/globals'
import { openapiRules } from '../../../src/readers/openapi/rules/catalogue.js'
import type { RepoSource } from '../../../src/engine/types.js'
import { compareSpecs } from '../../../src/readers/openapi/compare.js'
import { loadSpec } from '../../../src/readers/openapi/load.js'

type Doc = Record<string, any>

function baseDoc(): Doc {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/a': {
        get: {
          operationId: 'getA',
          tags: ['a'],
          parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
          requestBody: {
            content: {
              'application/json': { schema: { type: 'object', properties: { x: { type: 'string' } } } }
            }
          },
          responses: {
            200: {
              description: 'ok',
              headers: { 'X-Opt': { schema: { type: 'string' } } },
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }
                }
              }
            },
            404: { description: 'missing' }
          },
          security: [{ key: [] }, { oauth: ['read'] }]
        }
      },
      '/b': { get: { responses: { 200: { description: 'ok' } } } }
    },
    components: {
      securitySchemes: {
        key: { type: 'apiKey', in: 'header', name: 'X-Key' },
        oauth: {
          type: 'oauth2',
          flows: {
            clientCredentials: { tokenUrl: 'https://example.com/t', scopes: { read: 'r', write: 'w' } }
          }
        }
      }
    },
    webhooks: { ping: { post: { responses: { 200: { description: 'ok' } } } } }
  }
}

const A = (d: Doc): Doc => d.paths['/a'].get
const body = (d: Doc): Doc => A(d).requestBody.content['application/json'].schema
const res = (d: Doc): Doc => A(d).responses[200].content['application/json'].schema

/** [case, edit to the base document, edit to the head document (both start from baseDoc()), exact ids reported]. */
const CASES: Array<[string, (d: Doc) => void, (d: Doc) => void, string[]]> = [
  [
    'a deprecated path removed before its sunset',
    (d) => Object.assign(d.paths['/b'].get, { deprecated: true, 'x-sunset': '2999-01-01' }),
    (d) => delete d.paths['/b'],
    ['api-path-removed-before-sunset']
  ],
  [
    'a deprecated path removed after its sunset',
    (d) => Object.assign(d.paths['/b'].get, { deprecated: true, 'x-sunset': '2020-01-01' }),
    (d) => delete d.paths['/b'],
    ['api-path-removed-with-deprecation']
  ],
  [
    'a deprecated path with a broken sunset removed',
    (d) => Object.assign(d.paths['/b'].get, { deprecated: true, 'x-sunset': 'soon' }),
    (d) => delete d.paths['/b'],
    ['api-path-sunset-parse']
  ],
  [
    'a deprecated operation with a broken sunset removed',
    (d) => {
      d.paths['/b'].put = { deprecated: true, 'x-sunset': 'soon', responses: { 200: { description: 'ok' } } }
    },
    () => undefined,
    ['api-sunset-parse']
  ],
  [
    'an operation deprecated with a broken sunset',
    () => undefined,
    (d) => Object.assign(d.paths['/b'].get, { deprecated: true, 'x-sunset': 'soon' }),
    ['api-deprecated-sunset-parse', 'endpoint-deprecated']
  ],
  [
    'an invalid stability level',
    () => undefined,
    (d) => (d.paths['/b'].get['x-stability-level'] = 'gold'),
    ['api-invalid-stability-level']
  ],
  [
    'a path parameter declared that the base left undeclared',
    (d) => (d.paths['/c/{id}'] = { get: { responses: { 200: { description: 'ok' } } } }),
    (d) =>
      (d.paths['/c/{id}'] = {
        get: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'ok' } }
        }
      }),
    ['new-request-path-parameter']
  ],
  [
    'an operation deprecated',
    () => undefined,
    (d) => (d.paths['/b'].get.deprecated = true),
    ['endpoint-deprecated']
  ],
  [
    'an operation reactivated',
    (d) => (d.paths['/b'].get.deprecated = true),
    () => undefined,
    ['endpoint-reactivated']
  ],
  [
    'an operation added',
    () => undefined,
    (d) => (d.paths['/b'].post = { responses: { 200: { description: 'ok' } } }),
    ['endpoint-added']
  ],
  [
    'an operationId changed',
    () => undefined,
    (d) => (A(d).operationId = 'fetchA'),
    ['api-operation-id-removed']
  ],
  [
    'an operationId added',
    () => undefined,
    (d) => (d.paths['/b'].get.operationId = 'getB'),
    ['api-operation-id-added']
  ],
  ['a tag replaced', () => undefined, (d) => (A(d).tags = ['b']), ['api-tag-added', 'api-tag-removed']],
  [
    'a deprecated parameter removed',
    (d) => (A(d).parameters[0].deprecated = true),
    (d) => (A(d).parameters = []),
    ['request-parameter-removed-with-deprecation']
  ],
  [
    'a parameter became optional',
    (d) => (A(d).parameters[0].required = true),
    () => undefined,
    ['request-parameter-became-optional']
  ],
  [
    'a parameter deprecated',
    () => undefined,
    (d) => (A(d).parameters[0].deprecated = true),
    ['request-parameter-deprecated']
  ],
  [
    'a parameter reactivated',
    (d) => (A(d).parameters[0].deprecated = true),
    () => undefined,
    ['request-parameter-reactivated']
  ],
  [
    'a request body added to an operation without one (optional)',
    () => undefined,
    (d) => (d.paths['/b'].get.requestBody = { content: { 'text/plain': { schema: { type: 'string' } } } }),
    ['request-body-added-optional']
  ],
  [
    'a request body added to an operation without one (required)',
    () => undefined,
    (d) =>
      (d.paths['/b'].get.requestBody = {
        required: true,
        content: { 'text/plain': { schema: { type: 'string' } } }
      }),
    ['request-body-added-required']
  ],
  ['the request body removed', () => undefined, (d) => delete A(d).requestBody, ['request-body-removed']],
  [
    'the request body became optional',
    (d) => (A(d).requestBody.required = true),
    () => undefined,
    ['request-body-became-optional']
  ],
  [
    'a request media type added',
    () => undefined,
    (d) => (A(d).requestBody.content['text/plain'] = { schema: { type: 'string' } }),
    ['request-body-media-type-added']
  ],
  [
    'a non-success status removed',
    () => undefined,
    (d) => delete A(d).responses[404],
    ['response-non-success-status-removed']
  ],
  [
    'a non-success status added',
    () => undefined,
    (d) => (A(d).responses[409] = { description: 'conflict' }),
    ['response-non-success-status-added']
  ],
  [
    'a success status added',
    () => undefined,
    (d) => (A(d).responses[201] = { description: 'created' }),
    ['response-success-status-added']
  ],
  [
    'an optional response header removed',
    () => undefined,
    (d) => delete A(d).responses[200].headers,
    ['optional-response-header-removed']
  ],
  [
    'a response header added',
    () => undefined,
    (d) => (A(d).responses[200].headers['X-New'] = { schema: { type: 'string' } }),
    ['response-header-added']
  ],
  [
    'a security alternative added to a secured operation',
    () => undefined,
    (d) => A(d).security.push({ oauth: ['write'], key: [] }),
    ['api-security-added']
  ],
  [
    'a sunset date moved earlier',
    (d) => Object.assign(d.paths['/b'].get, { deprecated: true, 'x-sunset': '2999-01-01' }),
    (d) => Object.assign(d.paths['/b'].get, { deprecated: true, 'x-sunset': '2998-01-01' }),
    ['api-sunset-date-moved-earlier']
  ],
  ['an operation made public', () => undefined, (d) => (A(d).security = []), ['api-security-made-public']],
  [
    'a scope removed',
    (d) => (A(d).security[1].oauth = ['read', 'write']),
    () => undefined,
    ['api-security-scope-removed']
  ],
  ['a webhook added', () => undefined, (d) => (d.webhooks.pong = d.webhooks.ping), ['webhook-added']],
  [
    'a required request property with a default added',
    () => undefined,
    (d) =>
      Object.assign(body(d), {
        required: ['y'],
        properties: { x: { type: 'string' }, y: { type: 'string', default: 'z' } }
      }),
    ['new-required-request-property-with-default']
  ],
  [
    'a request property became optional',
    (d) => (body(d).required = ['x']),
    () => undefined,
    ['request-property-became-optional']
  ],
  [
    'a required response property added',
    () => undefined,
    (d) =>
      Object.assign(res(d), {
        required: ['id', 'n'],
        properties: { id: { type: 'string' }, n: { type: 'string' } }
      }),
    ['response-required-property-added']
  ],
  [
    'an optional response property became required',
    (d) => (res(d).properties.n = { type: 'string' }),
    (d) =>
      Object.assign(res(d), {
        required: ['id', 'n'],
        properties: { id: { type: 'string' }, n: { type: 'string' } }
      }),
    ['response-property-became-required']
  ],
  [
    'an optional response property removed',
    (d) => (res(d).properties.n = { type: 'string' }),
    () => undefined,
    ['response-optional-property-removed']
  ]
]

function source(files: Record<string, string>): RepoSource {
  return {
    readFile: async (p) => files[p],
    listFiles: async () => [],
    mergeBase: async (b) => b,
    changedFiles: async () => []
  }
}

describe('operation, parameter, body, response and security rules on small edits', () => {
  it.each(CASES)('%s reports exactly its rule ids', async (_name, editBase, editHead, expected) => {
    const base = baseDoc()
    editBase(base)
    const head = baseDoc()
    editHead(head)
    const files = { 'base.json': JSON.stringify(base), 'head.json': JSON.stringify(head) }
    const [b, h] = await Promise.all([
      loadSpec(source(files), 'r', 'base.json'),
      loadSpec(source(files), 'r', 'head.json')
    ])
    const result = compareSpecs(b, h, { rules: openapiRules, now: new Date('2026-11-25T00:00:00Z') })
    expect([...new Set(result.changes.map((c) => c.id))].sort()).toEqual(expected)
    for (const c of result.changes) expect(c.level).toBe(openapiRules.find((r) => r.id === c.id)!.level)
  })
})
