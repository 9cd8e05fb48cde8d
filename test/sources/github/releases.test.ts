import { describe, expect, it } from '@jest/globals'
import { previousRelease, type ReleaseLike } from '../../../src/sources/github/releases.js'

const release = (tag: string, day: number, extra: Partial<ReleaseLike> = {}): ReleaseLike => ({
  tag_name: tag,
  published_at: `2026-11-${String(day).padStart(2, '0')}T00:00:00Z`,
  ...extra
})

const releases = [
  release('v2.0.0-rc.1', 10, { prerelease: true }),
  release('v1.9.0', 5),
  release('v2.0.0', 20),
  release('v2.1.0', 25, { draft: true }),
  release('v1.8.0', 1)
]

describe('previousRelease', () => {
  it('finds the latest full release before a full release, skipping pre-releases and drafts', () => {
    expect(previousRelease(releases, { tag: 'v2.0.0', publishedAt: '2026-11-20T00:00:00Z' })?.tag_name).toBe(
      'v1.9.0'
    )
  })

  it('compares a pre-release with whatever was released before it', () => {
    expect(
      previousRelease([...releases, release('v2.0.0-rc.2', 15, { prerelease: true })], {
        tag: 'v2.0.0-rc.2',
        prerelease: true,
        publishedAt: '2026-11-15T00:00:00Z'
      })?.tag_name
    ).toBe('v2.0.0-rc.1')
  })

  it('for a deployment, takes the latest full release', () => {
    expect(previousRelease(releases, {})?.tag_name).toBe('v2.0.0')
  })

  it('for a deployment of a tagged commit, skips that tag', () => {
    expect(previousRelease(releases, { tag: 'v2.0.0' })?.tag_name).toBe('v1.9.0')
  })

  it('finds nothing before a first release', () => {
    expect(previousRelease([release('v0.1.0', 1)], { tag: 'v0.1.0' })).toBeUndefined()
  })
})
