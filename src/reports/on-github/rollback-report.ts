import type { Config } from '../../engine/config.js'
import { docsUrl } from '../../engine/docs-url.js'
import type { Change, Check, Report } from '../../engine/types.js'

/**
 * The report of a rollback the configuration approves (`deployments.rollbacks: approve`): GO, every
 * check skipped with the reason, and the change's `basis` saying what runs in the environment and
 * why going back to it is not judged. Its "Judged:" line names what runs there (`base`), the
 * commit deployed and the configuration that approved it; the merge base of the two is the
 * deployed commit itself (a rollback deploys an ancestor of what runs). Pure.
 */
export function rollbackReport(
  checks: readonly Check[],
  config: Config,
  change: Omit<Change, 'files'>
): Report {
  const summary =
    'Not judged: this deployment is a rollback to code that already ran in the environment (deployments.rollbacks: approve).'
  return {
    verdict: 'go',
    outcome: 'go',
    mode: config.mode,
    event: change.event,
    base: change.base,
    mergeBase: change.head,
    head: change.head,
    configuration: config.origin,
    ...(change.basis ? { basis: change.basis } : {}),
    checks: [...checks]
      .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
      .map((check) => ({
        id: check.meta.id,
        title: check.meta.title,
        status: 'skip' as const,
        level: config.checks[check.meta.id]?.level ?? check.meta.defaultLevel,
        blocking: false,
        summary,
        findings: [],
        waiver: null,
        docsUrl: docsUrl(check.meta.docs),
        durationMs: 0
      })),
    blocking: [],
    waivers: { applied: [], rejected: [] }
  }
}
