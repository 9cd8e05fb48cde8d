/** What we can learn about a commenter; the GitHub implementation is in `waiver-authority.ts`. */
export interface WaiverAuthority {
  /**
   * The commenter's role on the repository (`admin`, `maintain`, `write`, `triage`, `read`, or a
   * custom role name), `null` when they have none, `undefined` when it could not be read.
   */
  repositoryRole(login: string): Promise<string | null | undefined>
  /** Whether `login` is an active member of `org/team`; `undefined` when it could not be read. */
  isTeamMember(org: string, team: string, login: string): Promise<boolean | undefined>
}

export interface WaiverPolicy {
  /** Login of the pull request's author: never allowed to waive their own pull request. */
  prAuthor?: string
  /** `@login` or `@org/team-slug` entries from `waivers.allowed`; empty means "maintain or admin". */
  allowed: string[]
}

export type Decision = { allowed: true; via: string } | { allowed: false; why: string }

/** Roles that may waive when `waivers.allowed` is empty. */
export const DEFAULT_WAIVER_ROLES = ['admin', 'maintain']

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/** Decides whether `login` may grant a waiver on this pull request, and why (not). */
export async function authorizeWaiver(
  login: string,
  policy: WaiverPolicy,
  authority: WaiverAuthority
): Promise<Decision> {
  if (policy.prAuthor && same(login, policy.prAuthor)) {
    return {
      allowed: false,
      why: `@${login} wrote this pull request, and an author cannot waive checks on their own pull request.`
    }
  }
  const entries = policy.allowed.map((entry) => entry.trim().replace(/^@/, '')).filter(Boolean)
  if (entries.length === 0) {
    const role = await authority.repositoryRole(login)
    if (role === undefined) {
      return { allowed: false, why: `the permission of @${login} on this repository could not be read.` }
    }
    if (role && DEFAULT_WAIVER_ROLES.includes(role)) return { allowed: true, via: `${role} permission` }
    return {
      allowed: false,
      why: `@${login} has ${role ? `the ${role} role` : 'no role'} on this repository; waivers need maintain or admin (or an entry in waivers.allowed).`
    }
  }
  let unreadable: string | undefined
  for (const entry of entries) {
    const slash = entry.indexOf('/')
    if (slash === -1) {
      if (same(entry, login)) return { allowed: true, via: `@${entry} in waivers.allowed` }
      continue
    }
    const member = await authority.isTeamMember(entry.slice(0, slash), entry.slice(slash + 1), login)
    if (member) return { allowed: true, via: `member of @${entry}` }
    if (member === undefined) unreadable = entry
  }
  if (unreadable) {
    return {
      allowed: false,
      why: `@${login} is not listed in waivers.allowed, and membership of @${unreadable} could not be read (the token needs read access to the organization's teams).`
    }
  }
  return {
    allowed: false,
    why: `@${login} is not in waivers.allowed (${entries.map((e) => `@${e}`).join(', ')}).`
  }
}
