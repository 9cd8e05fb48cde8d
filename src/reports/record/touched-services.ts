import type { Config } from '../../engine/config.js'
import { matches } from '../../engine/globs.js'
import type { ChangedFile } from '../../engine/types.js'

/**
 * The services a change touched, by the `slo-defined` check's `services` map (name → globs):
 * what the board groups and filters by. Empty when no services are configured.
 */
export function touchedServices(config: Config, files: readonly ChangedFile[]): string[] {
  const services = (
    config.checks['slo-defined']?.options as { services?: Record<string, string[]> } | undefined
  )?.services
  if (!services) return []
  return Object.keys(services)
    .filter((name) => files.some((file) => matches(file.path, services[name] ?? [])))
    .sort()
}
