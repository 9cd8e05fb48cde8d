import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { checks } from '../checks/index.js'
import { buildConfigSchema } from '../src/engine/config-schema.js'
import { generatedDocs } from '../src/docs/generated-docs.js'

const root = new URL('../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')

describe('the check registry', () => {
  const files = readdirSync(new URL('checks/', root))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .map((name) => name.replace(/\.ts$/, ''))

  it('registers every file in checks/, sorted by id, ids unique and equal to file names', () => {
    const ids = checks.map((c) => c.meta.id)
    expect(ids).toEqual([...files].sort())
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(files)('%s has kebab-case id, a doc page with the known headings, and a test file', (id) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
    const check = checks.find((c) => c.meta.id === id)!
    expect(check.meta.docs).toBe(`docs/checks/${id}.md`)
    const doc = read(check.meta.docs)
    expect(doc.split('\n')[0]).toBe(`# ${id}`)
    const headings = doc
      .split('\n')
      .filter((l) => l.startsWith('## '))
      .map((l) => l.slice(3))
    const known = ['Rule Details', 'Options', 'Examples', 'When Not To Use It']
    expect(headings.filter((h) => known.includes(h))).toEqual(known)
    expect(existsSync(new URL(`test/checks/${id}.test.ts`, root))).toBe(true)
  })

  it('ships a configuration JSON Schema equal to the one the code builds (npm run generate)', () => {
    expect(JSON.parse(read('schema/release-readiness.schema.json'))).toEqual(buildConfigSchema(checks))
  })

  it('keeps the README and docs/action.md tables generated from the code and action.yml (npm run generate)', () => {
    const docs = { readme: read('README.md'), actionDoc: read('docs/action.md') }
    expect(generatedDocs(docs, checks, read('action.yml'))).toEqual(docs)
  })
})
