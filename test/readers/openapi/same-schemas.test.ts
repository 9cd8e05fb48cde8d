import { describe, expect, it } from '@jest/globals'
import type { RepoSource } from '../../../src/engine/types.js'
import { loadSpec, type Spec } from '../../../src/readers/openapi/load.js'
import { SameSchemas } from '../../../src/readers/openapi/same-schemas.js'

function source(files: Record<string, unknown>): RepoSource {
  return {
    async readFile(path) {
      return path in files ? JSON.stringify(files[path], null, 2) : undefined
    },
    async listFiles() {
      return Object.keys(files)
    },
    async mergeBase(base) {
      return base
    },
    async changedFiles() {
      return []
    }
  }
}

/** A 3.1 document with these component schemas, and any other files. */
async function spec(schemas: Record<string, unknown>, others: Record<string, unknown> = {}): Promise<Spec> {
  const doc = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } }
  return loadSpec(source({ 'api.json': doc, ...others }), 'ref', 'api.json', { validate: false })
}

const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` })

describe('proving two schemas unchanged', () => {
  it('proves schemas the same when their members and the schemas they reference are, in any key order', async () => {
    const base = await spec({
      Pet: { type: 'object', properties: { owner: ref('User'), id: { type: 'integer' } } },
      User: { type: 'string', enum: ['a', 'b'] }
    })
    const head = await spec({
      Pet: { properties: { id: { type: 'integer' }, owner: ref('User') }, type: 'object' },
      User: { enum: ['a', 'b'], type: 'string' }
    })
    expect(new SameSchemas(base, head).same(ref('Pet'), 'api.json', ref('Pet'), 'api.json')).toBe(true)
  })

  it('does not prove them the same when only a referenced schema changed', async () => {
    const pet = { type: 'object', properties: { owner: ref('User') } }
    const base = await spec({ Pet: pet, User: { type: 'string' } })
    const head = await spec({ Pet: pet, User: { type: 'string', maxLength: 3 } })
    expect(new SameSchemas(base, head).same(ref('Pet'), 'api.json', ref('Pet'), 'api.json')).toBe(false)
  })

  it('does not prove them the same when an array differs in order or length, or a value in type', async () => {
    const same = new SameSchemas(await spec({}), await spec({}))
    expect(same.same({ enum: ['a', 'b'] }, 'api.json', { enum: ['b', 'a'] }, 'api.json')).toBe(false)
    expect(same.same({ enum: ['a'] }, 'api.json', { enum: ['a', 'b'] }, 'api.json')).toBe(false)
    expect(same.same({ maximum: 1 }, 'api.json', { maximum: '1' }, 'api.json')).toBe(false)
    expect(same.same({ a: 1 }, 'api.json', { a: 1, b: undefined }, 'api.json')).toBe(false)
  })

  it('proves recursive schemas the same, and finds a change deep inside a cycle', async () => {
    const node = { type: 'object', properties: { children: { type: 'array', items: ref('Node') } } }
    const base = await spec({ Node: node })
    const same = await spec({ Node: node })
    const changed = await spec({
      Node: { type: 'object', properties: { children: { type: 'array', items: ref('Node'), maxItems: 9 } } }
    })
    expect(new SameSchemas(base, same).same(ref('Node'), 'api.json', ref('Node'), 'api.json')).toBe(true)
    expect(new SameSchemas(base, changed).same(ref('Node'), 'api.json', ref('Node'), 'api.json')).toBe(false)
  })

  it('does not keep a sameness that rested on a pair later found to differ', async () => {
    // A refers to B and B back to A; only A changed. Comparing A assumes A the same while it
    // looks at B, so B looks the same then; asked afterwards, B must still be found changed.
    const base = await spec({
      A: { properties: { b: ref('B') }, maxLength: 1 },
      B: { properties: { a: ref('A') } }
    })
    const head = await spec({
      A: { properties: { b: ref('B') }, maxLength: 2 },
      B: { properties: { a: ref('A') } }
    })
    const same = new SameSchemas(base, head)
    expect(same.same(ref('A'), 'api.json', ref('A'), 'api.json')).toBe(false)
    expect(same.same(ref('B'), 'api.json', ref('B'), 'api.json')).toBe(false)
  })

  it('follows references into other files, relative to the file that holds them', async () => {
    const other = (maxLength: number): Record<string, unknown> => ({
      'schemas/user.json': { type: 'string', maxLength }
    })
    const pet = { properties: { owner: { $ref: 'schemas/user.json' } } }
    const base = await spec({ Pet: pet }, other(3))
    const head = await spec({ Pet: pet }, other(4))
    const same = await spec({ Pet: pet }, other(3))
    expect(new SameSchemas(base, head).same(ref('Pet'), 'api.json', ref('Pet'), 'api.json')).toBe(false)
    expect(new SameSchemas(base, same).same(ref('Pet'), 'api.json', ref('Pet'), 'api.json')).toBe(true)
  })

  it('does not prove a reference the same as the schema it points to written inline', async () => {
    const base = await spec({ User: { type: 'string' } })
    const head = await spec({ User: { type: 'string' } })
    expect(new SameSchemas(base, head).same(ref('User'), 'api.json', { type: 'string' }, 'api.json')).toBe(
      false
    )
  })
})
