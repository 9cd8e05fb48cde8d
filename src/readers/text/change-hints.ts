import type { Change } from '../../engine/types.js'
import { matches } from '../../engine/globs.js'

/**
 * Service names a change touches, for filling examples: the configured `services` whose globs
 * match a changed file, else the folder after `services/`, `apps/`, `packages/` or `cmd/` in the
 * changed paths. Empty when nothing names one.
 */
export function touchedServices(change: Change, services: Record<string, string[]> = {}): string[] {
  const paths = change.files.map((f) => f.path)
  const configured = Object.keys(services).filter((s) => paths.some((p) => matches(p, services[s]!)))
  if (configured.length > 0) return configured
  const found = new Set<string>()
  for (const p of paths) {
    const m = /(?:^|\/)(?:services|apps|packages|cmd)\/([\w.-]+)\//.exec(p)
    if (m) found.add(m[1]!)
  }
  return [...found].sort()
}

/** The owner to suggest: the author as a mention, else a placeholder the check itself rejects. */
export function ownerHint(change: Change): string {
  return change.author ? `@${change.author}` : '@<team>'
}
