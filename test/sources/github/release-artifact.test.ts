import { describe, expect, it } from '@jest/globals'
import {
  artifactPageUrl,
  newestArtifact,
  reportArtifactName,
  type ArtifactLike
} from '../../../src/sources/github/release-artifact.js'

const SHA = 'a'.repeat(40)
const artifact = (id: number, overrides: Partial<ArtifactLike> = {}): ArtifactLike => ({
  id,
  name: 'release-readiness-v1.2.0',
  expired: false,
  created_at: `2026-11-20T10:00:0${id % 10}Z`,
  workflow_run: { id: 100 + id, head_sha: SHA },
  ...overrides
})

describe('reportArtifactName', () => {
  it('is the name the Action uploads under', () => {
    expect(reportArtifactName('release/2026-11')).toBe('release-readiness-release-2026-11')
  })
})

describe('artifactPageUrl', () => {
  it.each([
    ['https://github.com/acme/shop', 'https://github.com/acme/shop/actions/runs/7/artifacts/9'],
    ['https://ghe.acme.example/acme/shop', 'https://ghe.acme.example/acme/shop/actions/runs/7/artifacts/9'],
    ['not a url', 'https://github.com/acme/shop/actions/runs/7/artifacts/9'],
    [undefined, 'https://github.com/acme/shop/actions/runs/7/artifacts/9']
  ])('takes the server from the repository URL %j', (repositoryUrl, url) => {
    expect(artifactPageUrl(repositoryUrl, { owner: 'acme', repo: 'shop' }, 7, 9)).toBe(url)
  })
})

describe('newestArtifact', () => {
  it('picks the newest artifact of a run on the commit, skipping expired ones and other names', () => {
    const list = [
      artifact(1),
      artifact(3),
      artifact(5, { expired: true }),
      artifact(6, { workflow_run: { id: 106, head_sha: 'b'.repeat(40) } }),
      artifact(7, { name: 'coverage' }),
      artifact(8, { workflow_run: null })
    ]
    expect(newestArtifact(list, { sha: SHA, name: 'release-readiness-v1.2.0' })?.id).toBe(3)
    expect(newestArtifact(list, { sha: SHA })?.id).toBe(7)
    expect(newestArtifact([artifact(5, { expired: true })], { sha: SHA })).toBeUndefined()
  })
})
