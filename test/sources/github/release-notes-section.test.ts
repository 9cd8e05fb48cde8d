import { describe, expect, it } from '@jest/globals'
import type { GitHubClient } from '../../../src/sources/github/client.js'
import {
  RELEASE_SECTION_END,
  RELEASE_SECTION_START,
  appendReleaseSection,
  stripReleaseSection,
  withReleaseSection
} from '../../../src/sources/github/release-notes-section.js'

const section = (text: string): string => `${RELEASE_SECTION_START}\n${text}\n${RELEASE_SECTION_END}\n`

describe('the release report section in the release notes', () => {
  it('is appended after the notes, between markers', () => {
    expect(withReleaseSection('Notes.', '### GO')).toBe(`Notes.\n\n${section('### GO')}`)
    expect(withReleaseSection('', '### GO')).toBe(section('### GO'))
  })

  it('replaces the section an earlier run appended, keeping what follows it', () => {
    const body = `Notes.\n\n${section('### NO-GO')}\nAdded by hand.`
    expect(withReleaseSection(body, '### GO')).toBe(`Notes.\n\nAdded by hand.\n\n${section('### GO')}`)
  })

  it('is never read as release notes by the checks', () => {
    expect(stripReleaseSection(`Notes.\n\n${section('### NO-GO')}`)).toBe('Notes.')
    expect(stripReleaseSection(`Notes.\n\n${RELEASE_SECTION_START}\nunterminated`)).toBe('Notes.')
    expect(stripReleaseSection('Just notes.')).toBe('Just notes.')
  })

  it('is written with one PATCH, and not at all when nothing changed', async () => {
    const calls: Array<[string, Record<string, unknown>]> = []
    const client = {
      request: async (route: string, params: Record<string, unknown>) => {
        calls.push([route, params])
        return { data: {} }
      },
      stats: { calls: 0, retries: 0, byRoute: {} }
    } as unknown as GitHubClient
    const release = { owner: 'acme', repo: 'shop', id: 7, body: 'Notes.' }
    expect(await appendReleaseSection(client, release, '### GO')).toBe('updated')
    expect(calls).toEqual([
      [
        'PATCH /repos/{owner}/{repo}/releases/{release_id}',
        { owner: 'acme', repo: 'shop', release_id: 7, body: `Notes.\n\n${section('### GO')}` }
      ]
    ])
    const again = { ...release, body: `Notes.\n\n${section('### GO')}` }
    expect(await appendReleaseSection(client, again, '### GO')).toBe('unchanged')
    expect(calls).toHaveLength(1)
  })
})
