import { describe, expect, it } from '@jest/globals'
import check from '../../checks/openapi-compatible.js'
import type { ChangedFile, RepoSource } from '../../src/engine/types.js'
import { filterPaths } from '../../src/engine/globs.js'
import { memoryLogger } from '../support/fixture-source.js'

const doc = (extra = ''): string => `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /items:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: 'schemas/item.yaml' }
${extra}`

/** A 20,000-file repository in memory: mostly source files, 2,000 YAML files, one API document. */
function bigRepository(headItem: string): RepoSource & { reads: number } {
  const files = (ref: string): Map<string, string> => {
    const m = new Map<string, string>()
    for (let i = 0; i < 18_000; i++) m.set(`src/module-${i}.ts`, `export const x${i} = ${i}\n`)
    for (let i = 0; i < 1_997; i++) m.set(`config/service-${i}.yaml`, `name: service-${i}\nreplicas: 2\n`)
    m.set('api/openapi.yaml', doc())
    m.set(
      'api/schemas/item.yaml',
      ref === 'head' ? headItem : 'type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n'
    )
    m.set('api/README.yaml', 'notes: none\n')
    return m
  }
  const trees = { base: files('base'), head: files('head') } as Record<string, Map<string, string>>
  const source = {
    reads: 0,
    async readFile(path: string, ref: string) {
      source.reads++
      return trees[ref]!.get(path)
    },
    async listFiles(ref: string, globs: string[]) {
      return filterPaths([...trees[ref]!.keys()].sort(), globs)
    },
    async mergeBase(base: string) {
      return base
    },
    async changedFiles(): Promise<ChangedFile[]> {
      return []
    }
  }
  return source
}

async function timed(files: ChangedFile[], source: RepoSource) {
  const started = performance.now()
  const result = await check.run({
    config: check.meta.defaultConfig,
    change: { event: 'pull_request', base: 'base', head: 'head', files, labels: [] },
    source,
    log: memoryLogger(),
    waivers: []
  })
  return { result, ms: performance.now() - started }
}

describe('openapi-compatible in a 20,000-file repository', () => {
  it('skips a change to source files without reading any file', async () => {
    const source = bigRepository('type: object\n')
    const { result, ms } = await timed([{ path: 'src/module-7.ts', status: 'modified' }], source)
    expect(result.status).toBe('skip')
    expect(source.reads).toBe(0)
    expect(ms).toBeLessThan(1000)
  })

  it('finds the document behind a changed $ref-ed fragment quickly', async () => {
    const source = bigRepository('type: object\nproperties:\n  id: { type: string }\n')
    const { result, ms } = await timed([{ path: 'api/schemas/item.yaml', status: 'modified' }], source)
    expect(result.status).toBe('fail')
    expect(result.findings?.map((f) => [f.ruleId, f.file])).toEqual([
      ['response-property-became-optional', 'api/schemas/item.yaml']
    ])
    expect(ms).toBeLessThan(5000)
  })
})
