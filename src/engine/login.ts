/**
 * The one login normalisation: `@Octocat`, ` octocat ` and `OCTOCAT` are the same GitHub account
 * (logins are case-insensitive; `@` is how people write them). Teams keep their `org/slug` shape.
 * Every comparison of logins (waiver authority, authors, exemptions) goes through here.
 */
export function normaliseLogin(who: string): string {
  return who.trim().replace(/^@/, '').toLowerCase()
}

/** True when `a` and `b` name the same account or team. */
export function sameLogin(a: string, b: string): boolean {
  return normaliseLogin(a) === normaliseLogin(b)
}
