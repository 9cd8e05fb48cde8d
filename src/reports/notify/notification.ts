import type { EvaluationRecord } from '../record/types.js'

/** What a release manager is told: one line of what happened, who owns it, what blocks, where to look. */
export interface Notification {
  title: string
  /** Logins and teams, as `@name`. */
  owners: string[]
  /** One line per blocking item, at most `MAX_ITEMS`. */
  items: string[]
  /** How many blocking items were left out. */
  more: number
  /** Link to the subject on GitHub, when known. */
  url?: string
  /** Link to the board. */
  boardUrl?: string
}

export const MAX_ITEMS = 10

const at = (name: string): string => (name.startsWith('@') ? name : `@${name}`)

/**
 * The notification a record calls for: a NO-GO release (advisory included: it would block) or a
 * rejected deployment. Undefined for everything else.
 */
export function notificationFor(record: EvaluationRecord, boardUrl?: string): Notification | undefined {
  const repo = record.repository.fullName ?? record.repository.url ?? 'a repository'
  let title: string
  let owners: string[]
  let items: string[]
  if (record.event === 'release' && record.verdict === 'no-go') {
    const version = record.subject.version ?? record.head.slice(0, 7)
    title = `Release readiness: NO-GO for ${repo} ${version}${record.mode === 'advisory' ? ' (advisory: not blocked)' : ''}`
    const blocking = record.release?.blockingItems ?? []
    owners = [
      ...blocking.flatMap((item) => item.owners),
      ...(blocking.length ? [] : (record.subject.owners ?? []))
    ]
    items = blocking.length
      ? blocking.map(
          (item) =>
            `${item.pullRequest !== undefined ? `#${item.pullRequest}` : 'release'} ${item.check}: ${item.summary}`
        )
      : record.checks.filter((c) => c.blocking).map((c) => `${c.id}: ${c.summary}`)
  } else if (record.event === 'deployment' && record.deployment?.decision === 'rejected') {
    title = `Release readiness: deployment of ${repo} ${record.subject.version ?? record.head.slice(0, 7)} to ${record.environment ?? 'an environment'} rejected`
    owners = record.subject.owners ?? []
    items = record.checks.filter((c) => c.blocking).map((c) => `${c.id}: ${c.summary}`)
  } else return undefined
  return {
    title,
    owners: [...new Set(owners.map(at))].sort(),
    items: items.slice(0, MAX_ITEMS),
    more: Math.max(0, items.length - MAX_ITEMS),
    ...(record.subject.url ? { url: record.subject.url } : {}),
    ...(boardUrl ? { boardUrl } : {})
  }
}
