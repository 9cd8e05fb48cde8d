import { describe, expect, it } from '@jest/globals'
import { pickSource, type LocalRepo } from '../../src/action/pick-source.js'
import type { RepoSource } from '../../src/engine/types.js'
import { memoryLogger } from '../support/fixture-source.js'

const api: RepoSource = {
  readFile: async () => undefined,
  listFiles: async () => [],
  mergeBase: async (base) => base,
  changedFiles: async () => []
}

function local(commits: string[], connected = true): LocalRepo & { closed: boolean } {
  return {
    ...api,
    mergeBase: async (base, head) => {
      if (!connected) throw new Error(`${base} and ${head} share no history`)
      return base
    },
    closed: false,
    hasCommit: async (ref) => commits.includes(ref),
    close() {
      this.closed = true
    }
  }
}

describe('pickSource', () => {
  it('reads the checkout when it has every ref', async () => {
    const repo = local(['base', 'head'])
    const picked = await pickSource({
      workspace: '/w',
      refs: ['base', 'head'],
      apiOnly: false,
      openLocal: async () => repo,
      api: () => api,
      log: memoryLogger()
    })
    expect(picked.kind).toBe('local-git')
    expect(picked.source).toBe(repo)
    picked.close()
    expect(repo.closed).toBe(true)
  })

  it('falls back to the API, closing the checkout, when a ref is missing (a shallow clone)', async () => {
    const repo = local(['head'])
    const log = memoryLogger()
    const picked = await pickSource({
      workspace: '/w',
      refs: ['base', 'head'],
      apiOnly: false,
      openLocal: async () => repo,
      api: () => api,
      log
    })
    expect(picked.kind).toBe('github-api')
    expect(repo.closed).toBe(true)
    expect(log.lines).toContain(
      'debug: [release-readiness] The checkout lacks base; reading files through the GitHub API.'
    )
  })

  it('falls back to the API when the checkout holds both ends but not their merge base', async () => {
    const repo = local(['base', 'head'], false)
    const log = memoryLogger()
    const picked = await pickSource({
      workspace: '/w',
      refs: ['base', 'head'],
      between: ['base', 'head'],
      apiOnly: false,
      openLocal: async () => repo,
      api: () => api,
      log
    })
    expect(picked.kind).toBe('github-api')
    expect(repo.closed).toBe(true)
    expect(log.lines).toContain(
      'debug: [release-readiness] The checkout lacks the merge base of base and head (a shallow clone); reading files through the GitHub API.'
    )
  })

  it('never opens the checkout when told to read through the API only (pull_request_target)', async () => {
    let opened = false
    const picked = await pickSource({
      workspace: '/w',
      refs: ['base', 'head'],
      apiOnly: true,
      openLocal: async () => ((opened = true), local(['base', 'head'])),
      api: () => api,
      log: memoryLogger()
    })
    expect(picked.kind).toBe('github-api')
    expect(opened).toBe(false)
  })

  it('uses the API when there is no workspace or it is not a repository', async () => {
    expect(
      (
        await pickSource({
          refs: ['a'],
          apiOnly: false,
          openLocal: async () => local(['a']),
          api: () => api,
          log: memoryLogger()
        })
      ).kind
    ).toBe('github-api')
    expect(
      (
        await pickSource({
          workspace: '/w',
          refs: ['a'],
          apiOnly: false,
          openLocal: async () => undefined,
          api: () => api,
          log: memoryLogger()
        })
      ).kind
    ).toBe('github-api')
  })
})
