import { describe, expect, it } from '@jest/globals'
import { authorizeWaiver, type WaiverAuthority } from '../../src/engine/authorize-waiver.js'
import { localWaiverAuthority } from '../../src/engine/local-waiver-authority.js'

function authority(
  roles: Record<string, string | null | undefined>,
  teams: Record<string, string[] | undefined> = {}
): WaiverAuthority & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    teamAccessHint: 'the token needs Members: read (read:org).',
    roleAccessHint: 'no token',
    async repositoryRole(login) {
      asked.push(`role ${login}`)
      return login in roles ? roles[login] : null
    },
    async isTeamMember(org, team, login) {
      asked.push(`team ${org}/${team} ${login}`)
      const members = teams[`${org}/${team}`]
      return members === undefined ? undefined : members.includes(login)
    }
  }
}

describe('authorizeWaiver with the default policy (no waivers.allowed)', () => {
  it.each(['admin', 'maintain'])('allows a commenter with the %s role', async (role) => {
    expect(await authorizeWaiver('lead', { allowed: [] }, authority({ lead: role }))).toEqual({
      allowed: true,
      via: `${role} permission`
    })
  })

  it.each(['write', 'triage', 'read', 'custom-reviewer'])(
    'refuses a commenter with the %s role',
    async (role) => {
      const decision = await authorizeWaiver('dev', { allowed: [] }, authority({ dev: role }))
      expect(decision).toEqual({ allowed: false, why: expect.stringContaining(`the ${role} role`) })
    }
  )

  it('refuses someone who is not a collaborator', async () => {
    expect(await authorizeWaiver('stranger', { allowed: [] }, authority({}))).toEqual({
      allowed: false,
      why: expect.stringContaining('no role')
    })
  })

  it('refuses when the permission cannot be read, saying so', async () => {
    expect(await authorizeWaiver('lead', { allowed: [] }, authority({ lead: undefined }))).toEqual({
      allowed: false,
      why: expect.stringContaining('could not be read')
    })
  })

  it('never lets the author waive their own pull request, without asking GitHub', async () => {
    const fake = authority({ Author: 'admin' })
    expect(await authorizeWaiver('Author', { prAuthor: 'author', allowed: [] }, fake)).toEqual({
      allowed: false,
      why: expect.stringContaining('cannot waive checks on their own pull request')
    })
    expect(fake.asked).toEqual([])
  })
})

describe('authorizeWaiver with waivers.allowed', () => {
  const policy = { prAuthor: 'dev', allowed: ['@Release-Lead', '@acme/release-managers'] }

  it('allows a listed user, case-insensitively, without asking GitHub', async () => {
    const fake = authority({})
    expect(await authorizeWaiver('release-lead', policy, fake)).toEqual({
      allowed: true,
      via: '@Release-Lead in waivers.allowed'
    })
    expect(fake.asked).toEqual([])
  })

  it('allows a member of a listed team', async () => {
    expect(await authorizeWaiver('sam', policy, authority({}, { 'acme/release-managers': ['sam'] }))).toEqual(
      {
        allowed: true,
        via: 'member of @acme/release-managers'
      }
    )
  })

  it('refuses a repository admin who is not listed: the list replaces the default', async () => {
    const fake = authority({ boss: 'admin' }, { 'acme/release-managers': [] })
    expect(await authorizeWaiver('boss', policy, fake)).toEqual({
      allowed: false,
      why: expect.stringContaining('not in waivers.allowed')
    })
    expect(fake.asked).not.toContain('role boss')
  })

  it('refuses when team membership could not be read, naming the missing permission', async () => {
    expect(await authorizeWaiver('sam', policy, authority({}))).toEqual({
      allowed: false,
      why: '@sam is not listed in waivers.allowed, and membership of @acme/release-managers could not be read: the token needs Members: read (read:org).'
    })
  })

  it('compares logins one way everywhere: case, "@" and spaces do not matter', async () => {
    expect(await authorizeWaiver(' @RELEASE-lead ', policy, authority({}))).toEqual({
      allowed: true,
      via: '@Release-Lead in waivers.allowed'
    })
    expect((await authorizeWaiver('@DEV', policy, authority({}))).allowed).toBe(false)
  })

  it('still refuses the author even when listed', async () => {
    expect(
      (await authorizeWaiver('dev', { prAuthor: 'dev', allowed: ['@dev'] }, authority({}))).allowed
    ).toBe(false)
  })
})

describe('localWaiverAuthority (the CLI without a token)', () => {
  it('accepts any grantor but the author when waivers.allowed is empty: the runner owns the file', async () => {
    expect(await authorizeWaiver('@lead', { prAuthor: 'dev', allowed: [] }, localWaiverAuthority())).toEqual({
      allowed: true,
      via: 'admin permission'
    })
    expect(
      (await authorizeWaiver('dev', { prAuthor: 'dev', allowed: [] }, localWaiverAuthority())).allowed
    ).toBe(false)
  })

  it('refuses a grantor who would need a team, saying a token with read:org is needed', async () => {
    const decision = await authorizeWaiver('sam', { allowed: ['@acme/release'] }, localWaiverAuthority())
    expect(decision).toEqual({
      allowed: false,
      why: '@sam is not listed in waivers.allowed, and membership of @acme/release could not be read: team membership cannot be checked without GitHub; pass a token with read:org (--token or GITHUB_TOKEN), or list the login itself in waivers.allowed.'
    })
  })
})
