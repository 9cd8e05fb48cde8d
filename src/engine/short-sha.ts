/** The 7-character abbreviation of a full commit SHA; any other ref (a tag, a branch) as it is. */
export function shortSha(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref
}
