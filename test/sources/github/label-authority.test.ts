import { describe, expect, it } from '@jest/globals'
import type { WaiverAuthority } from '../../../src/engine/authorize-waiver.js'
import type { GitHubClient } from '../../../src/sources/github/client.js'
import { githubLabelAuthority } from '../../../src/sources/github/label-authority.js'

const authority: WaiverAuthority = {
  repositoryRole: async (login) => ({ lead: 'maintain', dev: 'write' })[login] ?? null,
  isTeamMember: async () => undefined,
  teamAccessHint: 'the token needs Members: read.',
  roleAccessHint: 'no token'
}

/** A client that answers `GET /issues/{n}/events` with `events`, or fails with `status`. */
function client(events: unknown[] | { status: number }): GitHubClient & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    stats: { calls: 0, retries: 0, byRoute: {} },
    request: (async (route: string, params: { page: number }) => {
      calls.push(`${route} page ${params.page}`)
      if (!Array.isArray(events)) throw Object.assign(new Error('Forbidden'), { status: events.status })
      return { data: events.slice((params.page - 1) * 100, params.page * 100) }
    }) as unknown as GitHubClient['request']
  } as GitHubClient & { calls: string[] }
}

const labeled = (login: string, name: string) => ({ event: 'labeled', actor: { login }, label: { name } })
const pull = { owner: 'acme', repo: 'shop', number: 7 }
const policy = { prAuthor: 'dependabot[bot]', allowed: [] }

describe('githubLabelAuthority', () => {
  it('asks the waiver authority about whoever added the label last', async () => {
    const fake = client([
      labeled('dev', 'No-Docs'),
      { event: 'unlabeled', actor: { login: 'dev' } },
      labeled('lead', 'no-docs')
    ])
    const decide = githubLabelAuthority(fake, pull, policy, authority)
    expect(await decide('no-docs')).toEqual({ allowed: true, via: 'added by @lead (maintain permission)' })
    expect(await decide('no-docs')).toEqual({ allowed: true, via: 'added by @lead (maintain permission)' })
    expect(fake.calls).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/events page 1'])
  })

  it('refuses a label added by someone who may not waive, or by the author', async () => {
    expect(
      await githubLabelAuthority(client([labeled('dev', 'no-docs')]), pull, policy, authority)('no-docs')
    ).toEqual({
      allowed: false,
      why: 'it was added by @dev, who may not waive: @dev has the write role on this repository; waivers need maintain or admin (or an entry in waivers.allowed).'
    })
    expect(
      (
        await githubLabelAuthority(
          client([labeled('dependabot[bot]', 'no-docs')]),
          pull,
          policy,
          authority
        )('no-docs')
      ).allowed
    ).toBe(false)
  })

  it('fails closed when the events cannot be read', async () => {
    expect(await githubLabelAuthority(client({ status: 403 }), pull, policy, authority)('no-docs')).toEqual({
      allowed: false,
      why: 'who added it could not be read (Forbidden).'
    })
  })

  it('fails closed past its bound of 1,000 events', async () => {
    const many = Array.from({ length: 1000 }, () => labeled('lead', 'no-docs'))
    expect(await githubLabelAuthority(client(many), pull, policy, authority)('no-docs')).toEqual({
      allowed: false,
      why: 'who added it could not be read (the pull request has more than 1000 events).'
    })
  })
})
