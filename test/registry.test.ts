import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { checks } from '../checks/index.js'
import { buildConfigSchema } from '../src/engine/config-schema.js'
import { checkTable, replaceBlock } from '../src/docs/check-table.js'

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

  it('lists every check in the README table generated from the metadata (npm run generate)', () => {
    const readme = read('README.md')
    expect(replaceBlock(readme, 'checks', checkTable(checks))).toBe(readme)
  })
})
