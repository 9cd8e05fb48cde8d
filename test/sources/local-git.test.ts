import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { UnknownRefError, UnreadableFileError } from '../../src/engine/errors.js'
import { LocalGitSource } from '../../src/sources/local-git.js'
import { GitRepo } from '../support/git-repo.js'

describe('LocalGitSource', () => {
  const repo = new GitRepo()
  let source: LocalGitSource
  let base: string
  let head: string

  beforeAll(async () => {
    base = repo.commit({
      'src/a.ts': 'export const a = 1\n',
      'api/v1.yaml': 'openapi: 3.0.3\ninfo: { title: pets, version: "1" }\npaths: {}\n'.repeat(20),
      'docs/old.md': '# old\n',
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])
    })
    repo.branch('feature')
    head = repo.commit({
      'src/a.ts': 'export const a = 2\n',
      'api/v1.yaml': null,
      'api/v2.yaml': 'openapi: 3.0.3\ninfo: { title: pets, version: "1" }\npaths: {}\n'.repeat(20),
      'docs/old.md': null,
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      'big.txt': Buffer.alloc(33 * 1024 * 1024, 'a'),
      'src/b.ts': 'export const b = 1\n'
    })
    source = (await LocalGitSource.open(repo.dir))!
  })
  afterAll(() => {
    source.close()
    repo.remove()
  })

  it('lists changed files with status, following renames', async () => {
    expect(await source.changedFiles('main', 'feature')).toEqual([
      { path: 'api/v2.yaml', status: 'renamed', previousPath: 'api/v1.yaml' },
      { path: 'big.txt', status: 'added' },
      { path: 'docs/old.md', status: 'removed' },
      { path: 'latin1.txt', status: 'added' },
      { path: 'src/a.ts', status: 'modified' },
      { path: 'src/b.ts', status: 'added' }
    ])
  })

  it('compares against the merge base, so later base commits do not count', async () => {
    repo.checkout('main')
    repo.commit({ 'unrelated.md': 'on main later\n' })
    repo.checkout('feature')
    const files = await source.changedFiles('main', 'feature')
    expect(files.map((f) => f.path)).not.toContain('unrelated.md')
  })

  it('reads a file at a ref, and undefined where it does not exist', async () => {
    expect(await source.readFile('src/a.ts', base)).toBe('export const a = 1\n')
    expect(await source.readFile('src/a.ts', head)).toBe('export const a = 2\n')
    expect(await source.readFile('src/b.ts', base)).toBeUndefined()
    expect(await source.readFile('src', head)).toBeUndefined()
  })

  it('reads many files through one git process', async () => {
    const fresh = (await LocalGitSource.open(repo.dir))!
    const before = fresh.gitCalls
    const reads = await Promise.all(
      Array.from({ length: 200 }, (_, i) => fresh.readFile(i % 2 ? 'src/a.ts' : 'src/b.ts', head))
    )
    expect(reads.filter((r) => r === 'export const a = 2\n')).toHaveLength(100)
    expect(fresh.gitCalls - before).toBe(1) // the one rev-parse; cat-file --batch is not counted per read
    fresh.close()
  })

  it('refuses binary, non-UTF-8 and oversized files with a clear error', async () => {
    await expect(source.readFile('logo.png', base)).rejects.toThrow(
      new UnreadableFileError('logo.png', 'binary')
    )
    await expect(source.readFile('latin1.txt', head)).rejects.toThrow(
      'latin1.txt: is not valid UTF-8 text; save it as UTF-8.'
    )
    await expect(source.readFile('big.txt', head)).rejects.toThrow(/big\.txt: is larger than the size limit/)
    expect(await source.readFile('src/a.ts', head)).toBe('export const a = 2\n')
  })

  it('lists files at a ref by glob', async () => {
    expect(await source.listFiles(head, ['src/**'])).toEqual(['src/a.ts', 'src/b.ts'])
    expect(await source.listFiles(base, ['**/*.yaml'])).toEqual(['api/v1.yaml'])
    expect(await source.listFiles(head, ['**', '!src/**', '!*.txt'])).toEqual(['api/v2.yaml', 'logo.png'])
  })

  it('says what to do about an unknown ref', async () => {
    await expect(source.readFile('a', 'no-such-branch')).rejects.toThrow(UnknownRefError)
    await expect(source.changedFiles('main', 'no-such-branch')).rejects.toThrow(
      /Unknown ref "no-such-branch".*fetch-depth: 0/
    )
  })

  it('is undefined outside a git repository', async () => {
    expect(await LocalGitSource.open('/')).toBeUndefined()
  })
})
