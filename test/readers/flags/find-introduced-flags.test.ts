import { describe, expect, it } from '@jest/globals'
import type { Change, RepoSource } from '../../../src/engine/types.js'
import { findIntroducedFlags } from '../../../src/readers/flags/find-introduced-flags.js'

const CODE = ['src/**/*.ts']
const FLAG_FILES = ['**/*.flagd.json']

/** A source over two in-memory trees that counts reads. */
function source(
  base: Record<string, string>,
  head: Record<string, string>
): RepoSource & { reads: string[] } {
  const reads: string[] = []
  return {
    reads,
    async readFile(path, ref) {
      reads.push(`${ref}:${path}`)
      return (ref === 'base' ? base : head)[path]
    },
    listFiles: async () => [],
    mergeBase: async (b) => b,
    changedFiles: async () => []
  }
}

const change = (files: Change['files']): Change => ({
  event: 'pull_request',
  base: 'base',
  head: 'head',
  files,
  labels: []
})

describe('findIntroducedFlags', () => {
  it('reads no file when the known patch adds no flag read', async () => {
    const repo = source({ 'src/a.ts': 'const a = 1\n' }, { 'src/a.ts': 'const a = 2\n' })
    const result = await findIntroducedFlags(
      change([{ path: 'src/a.ts', status: 'modified', patch: '@@ -1 +1 @@\n-const a = 1\n+const a = 2' }]),
      repo,
      CODE,
      FLAG_FILES
    )
    expect(result).toEqual({ flags: [], problems: [] })
    expect(repo.reads).toEqual([])
  })

  it('reads both versions when the patch adds a flag read, and reports only a new key', async () => {
    const before = "const old = client.getBooleanValue('old-flag', false)\n"
    const after = before + "const now = client.getBooleanValue('new-flag', false)\n"
    const repo = source({ 'src/a.ts': before }, { 'src/a.ts': after })
    const patch =
      "@@ -1 +1,2 @@\n const old = client.getBooleanValue('old-flag', false)\n+const now = client.getBooleanValue('new-flag', false)"
    const result = await findIntroducedFlags(
      change([{ path: 'src/a.ts', status: 'modified', patch }]),
      repo,
      CODE,
      FLAG_FILES
    )
    expect(result.flags.map((f) => [f.key, f.file, f.line])).toEqual([['new-flag', 'src/a.ts', 2]])
    expect(repo.reads).toEqual(['head:src/a.ts', 'base:src/a.ts'])
  })

  it('reads the file when no patch is known (local git)', async () => {
    const repo = source(
      { 'src/a.ts': 'const a = 1\n' },
      { 'src/a.ts': "const on = ld.variation('beta-search', user, false)\n" }
    )
    const result = await findIntroducedFlags(
      change([{ path: 'src/a.ts', status: 'modified' }]),
      repo,
      CODE,
      FLAG_FILES
    )
    expect(result.flags.map((f) => f.key)).toEqual(['beta-search'])
    expect(repo.reads).toEqual(['head:src/a.ts', 'base:src/a.ts'])
  })
})
