import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openapiDiffCommand } from '../../../src/cli/openapi-diff-command.js'
import { memoryIo } from '../../support/openapi.js'

let repo: string

/** Writes files into a throwaway repository (it has a .git folder, so it is the boundary for $ref). */
function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true })
    writeFileSync(join(repo, path), text)
  }
}

const head = (extra: string): string => `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /x:
    post:
      requestBody:
        content:
          application/json:
            schema: ${extra}
      responses:
        '200': { description: ok }
`

async function diff(base: string, headFile: string): Promise<{ code: number; err: string; ms: number }> {
  const io = memoryIo(repo)
  const started = performance.now()
  const code = await openapiDiffCommand([base, headFile, '--format', 'json'], io)
  return { code, err: io.err, ms: performance.now() - started }
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'rr-hostile-'))
  mkdirSync(join(repo, '.git'))
  mkdirSync(join(repo, 'api'))
  write({ 'api/base.yaml': head('{ type: object }') })
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('hostile OpenAPI input', () => {
  it('refuses a $ref to a URL without connecting to it', async () => {
    let connections = 0
    const server: Server = createServer((_req, res) => {
      connections++
      res.end('type: object')
    })
    server.on('connection', () => connections++)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    write({ 'api/url.yaml': head(`{ $ref: 'http://127.0.0.1:${port}/schema.yaml' }`) })
    const result = await diff('api/base.yaml', 'api/url.yaml')
    await new Promise<void>((resolve) => server.close(() => resolve()))
    expect(result.code).toBe(2)
    expect(result.err).toContain(
      `api/url.yaml:9: has a $ref to "http://127.0.0.1:${port}/schema.yaml", which is a URL`
    )
    expect(connections).toBe(0)
  })

  it.each([
    ['../../etc/passwd', 'which leaves the repository'],
    ['/etc/passwd', 'which is an absolute path'],
    ['file:///etc/passwd', 'which is a URL'],
    ['..%2F..%2Fetc%2Fpasswd', 'which leaves the repository']
  ])('refuses a $ref to %s and reads nothing outside the repository', async (target, why) => {
    write({ 'api/escape.yaml': head(`{ $ref: '${target}' }`) })
    const result = await diff('api/base.yaml', 'api/escape.yaml')
    expect(result.code).toBe(2)
    expect(result.err).toContain(`api/escape.yaml:9: has a $ref to "${target}", ${why}`)
    expect(result.err).not.toContain('root:')
  })

  it('compares schemas that refer to each other across files without recursing forever', async () => {
    write({
      'api/cycle/a.yaml':
        'A:\n  type: object\n  properties:\n    b: { $ref: "b.yaml#/B" }\n    name: { type: string, maxLength: 10 }\n',
      'api/cycle/b.yaml': 'B:\n  type: object\n  properties:\n    a: { $ref: "a.yaml#/A" }\n',
      'api/cycle/base.yaml': head('{ $ref: "a.yaml#/A" }'),
      'api/cycle2/a.yaml':
        'A:\n  type: object\n  properties:\n    b: { $ref: "b.yaml#/B" }\n    name: { type: string, maxLength: 5 }\n',
      'api/cycle2/b.yaml': 'B:\n  type: object\n  properties:\n    a: { $ref: "a.yaml#/A" }\n',
      'api/cycle2/head.yaml': head('{ $ref: "a.yaml#/A" }')
    })
    const io = memoryIo(repo)
    const code = await openapiDiffCommand(
      ['api/cycle/base.yaml', 'api/cycle2/head.yaml', '--format', 'json'],
      io
    )
    expect(code).toBe(1)
    const out = JSON.parse(io.out) as { changes: Array<{ id: string; file: string; line: number }> }
    expect(out.changes.map((c) => [c.id, c.file, c.line])).toEqual([
      ['request-property-max-length-decreased', 'api/cycle2/a.yaml', 5]
    ])
  })

  it('ends a cycle of references that never reach a schema with a clear error', async () => {
    write({
      'api/loop/a.yaml': 'A: { $ref: "b.yaml#/B" }\n',
      'api/loop/b.yaml': 'B: { $ref: "a.yaml#/A" }\n',
      'api/loop/head.yaml': head('{ $ref: "a.yaml#/A" }')
    })
    const result = await diff('api/base.yaml', 'api/loop/head.yaml')
    expect(result.code).toBe(2)
    expect(result.err).toContain('has a $ref chain that never reaches a value')
  })

  it.each([
    [
      'YAML',
      'deep.yaml',
      (n: number) =>
        `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\nx-deep: ${'['.repeat(n)}${']'.repeat(n)}\n`
    ],
    [
      'JSON',
      'deep.json',
      (n: number) =>
        `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x-deep": ${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`
    ]
  ])('refuses 10,000-level nesting in %s with a clear error, quickly', async (_kind, name, text) => {
    write({ [`api/${name}`]: text(10_000) })
    const result = await diff('api/base.yaml', `api/${name}`)
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/nested (more than 400 levels deep|too deeply)/)
    expect(result.ms).toBeLessThan(5000)
  })

  it('refuses a YAML document that contains itself through an alias', async () => {
    write({
      'api/self.yaml':
        "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\nx-loop: &loop\n  again: *loop\n"
    })
    const result = await diff('api/base.yaml', 'api/self.yaml')
    expect(result.code).toBe(2)
    expect(result.err).toContain('api/self.yaml:5: contains itself (a YAML alias to an enclosing node)')
  })

  it('refuses a YAML alias bomb within bounded time and memory', async () => {
    const lines = [
      'openapi: 3.0.3',
      "info: { title: t, version: '1' }",
      'paths: {}',
      'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'
    ]
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    write({ 'api/bomb.yaml': lines.join('\n') + '\n' })
    const before = process.memoryUsage().rss
    const result = await diff('api/base.yaml', 'api/bomb.yaml')
    expect(result.code).toBe(2)
    expect(result.err).toContain('alias bomb')
    expect(result.ms).toBeLessThan(5000)
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024)
  })
})
