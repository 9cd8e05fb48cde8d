import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { UnknownRefError, UnreadableFileError } from '../../../src/engine/errors.js'
import type { OctokitLike } from '../../../src/sources/github/client.js'
import { GitHubApiSource, toChangedFile } from '../../../src/sources/github/github-api.js'
import { FakeGitHub, type Files } from '../../support/fake-github.js'

const files = (entries: Record<string, string | Buffer>): Files =>
  new Map(
    Object.entries(entries).map(([path, content]) => [
      path,
      Buffer.isBuffer(content) ? content : Buffer.from(content)
    ])
  )

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

let github: FakeGitHub
let base: string
let head: string

beforeEach(async () => {
  github = await new FakeGitHub('acme/shop').start()
  base = github.commit(
    files({
      'README.md': '# Shop\n',
      'src/a.ts': 'a\n',
      'src/old-name.ts': 'moved\n',
      'openapi/pets.yaml': 'openapi: 3.0.3\n'
    })
  )
  head = github.commit(
    files({
      'README.md': '# Shop\n',
      'src/a.ts': 'a changed\n',
      'src/new-name.ts': 'moved\n',
      'openapi/pets.yaml': 'openapi: 3.1.0\n',
      'logo.png': Buffer.from([0x89, 0x50, 0, 1]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9])
    }),
    base
  )
  github.refs.set('heads/main', base)
})

afterEach(async () => {
  expect(github.violations).toEqual([])
  await github.stop()
})

const source = (pullNumber?: number) =>
  new GitHubApiSource(new Octokit({ auth: 't', baseUrl: github.url, log: quiet }), {
    owner: 'acme',
    repo: 'shop',
    retry: { retries: 0, delayMs: 1 },
    ...(pullNumber ? { pullNumber } : {})
  })

describe('GitHubApiSource', () => {
  it('lists files from one recursive tree per ref, cached, filtered by globs', async () => {
    const s = source()
    expect(await s.listFiles(head, ['src/**'])).toEqual(['src/a.ts', 'src/new-name.ts'])
    expect(await s.listFiles(head, ['**'])).toEqual([
      'README.md',
      'latin1.txt',
      'logo.png',
      'openapi/pets.yaml',
      'src/a.ts',
      'src/new-name.ts'
    ])
    expect(await s.listFiles('main', ['**/*.yaml'])).toEqual(['openapi/pets.yaml'])
    expect(github.count({ path: /\/git\/trees\// })).toBe(2)
  })

  it('reads a tree too large for one response one directory at a time', async () => {
    github.maxTreeEntries = 3
    const s = source()
    expect(await s.listFiles(head, ['**'])).toEqual([
      'README.md',
      'latin1.txt',
      'logo.png',
      'openapi/pets.yaml',
      'src/a.ts',
      'src/new-name.ts'
    ])
    expect(await s.readFile('src/a.ts', head)).toBe('a changed\n')
    // The truncated recursive tree, then the root, openapi/ and src/.
    expect(github.count({ path: /\/git\/trees\// })).toBe(4)
  })

  it('reads files through blobs by SHA, fetching a file unchanged between refs once', async () => {
    const s = source()
    expect(await s.readFile('README.md', base)).toBe('# Shop\n')
    expect(await s.readFile('README.md', head)).toBe('# Shop\n')
    expect(await s.readFile('openapi/pets.yaml', head)).toBe('openapi: 3.1.0\n')
    expect(await s.readFile('missing.md', head)).toBeUndefined()
    expect(await s.readFile('src', head)).toBeUndefined()
    expect(github.count({ path: /\/git\/blobs\// })).toBe(2)
    expect(s.client.stats.calls).toBe(4)
  })

  it('refuses binary files and invalid UTF-8 the way every source does', async () => {
    const s = source()
    await expect(s.readFile('logo.png', head)).rejects.toEqual(new UnreadableFileError('logo.png', 'binary'))
    await expect(s.readFile('latin1.txt', head)).rejects.toEqual(
      new UnreadableFileError('latin1.txt', 'invalid-utf8')
    )
  })

  it('refuses a file over the size limit from the tree entry, without downloading it', async () => {
    let blobCalls = 0
    const octokit: OctokitLike = {
      request: (async (route: string) => {
        if (route.includes('/git/trees/'))
          return {
            data: {
              truncated: false,
              tree: [
                {
                  path: 'huge.json',
                  type: 'blob',
                  mode: '100644',
                  sha: 'f'.repeat(40),
                  size: 64 * 1024 * 1024
                }
              ]
            }
          }
        blobCalls++
        return { data: { content: '', encoding: 'base64' } }
      }) as unknown as OctokitLike['request']
    }
    const s = new GitHubApiSource(octokit, { owner: 'a', repo: 'b' })
    await expect(s.readFile('huge.json', 'main')).rejects.toMatchObject({ reason: 'too-large' })
    expect(blobCalls).toBe(0)
  })

  it('lists a pull request’s files, mapping renames to their previous path', async () => {
    github.addPull({
      number: 3,
      title: 't',
      body: '',
      user: { login: 'dev' },
      base: { ref: 'main', sha: base },
      head: { ref: 'x', sha: head }
    })
    const files = await source(3).changedFiles(base, head)
    expect(files.map(({ patch: _patch, ...file }) => file)).toEqual([
      { path: 'latin1.txt', status: 'added' },
      { path: 'logo.png', status: 'added' },
      { path: 'openapi/pets.yaml', status: 'modified' },
      { path: 'src/a.ts', status: 'modified' },
      { path: 'src/new-name.ts', status: 'renamed', previousPath: 'src/old-name.ts' }
    ])
    // GitHub's patch comes along for text files (the flag scan reads it instead of both versions).
    expect(files.find((f) => f.path === 'src/a.ts')!.patch).toBe('@@ -1,1 +1,1 @@\n-a\n+a changed')
    expect(files.find((f) => f.path === 'logo.png')!.patch).toBeUndefined()
    expect(github.count({ path: /\/pulls\/3\/files$/ })).toBe(1)
  })

  it('completes a pull request past GitHub’s 3,000-file cap from the two trees, exactly', async () => {
    const many = new Map(github.commits.get(base)!.files)
    for (let i = 0; i < 3050; i++) many.set(`gen/f${String(i).padStart(4, '0')}.txt`, Buffer.from(`${i}\n`))
    many.delete('openapi/pets.yaml')
    many.set('src/a.ts', Buffer.from('a changed\n'))
    const big = github.commit(many, base)
    github.addPull({
      number: 9,
      title: 't',
      body: '',
      user: { login: 'dev' },
      base: { ref: 'main', sha: base },
      head: { ref: 'x', sha: big }
    })
    const s = new GitHubApiSource(new Octokit({ auth: 't', baseUrl: github.url, log: quiet }), {
      owner: 'acme',
      repo: 'shop',
      pullNumber: 9
    })

    const changed = await s.changedFiles(base, big)

    expect(changed).toHaveLength(3052)
    expect(changed.filter((f) => f.status !== 'added')).toEqual([
      { path: 'openapi/pets.yaml', status: 'removed' },
      { path: 'src/a.ts', status: 'modified' }
    ])
    expect(github.count({ path: /\/pulls\/9\/files$/ })).toBe(30)
    expect(github.count({ path: /\/git\/trees\// })).toBe(2)
  })

  it('completes a comparison past its 300 files (first page only) from the two trees', async () => {
    const many = new Map(github.commits.get(head)!.files)
    for (let i = 0; i < 300; i++)
      many.set(`gen/file-${String(i).padStart(3, '0')}.txt`, Buffer.from(`${i}\n`))
    many.set('src/old-name.ts', Buffer.from('moved\n'))
    many.delete('src/new-name.ts')
    many.delete('README.md')
    const big = github.commit(many, base)

    const changed = await source().changedFiles('main', big)

    expect(changed).toHaveLength(305)
    expect(changed.filter((f) => !f.path.startsWith('gen/'))).toEqual([
      { path: 'README.md', status: 'removed' },
      { path: 'latin1.txt', status: 'added' },
      { path: 'logo.png', status: 'added' },
      { path: 'openapi/pets.yaml', status: 'modified' },
      { path: 'src/a.ts', status: 'modified' }
    ])
    expect(
      github.requests.filter((r) => r.path.includes('/compare/')).map((r) => r.query.get('page'))
    ).toEqual(['1'])
  })

  it('lists a comparison under the cap from its first page, renames included', async () => {
    const changed = await source().changedFiles('main', head)
    expect(changed.find((f) => f.path === 'src/new-name.ts')).toEqual({
      path: 'src/new-name.ts',
      status: 'renamed',
      previousPath: 'src/old-name.ts'
    })
    expect(github.count({ path: /\/compare\// })).toBe(1)
    expect(github.count({ path: /\/git\/trees\// })).toBe(0)
  })

  it('pairs a removed and an added path with the same blob as a rename in a tree comparison', async () => {
    const changed = await source().treeDiff(base, head)
    expect(changed.find((f) => f.path === 'src/new-name.ts')).toEqual({
      path: 'src/new-name.ts',
      status: 'renamed',
      previousPath: 'src/old-name.ts'
    })
    expect(changed.map((f) => f.path)).toEqual([
      'latin1.txt',
      'logo.png',
      'openapi/pets.yaml',
      'src/a.ts',
      'src/new-name.ts'
    ])
  })

  it('reads the merge base from the comparison, and lists a stale branch from it', async () => {
    // main moved on (a new file) after the branch was cut from `base`.
    const moved = github.commit(
      new Map([...github.commits.get(base)!.files, ['src/later.ts', Buffer.from('later\n')]]),
      base
    )
    github.refs.set('heads/main', moved)
    const s = source()
    expect(await s.mergeBase('main', head)).toBe(base)
    expect((await s.changedFiles('main', head)).map((f) => f.path)).not.toContain('src/later.ts')
    expect(github.count({ path: /\/compare\// })).toBe(1)
  })

  it('stops with a clear error when a directory listing is itself cut short', async () => {
    github.maxTreeEntries = 2
    github.routes.push((request) =>
      /\/git\/trees\//.test(request.path) && request.query.get('recursive') === null
        ? [200, { sha: 'x', url: '', tree: [], truncated: true }]
        : undefined
    )
    await expect(source().listFiles(head, ['**'])).rejects.toThrow(
      'GitHub cut short the listing of the root directory in acme/shop (truncated)'
    )
  })

  it('says which ref is unknown', async () => {
    await expect(source().listFiles('no-such-branch', ['**'])).rejects.toBeInstanceOf(UnknownRefError)
    await expect(source().listFiles('no-such-branch', ['**'])).rejects.toThrow(
      'no-such-branch is not a branch, tag or commit of acme/shop'
    )
    await expect(source().changedFiles('v9.9.9', head)).rejects.toThrow('Cannot compare v9.9.9...')
  })
})

describe('toChangedFile', () => {
  it.each([
    [
      { filename: 'a', status: 'added' },
      { path: 'a', status: 'added' }
    ],
    [
      { filename: 'a', status: 'changed' },
      { path: 'a', status: 'modified' }
    ],
    [
      { filename: 'b', status: 'copied', previous_filename: 'a' },
      { path: 'b', status: 'copied', previousPath: 'a' }
    ],
    [{ filename: 'a', status: 'unchanged' }, undefined]
  ])('maps %j', (file, expected) => {
    expect(toChangedFile(file)).toEqual(expected)
  })
})
