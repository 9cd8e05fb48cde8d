import type { WaiverAuthority } from './authorize-waiver.js'

/**
 * The authority of the CLI without a GitHub token. There is no repository permission to read: the
 * person running the CLI owns the checkout and the waivers file, so every grantor counts as an
 * administrator when `waivers.allowed` is empty. Team membership cannot be checked, so a grantor
 * is accepted through a team entry only with a token (fail closed).
 */
export function localWaiverAuthority(): WaiverAuthority {
  return {
    repositoryRole: async () => 'admin',
    isTeamMember: async () => undefined,
    teamAccessHint:
      'team membership cannot be checked without GitHub; pass a token with read:org (--token or GITHUB_TOKEN), or list the login itself in waivers.allowed.',
    roleAccessHint: 'no GitHub token'
  }
}
