import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { openapiDiffCommand } from '../../../src/cli/openapi-diff-command.js'
import { OpenApiDocumentError } from '../../../src/readers/openapi/errors.js'
import { compareFiles, memoryIo } from '../../support/openapi.js'
import { fixturesDir } from '../../support/fixture-source.js'

const dir = join(fixturesDir, 'openapi-lenient')
const at = (name: string): string => join(dir, name)

async function refusal(name: string, strict = false): Promise<string> {
  try {
    await compareFiles(at(name), at(name), undefined, { strict })
  } catch (error) {
    if (error instanceof OpenApiDocumentError) return `${error.line}: ${error.problem}`
    throw error
  }
  return 'compared'
}

describe('documents that break the OpenAPI schema only where compatibility does not look', () => {
  it.each([
    ['no-responses.yaml', 'OpenAPI 3.0', 7, "at /paths/~1pets/get, must have required property 'responses'"],
    [
      'response-without-description.yaml',
      'OpenAPI 3.0',
      10,
      "at /paths/~1pets/get/responses/200, must have required property 'description'"
    ],
    ['info-without-version.yaml', 'OpenAPI 3.1', 2, "at /info, must have required property 'version'"],
    ['no-info.json', 'Swagger 2.0', 1, "at the top level, must have required property 'info'"]
  ])('compares %s with one warning that names the place and line', async (name, version, line, text) => {
    const result = await compareFiles(at(name), at(name))
    expect(result.breaking).toBe(false)
    expect(result.changes.map((c) => [c.id, c.level, c.line, c.operation])).toEqual([
      ['openapi-document-schema-problems', 'warning', line, '']
    ])
    expect(result.changes[0]!.message).toContain(
      `is not a valid ${version} document (1 problem, compared anyway): line ${line} ${text}`
    )
  })

  it('still finds the changes of a document without responses, and warns about the head only', async () => {
    const result = await compareFiles(at('no-responses.yaml'), at('response-without-description.yaml'))
    expect(result.changes.map((c) => [c.id, c.level, c.file])).toEqual([
      [
        'openapi-document-schema-problems',
        'warning',
        'test/fixtures/openapi-lenient/response-without-description.yaml'
      ],
      [
        'request-parameter-removed',
        'warning',
        'test/fixtures/openapi-lenient/response-without-description.yaml'
      ],
      [
        'response-success-status-added',
        'info',
        'test/fixtures/openapi-lenient/response-without-description.yaml'
      ]
    ])
  })

  it('reads an empty operation and an empty path item as empty, not as removed', async () => {
    const result = await compareFiles(at('empty-operation.yaml'), at('empty-operation.yaml'))
    expect(result.breaking).toBe(false)
    expect(result.changes.map((c) => c.id)).toEqual(['openapi-document-schema-problems'])
  })

  it('refuses them in strict mode, with the first problem and its line', async () => {
    expect(await refusal('no-responses.yaml', true)).toBe(
      "7: is not a valid OpenAPI 3.0 document: at /paths/~1pets/get, must have required property 'responses'. Fix the document (an editor with OpenAPI validation shows the place)."
    )
    expect(await refusal('no-info.json', true)).toMatch(
      /^1: is not a valid Swagger 2\.0 document: at the top level/
    )
  })
})

describe('documents whose operations cannot be followed', () => {
  it('refuses paths that are a list', async () => {
    expect(await refusal('paths-is-a-list.yaml')).toBe(
      '3: cannot be compared: "paths" at /paths is not a mapping, so its operations cannot be found. Fix the document.'
    )
  })

  it('refuses an operation that is a string', async () => {
    expect(await refusal('operation-is-a-string.yaml')).toBe(
      '5: cannot be compared: the get operation at /paths/~1pets/get is not a mapping, so its operations cannot be found. Fix the document.'
    )
  })
})

describe('malformed x-sunset and x-stability-level', () => {
  it('never make a self-diff report anything', async () => {
    const file = at('malformed-sunset-and-stability.yaml')
    expect((await compareFiles(file, file)).changes).toEqual([])
  })
})

describe('openapi-diff --strict', () => {
  it('exits 0 with the warning by default, and 2 with --strict', async () => {
    const file = 'test/fixtures/openapi-lenient/response-without-description.yaml'
    const lenient = memoryIo(join(fixturesDir, '..', '..'))
    expect(await openapiDiffCommand([file, file, '--format', 'json'], lenient)).toBe(0)
    expect(JSON.parse(lenient.out).changes.map((c: { id: string }) => c.id)).toEqual([
      'openapi-document-schema-problems'
    ])
    const strict = memoryIo(join(fixturesDir, '..', '..'))
    expect(await openapiDiffCommand([file, file, '--strict'], strict)).toBe(2)
    expect(strict.err).toBe(
      `openapi-diff: could not compare the documents. ${file}:10: is not a valid OpenAPI 3.0 document: at /paths/~1pets/get/responses/200, must have required property 'description'. Fix the document (an editor with OpenAPI validation shows the place).\n`
    )
  })
})
