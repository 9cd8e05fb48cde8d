import { describe, expect, it } from '@jest/globals'
import check, { looksLikeOpenApi } from '../../checks/openapi-compatible.js'
import { checks } from '../../checks/index.js'
import { UnreadableFileError } from '../../src/engine/errors.js'
import type { Change, RepoSource, Waiver } from '../../src/engine/types.js'
import { fixtureChange, fixtureSource, memoryLogger } from '../support/fixture-source.js'

interface Options {
  config?: Partial<typeof check.meta.defaultConfig>
  waivers?: Waiver[]
  change?: Partial<Change>
  source?: RepoSource
}

async function runOn(scenario: string, options: Options = {}) {
  const source = options.source ?? fixtureSource(scenario)
  return check.run({
    config: { ...check.meta.defaultConfig, ...options.config },
    change: await fixtureChange(scenario, options.change),
    source,
    log: memoryLogger(),
    waivers: options.waivers ?? []
  })
}

/** A source that counts reads, to show which files the check opens. */
function countingSource(scenario: string): RepoSource & { reads: string[] } {
  const inner = fixtureSource(scenario)
  const reads: string[] = []
  return {
    reads,
    readFile: (path, ref) => {
      reads.push(`${ref}:${path}`)
      return inner.readFile(path, ref)
    },
    listFiles: (ref, globs) => inner.listFiles(ref, globs),
    mergeBase: (b, h) => inner.mergeBase(b, h),
    changedFiles: (b, h) => inner.changedFiles(b, h)
  }
}

const waiver = (target: Waiver['target']): Waiver => ({
  check: 'openapi-compatible',
  reason: 'clients migrated',
  grantedBy: '@acme/release-managers',
  target
})

describe('openapi-compatible', () => {
  it('is registered with its docs page and default level', () => {
    expect(checks.map((c) => c.meta.id)).toContain('openapi-compatible')
    expect(check.meta).toMatchObject({
      id: 'openapi-compatible',
      docs: 'docs/checks/openapi-compatible.md',
      defaultLevel: 'error'
    })
    expect(Object.keys(check.meta.schema.properties)).toEqual(['documents', 'rules', 'deprecation', 'strict'])
  })

  it('fails on a breaking change with file, line, rule id, operation and severity', async () => {
    const result = await runOn('openapi-breaking')
    expect(result.status).toBe('fail')
    expect(result.summary).toBe('1 breaking change(s) in 1 OpenAPI document.')
    expect(result.findings).toEqual([
      {
        message: 'Request body became required. The request body became required.',
        file: 'api/openapi.yaml',
        line: 9,
        ruleId: 'request-body-became-required',
        operation: 'POST /pets',
        severity: 'error'
      }
    ])
  })

  describe('when a file cannot be read', () => {
    /** The openapi-breaking scenario, with the head document answering `failure` when read. */
    const failingAtHead = (failure: Error): RepoSource => {
      const inner = fixtureSource('openapi-breaking')
      return {
        ...inner,
        readFile: (path, ref) =>
          ref === 'head' && path === 'api/openapi.yaml' ? Promise.reject(failure) : inner.readFile(path, ref)
      }
    }

    it('fails with a finding, never a skip, when a changed document is not readable text', async () => {
      const result = await runOn('openapi-breaking', {
        source: failingAtHead(new UnreadableFileError('api/openapi.yaml', 'invalid-utf8'))
      })
      expect(result).toEqual({
        status: 'fail',
        summary: '1 changed file(s) that may be OpenAPI documents could not be read; the check fails closed.',
        findings: [
          {
            message:
              'api/openapi.yaml: is not valid UTF-8 text; save it as UTF-8. It could not be read at head to compare it as an OpenAPI document, so the check fails closed; if it is not an OpenAPI document, leave it out of `documents`. See docs/checks/openapi-compatible.md.',
            file: 'api/openapi.yaml',
            ruleId: 'openapi-document-unreadable',
            severity: 'error'
          }
        ]
      })
    })

    it('lets a read that keeps failing propagate, so the engine ends the check in error', async () => {
      const failure = new Error('GET /repos/acme/shop/git/blobs/abc answered 502 4 time(s) in a row')
      await expect(runOn('openapi-breaking', { source: failingAtHead(failure) })).rejects.toBe(failure)
    })
  })

  it('compares a document whose $ref-ed file changed, and points at that file', async () => {
    const result = await runOn('openapi-fragment-changed')
    expect(result.status).toBe('fail')
    expect(result.findings?.map((f) => [f.ruleId, f.operation, f.file, f.line])).toEqual([
      ['request-property-became-required', 'POST /pets', 'api/schemas/pet.yaml', 5]
    ])
  })

  it('skips with a reason when no OpenAPI document changed, without reading any file', async () => {
    const source = countingSource('openapi-no-change')
    const result = await runOn('openapi-no-change', { source })
    expect(result).toEqual({ status: 'skip', summary: 'No OpenAPI document changed.' })
    expect(source.reads).toEqual([])
  })

  it('skips when only an unrelated YAML file changed and no document references other files', async () => {
    const source = countingSource('openapi-unrelated-yaml')
    const result = await runOn('openapi-unrelated-yaml', { source })
    expect(result).toEqual({ status: 'skip', summary: 'No OpenAPI document changed.' })
    expect(source.reads).toEqual([
      'base:.github/workflows/ci.yml',
      'head:.github/workflows/ci.yml',
      'head:legacy/swagger.json'
    ])
  })

  it('reads each file once: the changed document and its $ref-ed file, at base and at head', async () => {
    const source = countingSource('openapi-breaking')
    await runOn('openapi-breaking', { source })
    expect(source.reads.sort()).toEqual([
      'base:api/openapi.yaml',
      'base:api/schemas/pet.yaml',
      'head:api/openapi.yaml',
      'head:api/schemas/pet.yaml'
    ])
  })

  it('passes a compatible change to a Swagger 2.0 JSON document', async () => {
    const result = await runOn('openapi-swagger2-compatible')
    expect(result).toEqual({
      status: 'pass',
      summary: 'No unwaived breaking change in 1 OpenAPI document; 1 compatible change(s).',
      findings: []
    })
  })

  it('treats a removed document as breaking', async () => {
    const result = await runOn('openapi-removed')
    expect(result.status).toBe('fail')
    expect(result.findings?.map((f) => [f.ruleId, f.file, f.severity])).toEqual([
      ['openapi-document-removed', 'api/openapi.yaml', 'error']
    ])
  })

  it('follows a rename from the change and compares the old path with the new one', async () => {
    const result = await runOn('openapi-renamed', {
      change: { files: [{ path: 'api/openapi.yaml', previousPath: 'api/v1.yaml', status: 'renamed' }] }
    })
    expect(result.status).toBe('fail')
    expect(result.findings?.map((f) => f.ruleId)).toEqual(['request-body-became-required'])
  })

  it('compares a head document that breaks the OpenAPI schema, with one warning naming file and line', async () => {
    const result = await runOn('openapi-invalid')
    expect(result.status).toBe('warn')
    expect(result.summary).toBe('No unwaived breaking change in 1 OpenAPI document; 1 warning(s).')
    expect(result.findings).toEqual([
      {
        message:
          'The head document api/openapi.yaml is not a valid OpenAPI 3.0 document (2 problems, compared anyway): line 15 at /paths/~1pets/post/responses/201, must have required property \'description\'; line 15 at /paths/~1pets/post/responses/201, must NOT have additional properties ("descriptio"). The document breaks the OpenAPI schema in places that do not stop the comparison (for example a response without a description); it was compared anyway. Fix the listed places, or set `strict: true` to refuse such documents.',
        file: 'api/openapi.yaml',
        line: 15,
        ruleId: 'openapi-document-schema-problems',
        operation: undefined,
        severity: 'warning'
      }
    ])
  })

  it('with strict: true, fails closed with file and line when the head document is invalid', async () => {
    const result = await runOn('openapi-invalid', { config: { strict: true } })
    expect(result.status).toBe('fail')
    expect(result.findings).toEqual([
      {
        message: expect.stringMatching(
          /^is not a valid OpenAPI 3\.0 document: at \/paths\/~1pets\/post\/responses\/201, .* See docs\/checks\/openapi-compatible\.md\.$/
        ),
        file: 'api/openapi.yaml',
        line: 15,
        ruleId: 'openapi-document-invalid',
        severity: 'error'
      }
    ])
  })

  it('fails closed when a $ref leaves the repository, and reads nothing outside it', async () => {
    const source = countingSource('openapi-refused-ref')
    const result = await runOn('openapi-refused-ref', { source })
    expect(result.status).toBe('fail')
    expect(result.findings?.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['openapi-document-invalid', 'api/openapi.yaml', 13]
    ])
    expect(result.findings?.[0]?.message).toContain('which leaves the repository')
    expect(source.reads.filter((r) => r.includes('etc/passwd'))).toEqual([])
  })

  it('marks a finding covered by a per-change waiver and passes', async () => {
    const result = await runOn('openapi-breaking', {
      waivers: [waiver({ ruleId: 'request-body-became-required', operation: 'POST /pets' })]
    })
    expect(result.status).toBe('pass')
    expect(result.summary).toBe('No unwaived breaking change in 1 OpenAPI document (1 waived).')
    expect(result.findings?.map((f) => [f.ruleId, f.waived?.grantedBy])).toEqual([
      ['request-body-became-required', '@acme/release-managers']
    ])
  })

  it('does not apply a waiver for another operation or another rule', async () => {
    for (const target of [
      { ruleId: 'request-body-became-required', operation: 'GET /pets/{id}' },
      { ruleId: 'request-property-became-required' }
    ]) {
      const result = await runOn('openapi-breaking', { waivers: [waiver(target)] })
      expect(result.status).toBe('fail')
      expect(result.findings?.map((f) => f.waived)).toEqual([undefined])
    }
  })

  it('lets configuration turn a rule into a warning or off', async () => {
    expect(
      (await runOn('openapi-breaking', { config: { rules: { 'request-body-became-required': 'warn' } } }))
        .status
    ).toBe('warn')
    expect(
      (await runOn('openapi-breaking', { config: { rules: { 'request-body-became-required': 'off' } } }))
        .status
    ).toBe('pass')
  })

  it.each([
    ['openapi: 3.1.0\ninfo: {}\n', true],
    ['# comment\nswagger: "2.0"\n', true],
    [`{ "info": { "description": "${'x'.repeat(5000)}" }, "openapi": "3.0.3" }`, true],
    ['{ "name": "pkg", "config": { "swagger": true } }', false],
    ['components:\n  openapi: no\n', false]
  ])('recognises an OpenAPI document by its top-level key (%#)', (text, expected) => {
    expect(looksLikeOpenApi(text)).toBe(expected)
  })

  it('only compares the configured documents when globs are given', async () => {
    const result = await runOn('openapi-breaking', { config: { documents: ['other/**/*.yaml'] } })
    expect(result).toEqual({ status: 'skip', summary: 'No OpenAPI document changed.' })
  })
})
