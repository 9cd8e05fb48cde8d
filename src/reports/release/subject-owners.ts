import { planOwners } from './owners.js'

/**
 * Who owns a change, for the board's owner and team filters: the owners its plan names (`Owner:`
 * lines in the flag and rollback sections: logins or `@org/team`s), else its author; empty when
 * neither is known.
 */
export function subjectOwners(body: string | undefined, author: string | undefined): string[] {
  const named = planOwners(body)
  if (named.length > 0) return named
  return author ? [author] : []
}
