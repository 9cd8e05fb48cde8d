import { normaliseLogin, sameLogin } from './login.js'
import type { RejectedWaiver, Waiver } from './types.js'

/**
 * What we can learn about a grantor. Two implementations: GitHub (`src/sources/github/waiver-authority.ts`,
 * the Action, the App and the CLI with a token) and local (`local-waiver-authority.ts`, the CLI
 * without one). Who may waive is decided only by `authorizeWaiver` below.
 */
export interface WaiverAuthority {
  /**
   * The grantor's role on the repository (`admin`, `maintain`, `write`, `triage`, `read`, or a
   * custom role name), `null` when they have none, `undefined` when it could not be read.
   */
  repositoryRole(login: string): Promise<string | null | undefined>
  /** Whether `login` is an active member of `org/team`; `undefined` when it could not be read. */
  isTeamMember(org: string, team: string, login: string): Promise<boolean | undefined>
  /** Why a team membership could not be read, naming the permission that is missing. */
  readonly teamAccessHint: string
  /** Why a repository role could not be read, naming what is missing. */
  readonly roleAccessHint: string
}

export interface WaiverPolicy {
  /** Login of the change's author (the pull request's): never allowed to waive their own change. */
  prAuthor?: string
  /** `@login` or `@org/team-slug` entries from `waivers.allowed`; empty means "maintain or admin". */
  allowed: string[]
}

export type Decision = { allowed: true; via: string } | { allowed: false; why: string }

/** Roles that may waive when `waivers.allowed` is empty. */
export const DEFAULT_WAIVER_ROLES = ['admin', 'maintain']

/**
 * Decides whether `login` may grant a waiver on this change, and why (not). The single
 * implementation of "who may waive", used by the CLI, the Action, the App, the release report and
 * label-based exemptions. The author never waives their own change; a team whose membership
 * cannot be read refuses, naming the missing permission (fail closed).
 */
export async function authorizeWaiver(
  login: string,
  policy: WaiverPolicy,
  authority: WaiverAuthority
): Promise<Decision> {
  const who = normaliseLogin(login)
  if (!who) return { allowed: false, why: 'the waiver does not say who granted it.' }
  if (policy.prAuthor && sameLogin(login, policy.prAuthor)) {
    return {
      allowed: false,
      why: `@${who} wrote this change, and an author cannot waive checks on their own pull request.`
    }
  }
  const entries = policy.allowed.map((entry) => entry.trim().replace(/^@/, '')).filter(Boolean)
  if (entries.length === 0) {
    const role = await authority.repositoryRole(who)
    if (role === undefined) {
      return {
        allowed: false,
        why: `the permission of @${who} on this repository could not be read (${authority.roleAccessHint}).`
      }
    }
    if (role && DEFAULT_WAIVER_ROLES.includes(role)) return { allowed: true, via: `${role} permission` }
    return {
      allowed: false,
      why: `@${who} has ${role ? `the ${role} role` : 'no role'} on this repository; waivers need maintain or admin (or an entry in waivers.allowed).`
    }
  }
  let unreadable: string | undefined
  for (const entry of entries) {
    const slash = entry.indexOf('/')
    if (slash === -1) {
      if (sameLogin(entry, who)) return { allowed: true, via: `@${entry} in waivers.allowed` }
      continue
    }
    const member = await authority.isTeamMember(entry.slice(0, slash), entry.slice(slash + 1), who)
    if (member) return { allowed: true, via: `member of @${entry}` }
    if (member === undefined) unreadable = entry
  }
  if (unreadable) {
    return {
      allowed: false,
      why: `@${who} is not listed in waivers.allowed, and membership of @${unreadable} could not be read: ${authority.teamAccessHint}`
    }
  }
  return {
    allowed: false,
    why: `@${who} is not in waivers.allowed (${entries.map((e) => `@${e}`).join(', ')}).`
  }
}

/**
 * Decides a list of waivers asked for outside comments (a waivers file), each by `authorizeWaiver`
 * with its `grantedBy`; a refused one keeps its reason for the report.
 */
export async function authorizeWaivers<W extends Waiver>(
  list: W[],
  policy: WaiverPolicy,
  authority: WaiverAuthority
): Promise<{ accepted: W[]; rejected: RejectedWaiver[] }> {
  const accepted: W[] = []
  const rejected: RejectedWaiver[] = []
  for (const waiver of list) {
    const decision = await authorizeWaiver(waiver.grantedBy, policy, authority)
    if (decision.allowed) accepted.push(waiver)
    else
      rejected.push({
        check: waiver.check,
        requestedBy: waiver.grantedBy,
        reason: waiver.reason,
        rejection: decision.why.charAt(0).toUpperCase() + decision.why.slice(1),
        ...(waiver.source ? { source: waiver.source } : {})
      })
  }
  return { accepted, rejected }
}
