import { statusOf, type GitHubClient } from './client.js'
import type { WaiverAuthority } from '../../engine/authorize-waiver.js'
import { normaliseLogin } from '../../engine/login.js'

/** A WaiverAuthority over the GitHub API, caching each answer for the evaluation. */
export function githubWaiverAuthority(
  client: GitHubClient,
  repo: { owner: string; repo: string }
): WaiverAuthority {
  const roles = new Map<string, Promise<string | null | undefined>>()
  const members = new Map<string, Promise<boolean | undefined>>()
  return {
    teamAccessHint:
      'the token cannot read team membership. Give the GitHub App the "Members: read" organization permission, or the Action a token that can read teams (a classic token with read:org, or a fine-grained token with "Members: read"; github.token cannot), or list the login itself in waivers.allowed.',
    roleAccessHint:
      'the token cannot read collaborator permissions; it needs "Metadata: read" on the repository',
    repositoryRole(login) {
      const key = normaliseLogin(login)
      let role = roles.get(key)
      if (!role) {
        role = client
          .request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
            ...repo,
            username: login
          })
          .then(({ data }) => {
            const name = (data as { role_name?: string }).role_name
            if (name) return name
            return data.permission === 'none' ? null : data.permission
          })
          .catch((error: unknown) => (statusOf(error) === 404 ? null : rethrowUnlessForbidden(error)))
        roles.set(key, role)
      }
      return role
    },
    isTeamMember(org, team, login) {
      const key = `${org}/${team}/${normaliseLogin(login)}`.toLowerCase()
      let member = members.get(key)
      if (!member) {
        member = client
          .request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
            org,
            team_slug: team,
            username: login
          })
          .then(({ data }) => data.state === 'active')
          .catch((error: unknown) => (statusOf(error) === 404 ? false : rethrowUnlessForbidden(error)))
        members.set(key, member)
      }
      return member
    }
  }
}

/** 401/403: the token may not read this; the waiver is rejected with that reason. Others propagate. */
function rethrowUnlessForbidden(error: unknown): undefined {
  const status = statusOf(error)
  if (status === 401 || status === 403) return undefined
  throw error
}
