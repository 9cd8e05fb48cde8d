import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { openapiDiffCommand } from '../../../src/cli/openapi-diff-command.js'
import { memoryIo, openapiFixtures } from '../../support/openapi.js'

const fixture = (name: string, side: 'base' | 'head'): string => join(name, `${side}.yaml`)

describe('release-readiness openapi-diff', () => {
  it('exits 1 and prints the DESIGN.md JSON shape when a change is breaking', async () => {
    const io = memoryIo(openapiFixtures)
    const code = await openapiDiffCommand(
      [
        fixture('request-body-became-required', 'base'),
        fixture('request-body-became-required', 'head'),
        '--format',
        'json'
      ],
      io
    )
    expect(code).toBe(1)
    expect(JSON.parse(io.out)).toEqual({
      breaking: true,
      changes: [
        {
          id: 'request-body-became-required',
          level: 'breaking',
          operation: 'POST /pets',
          location: '#/paths/~1pets/post/requestBody',
          message: 'Request body became required. The request body became required.',
          line: 42,
          file: 'test/fixtures/openapi/request-body-became-required/head.yaml'
        }
      ]
    })
    expect(io.err).toBe('')
  })

  it('exits 0 when nothing breaks, and says so in text', async () => {
    const io = memoryIo(openapiFixtures)
    const code = await openapiDiffCommand(
      [fixture('compatible-changes', 'base'), fixture('compatible-changes', 'head')],
      io
    )
    expect(code).toBe(0)
    expect(io.out).toContain('No breaking changes: 0 breaking, 0 warning(s), 7 info.')
  })

  it('renders Markdown with a verdict line and a table', async () => {
    const io = memoryIo(openapiFixtures)
    await openapiDiffCommand(
      [
        fixture('response-property-enum-value-added', 'base'),
        fixture('response-property-enum-value-added', 'head'),
        '--format',
        'markdown'
      ],
      io
    )
    expect(io.out.split('\n').slice(0, 5)).toEqual([
      '### OpenAPI changes: ✅ no breaking change',
      '',
      '0 breaking, 3 warning(s), 0 info.',
      '',
      '| level | rule | operation | change | where |'
    ])
  })

  it.each([
    [['only-one.yaml'], 'expected two files'],
    [['a.yaml', 'b.yaml', '--format', 'xml'], 'unknown format "xml"'],
    [['a.yaml', 'b.yaml', '--colour'], "Unknown option '--colour'"],
    [['missing.yaml', 'other.yaml'], 'missing.yaml does not exist or is not a file']
  ])('exits 2 with a one-paragraph message for bad arguments %j', async (argv, message) => {
    const io = memoryIo(openapiFixtures)
    expect(await openapiDiffCommand(argv, io)).toBe(2)
    expect(io.err).toContain(message)
    expect(io.err.trim().split('\n')).toHaveLength(1)
    expect(io.out).toBe('')
  })

  it('with --strict, exits 2 naming the file and line when a document is invalid', async () => {
    const io = memoryIo(join(openapiFixtures, '..'))
    const code = await openapiDiffCommand(
      ['openapi/compatible-changes/base.yaml', 'repos/openapi-invalid/head/api/openapi.yaml', '--strict'],
      io
    )
    expect(code).toBe(2)
    expect(io.err).toMatch(
      /^openapi-diff: could not compare the documents\. test\/fixtures\/repos\/openapi-invalid\/head\/api\/openapi\.yaml:\d+: is not a valid OpenAPI 3\.0 document/
    )
    expect(io.err).not.toMatch(/\n\s+at /)
  })
})
