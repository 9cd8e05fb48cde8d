import { describe, expect, it } from '@jest/globals'
import type { RepoSource } from '../../../src/engine/types.js'
import { decodeTextFile, MAX_FILE_BYTES } from '../../../src/engine/text-file.js'
import { OpenApiDocumentError } from '../../../src/readers/openapi/errors.js'
import { loadSpec } from '../../../src/readers/openapi/load.js'
import { parseText } from '../../../src/readers/openapi/parse-text.js'

function memorySource(files: Record<string, string>): RepoSource {
  return {
    async readFile(path) {
      return files[path]
    },
    async listFiles() {
      return Object.keys(files).sort()
    },
    async mergeBase(base) {
      return base
    },
    async changedFiles() {
      return []
    }
  }
}

/** The refusal `loading` ends in (fails the test when it loads). */
async function refusalOf(loading: Promise<unknown>): Promise<OpenApiDocumentError> {
  try {
    await loading
  } catch (error) {
    if (error instanceof OpenApiDocumentError) return error
    throw error
  }
  throw new Error('expected the document to be refused')
}

function loadError(
  files: Record<string, string>,
  path = 'api.yaml',
  strict = false
): Promise<OpenApiDocumentError> {
  return refusalOf(loadSpec(memorySource(files), 'head', path, { strict }))
}

const json = `{
  "openapi": "3.0.3",
  "info": { "title": "t", "version": "1" },
  "paths": {
    "/a": {
      "get": {
        "responses": { "200": { "description": "ok" } }
      }
    },
    "/b": {
      "get": {
        "responses": {
          "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "string" } } } }
        }
      }
    }
  }
}`

describe('reading documents with line numbers', () => {
  it('finds the line of a pointer in JSON without a YAML parse', () => {
    const file = parseText('api.json', json)
    expect(file.lineOf(['paths', '/b', 'get', 'responses', '200'])).toBe(13)
    expect(file.lineOf(['paths', '/a', 'get'])).toBe(6)
    expect(file.lineOf(['paths', '/missing'])).toBe(4)
  })

  it('skips strings with escaped quotes, brackets and braces when it looks for a JSON member', () => {
    const text =
      '{\n  "a": "x\\"}]{[\\\\",\n  "b~c/d": [\n    1,\n    { "e": "\\u007d" },\n    { "f": true }\n  ]\n}'
    const file = parseText('x.json', text)
    expect(file.lineOf(['b~c/d', '2', 'f'])).toBe(6)
    expect(file.lineOf(['b~c/d', '1'])).toBe(5)
  })

  it('finds the line of a pointer in YAML, through sequences', () => {
    const file = parseText('api.yaml', 'openapi: 3.0.3\nlist:\n  - a\n  - name: b\n    x: 1\n')
    expect(file.lineOf(['list', '1', 'x'])).toBe(5)
  })

  it('reports a JSON syntax error with its line', () => {
    expect(() => parseText('api.json', '{\n  "openapi": "3.0.3",\n  "info": }\n')).toThrow(
      /^api\.json:3: is not valid JSON/
    )
  })

  it('reports a YAML syntax error with its line', () => {
    expect(() => parseText('api.yaml', 'openapi: 3.0.3\ninfo:\n  title: [unclosed\n')).toThrow(
      /^api\.yaml:\d+: is not valid YAML/
    )
  })
})

describe('loading and validating OpenAPI documents', () => {
  it('keeps the schema problems of an invalid document, with their lines, and loads it', async () => {
    const spec = await loadSpec(
      memorySource({
        'api.json': json.replace('"description": "ok" } }\n      }', '"description": 1 } }\n      }')
      }),
      'head',
      'api.json'
    )
    expect(spec.problems).toEqual([
      {
        path: ['paths', '/a', 'get', 'responses', '200', 'description'],
        line: 7,
        text: 'at /paths/~1a/get/responses/200/description, must be string'
      }
    ])
  })

  it('in strict mode, refuses an invalid document naming the place and the problem, with the line', async () => {
    const error = await loadError(
      { 'api.json': json.replace('"description": "ok" } }\n      }', '"description": 1 } }\n      }') },
      'api.json',
      true
    )
    expect(error.line).toBe(7)
    expect(error.message).toContain(
      'api.json:7: is not a valid OpenAPI 3.0 document: at /paths/~1a/get/responses/200'
    )
  })

  it('reads Swagger 2.0, OpenAPI 3.0 and 3.1 documents', async () => {
    const source = memorySource({
      's.yaml': 'swagger: "2.0"\ninfo: { title: t, version: "1" }\npaths: {}\n',
      'o30.yaml': 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\n',
      'o31.yaml': 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\n'
    })
    expect((await loadSpec(source, 'h', 's.yaml')).version).toBe('2.0')
    expect((await loadSpec(source, 'h', 'o30.yaml')).version).toBe('3.0')
    expect((await loadSpec(source, 'h', 'o31.yaml')).version).toBe('3.1')
  })

  it('refuses an unsupported version and a file that is not OpenAPI', async () => {
    expect((await loadError({ 'api.yaml': 'openapi: 4.0.0\n' })).problem).toContain(
      'declares version "4.0.0", which is not supported'
    )
    expect((await loadError({ 'api.yaml': 'name: x\n' })).problem).toContain('is not an OpenAPI document')
  })

  it('follows relative $ref files through the source, and reports a missing one at the $ref', async () => {
    const doc =
      'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: "schemas/a.yaml" }\n'
    const spec = await loadSpec(
      memorySource({ 'api/api.yaml': doc, 'api/schemas/a.yaml': 'type: string\n' }),
      'h',
      'api/api.yaml'
    )
    expect([...spec.files.keys()]).toEqual(['api/api.yaml', 'api/schemas/a.yaml'])
    const error = await loadError({ 'api/api.yaml': doc }, 'api/api.yaml')
    expect(error.message).toBe(
      'api/api.yaml:6: has a $ref to "api/schemas/a.yaml", which does not exist at head; add the file or fix the reference.'
    )
  })

  it('reports a $ref to a pointer that does not exist', async () => {
    const doc =
      'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: "#/components/schemas/B" }\n'
    expect((await loadError({ 'api.yaml': doc })).message).toBe(
      'api.yaml:6: has a $ref to "#/components/schemas/B", which points at nothing; fix the reference.'
    )
  })
})

describe('JSON nested too deeply, refused in the walk that collects references', () => {
  const deep = (levels: number): string =>
    `{\n  "openapi": "3.0.3",\n  "info": { "title": "t", "version": "1" },\n  "paths": {},\n  "x-deep":\n${'{"a":\n'.repeat(levels)}1${'}'.repeat(levels)}\n}`
  const parseRefusal = (path: string, text: string): string => {
    try {
      parseText(path, text)
    } catch (error) {
      return (error as Error).message
    }
    return 'parsed'
  }

  it('refuses a root document with the message and line parseText gives', async () => {
    const text = deep(450)
    expect(parseRefusal('api.json', text)).toBe(
      'api.json:55: is nested more than 400 levels deep; flatten it (use $ref to named schemas).'
    )
    expect((await loadError({ 'api.json': text }, 'api.json')).message).toBe(parseRefusal('api.json', text))
  })

  it('refuses a referenced file before anything the referencing file lists after it', async () => {
    const root = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/a': { $ref: 'deep.json' }, '/b': { $ref: 'missing.json' } }
    })
    expect((await loadError({ 'api.json': root, 'deep.json': deep(401) }, 'api.json')).message).toBe(
      parseRefusal('deep.json', deep(401))
    )
  })

  it('reads a document exactly 400 levels deep', async () => {
    const text = deep(400)
    expect(parseRefusal('api.json', text)).toBe('parsed')
    const spec = await loadSpec(memorySource({ 'api.json': text }), 'head', 'api.json', { validate: false })
    expect(spec.version).toBe('3.0')
  })
})

describe('JSON documents with characters outside ASCII, read as escapes', () => {
  /** Like the real sources: bytes decoded by decodeTextFile with the options the loader asks for. */
  const bytesSource = (files: Record<string, string>): RepoSource => ({
    ...memorySource({}),
    async readFile(path, _ref, options) {
      const text = files[path]
      return text === undefined ? undefined : decodeTextFile(path, Buffer.from(text), MAX_FILE_BYTES, options)
    }
  })
  const doc = `{
  "openapi": "3.0.3",
  "info": { "title": "Café 😀", "version": "1" },
  "paths": {
    "/café": {
      "get": {
        "summary": "Grüße",
        "responses": { "200": { "description": 1 } }
      }
    }
  }
}`

  it('keeps every name and value as written, and every line where it was', async () => {
    const spec = await loadSpec(bytesSource({ 'api.json': doc }), 'head', 'api.json')
    expect(spec.doc).toEqual(JSON.parse(doc))
    expect(spec.files.get('api.json')!.lineOf(['paths', '/café', 'get', 'summary'])).toBe(7)
    expect(spec.problems).toEqual([
      {
        path: ['paths', '/café', 'get', 'responses', '200', 'description'],
        line: 8,
        text: 'at /paths/~1café/get/responses/200/description, must be string'
      }
    ])
  })

  it('reads a YAML flow mapping that starts with a brace with its characters, not escapes', async () => {
    const spec = await loadSpec(
      bytesSource({ 'api.yaml': '{openapi: 3.0.3, info: {title: Café, version: "1"}, paths: {}}\n' }),
      'head',
      'api.yaml'
    )
    expect(spec.doc.info).toEqual({ title: 'Café', version: '1' })
  })

  it('reports invalid JSON after a non-ASCII character at its line', async () => {
    const error = await loadError({ 'api.json': '{\n  "info": "Café",\n  "paths": }\n' }, 'api.json')
    const fromBytes = await refusalOf(
      loadSpec(bytesSource({ 'api.json': '{\n  "info": "Café",\n  "paths": }\n' }), 'head', 'api.json')
    )
    expect(fromBytes.message).toBe(error.message)
    expect(fromBytes.message).toMatch(/^api\.json:3: is not valid JSON/)
  })
})
