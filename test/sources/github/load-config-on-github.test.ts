import { describe, expect, it } from '@jest/globals'
import { checks } from '../../../checks/index.js'
import { ConfigError } from '../../../src/engine/config.js'
import type { RepoSource } from '../../../src/engine/types.js'
import { loadConfigOnGitHub, type ConfigFileRef } from '../../../src/sources/github/load-config-on-github.js'

const SHA = 'a'.repeat(40)

/** The repository's own file (or none) at SHA, read through a source. */
function repoWith(own: string | undefined): RepoSource {
  return {
    readFile: async (path, ref) =>
      path === '.github/release-readiness.yml' && ref === SHA ? own : undefined,
    listFiles: async () => [],
    mergeBase: async (base) => base,
    changedFiles: async () => []
  }
}

/** Other repositories' files: `owner/repo:path` → text; `Error` answers a failure. */
function org(files: Record<string, string | Error>) {
  const reads: string[] = []
  const readFile = async ({ owner, repo, path }: ConfigFileRef): Promise<string | undefined> => {
    const key = `${owner}/${repo}:${path}`
    reads.push(key)
    const file = files[key]
    if (file instanceof Error) throw file
    return file
  }
  return { reads, readFile }
}

const load = (own: string | undefined, files: ReturnType<typeof org>) =>
  loadConfigOnGitHub(repoWith(own), SHA, checks, { owner: 'acme', repo: 'shop', readFile: files.readFile })

describe('loadConfigOnGitHub', () => {
  it('names the repository file and the ref it was read at', async () => {
    const config = await load('mode: advisory\n', org({}))
    expect(config.origin).toBe('.github/release-readiness.yml@aaaaaaa')
    expect(config.mode).toBe('advisory')
  })

  it('falls back to the organization’s .github repository, and says so', async () => {
    const files = org({
      'acme/.github:.github/release-readiness.yml': 'waivers:\n  allowed: ["@acme/leads"]\n'
    })
    const config = await load(undefined, files)
    expect(config.origin).toBe('acme/.github:.github/release-readiness.yml')
    expect(config.waivers.allowed).toEqual(['@acme/leads'])
  })

  it('says "defaults" when there is no file in the repository nor in the organization', async () => {
    const config = await load(undefined, org({}))
    expect(config.origin).toBe('defaults (no .github/release-readiness.yml at aaaaaaa)')
  })

  it('merges an _extends chain, the extending file winning, and names the whole chain', async () => {
    const files = org({
      'acme/.github:.github/release-readiness.yml': '_extends: policies:gate.yml\nmode: advisory\n',
      'acme/policies:gate.yml': 'waivers:\n  allowed: ["@acme/release-managers"]\nmode: enforce\n'
    })
    const config = await load('_extends: .github\ncomment:\n  enabled: false\n', files)
    expect(config.origin).toBe(
      '.github/release-readiness.yml@aaaaaaa extends acme/.github:.github/release-readiness.yml extends acme/policies:gate.yml'
    )
    expect([config.mode, config.waivers.allowed, config.comment.enabled]).toEqual([
      'advisory',
      ['@acme/release-managers'],
      false
    ])
  })

  it('fails closed with the reason when the _extends target does not exist or cannot be seen', async () => {
    const attempt = load('_extends: acme/policy-typo\n', org({}))
    await expect(attempt).rejects.toBeInstanceOf(ConfigError)
    await expect(load('_extends: acme/policy-typo\n', org({}))).rejects.toThrow(
      '.github/release-readiness.yml@aaaaaaa: _extends: acme/policy-typo points to acme/policy-typo:.github/release-readiness.yml, which could not be read (GitHub answered 404'
    )
  })

  it('fails closed when reading the _extends target keeps failing', async () => {
    const files = org({
      'acme/.github:.github/release-readiness.yml': new Error('GitHub answered 502 3 times')
    })
    await expect(load('_extends: .github\n', files)).rejects.toThrow(
      '_extends target acme/.github:.github/release-readiness.yml could not be read: GitHub answered 502 3 times.'
    )
  })

  it('refuses a loop and a value that is not a repository', async () => {
    const loop = org({
      'acme/a:.github/release-readiness.yml': '_extends: b\n',
      'acme/b:.github/release-readiness.yml': '_extends: a\n'
    })
    await expect(load('_extends: a\n', loop)).rejects.toThrow(
      '_extends: acme/a:.github/release-readiness.yml loops back'
    )
    await expect(load('_extends: "not a repo!"\n', org({}))).rejects.toThrow(
      '_extends: "not a repo!" is not a repository'
    )
  })

  it('validates the merged result, naming the key', async () => {
    const files = org({ 'acme/.github:.github/release-readiness.yml': 'mode: sometimes\n' })
    await expect(load('_extends: .github\n', files)).rejects.toThrow('mode: is "sometimes"')
  })
})
