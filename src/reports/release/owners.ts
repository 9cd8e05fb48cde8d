/**
 * The owners a pull request names in its plan sections: every `Owner:` / `Owners:` line (list
 * item or plain, optionally bold), split on commas and "and", deduplicated in order.
 */
export function planOwners(body: string | undefined): string[] {
  if (!body) return []
  const owners: string[] = []
  const line = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?owners?(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+)$/gim
  for (const match of body.matchAll(line)) {
    for (const part of match[1]!.split(/\s*(?:,|;|\band\b)\s*/)) {
      const owner = part.replace(/[`*_]/g, '').trim()
      if (owner && !owners.includes(owner)) owners.push(owner)
    }
  }
  return owners
}
