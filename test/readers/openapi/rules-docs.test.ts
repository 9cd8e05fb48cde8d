import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { openapiRules, schemaKindDefs } from '../../../src/readers/openapi/rules/catalogue.js'
import { operationKindList } from '../../../src/readers/openapi/rules/operation-kinds.js'
import { propertyKinds } from '../../../src/readers/openapi/rules/schema-properties.js'
import { renderRulesDoc } from '../../../src/readers/openapi/rules-doc.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const docPath = `${root}docs/openapi-rules.md`
const toOasdiff = { breaking: 'error', warning: 'warn', info: 'info' } as const

describe('the OpenAPI rule registry', () => {
  it('lists 681 rule ids once each, sorted by id, each with its doc section', () => {
    const ids = openapiRules.map((r) => r.id)
    expect(ids).toHaveLength(681)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    for (const rule of openapiRules) expect(rule.doc).toBe(`docs/openapi-rules.md#${rule.id}`)
  })

  it('classifies every change kind a family declares, so no change is left without an id', () => {
    const declared = [...schemaKindDefs.map((d) => d.kind), ...propertyKinds, ...operationKindList]
    const classified = new Set(openapiRules.flatMap((r) => r.kinds))
    expect(declared.filter((k) => !classified.has(k))).toEqual([])
  })

  it('keeps no generated rule files: the catalogue is computed from src/readers/openapi/rules/', () => {
    expect(existsSync(`${root}checks/openapi`)).toBe(false)
    expect(readdirSync(`${root}src/readers/openapi/rules`).filter((f) => !f.endsWith('.ts'))).toEqual([])
  })

  it('has at least 150 rule ids, all kebab-case with a one-line description', () => {
    expect(openapiRules.length).toBeGreaterThanOrEqual(150)
    for (const rule of openapiRules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(rule.description).toMatch(/^[A-Z].*\.$/)
      expect(rule.description).not.toContain('\n')
    }
  })

  it('gives a reason wherever a level differs from oasdiff for the same id', () => {
    const unexplained = openapiRules
      .filter((r) => r.oasdiff && toOasdiff[r.level] !== r.oasdiff && !r.differences)
      .map((r) => r.id)
    expect(unexplained).toEqual([])
  })
})

describe('docs/openapi-rules.md', () => {
  const expected = renderRulesDoc(openapiRules)
  if (process.env.UPDATE_DOCS) writeFileSync(docPath, expected)
  const doc = readFileSync(docPath, 'utf8')

  it('has a section for every rule id and no other', () => {
    const sections = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(sections).toEqual(openapiRules.map((r) => r.id))
  })

  it('is exactly what the rules generate (regenerate with UPDATE_DOCS=1)', () => {
    expect(doc).toBe(expected)
  })
})

describe('docs/openapi-vs-oasdiff.md', () => {
  it("explains every operation where our verdict on GitHub's description differs from oasdiff's", () => {
    const doc = readFileSync(`${root}docs/openapi-vs-oasdiff.md`, 'utf8')
    expect(doc).toMatch(/Both tools call \d+ operations breaking/)
    expect(doc).not.toContain('not yet explained')
  })
})
