import type { EvaluationRecord, RecordOutcome } from '../record/types.js'

/**
 * The board's data, compact enough to embed in one page for 50 repositories × 20 releases and
 * 10,000 pull request records: strings that repeat (repositories, checks, people, services) are
 * listed once and rows point to them by index; times are epoch seconds.
 */
export interface BoardData {
  generatedAt: string
  /** `[fullName or url, web url or '']`. */
  repos: Array<[string, string]>
  checks: string[]
  /** Logins and `@org/team`s. */
  people: string[]
  services: string[]
  releases: ReleaseRow[]
  pulls: PullRow[]
  deployments: DeploymentRow[]
  waivers: WaiverRow[]
}

/** 0 GO, 1 GO with waivers, 2 NO-GO. */
export type OutcomeCode = 0 | 1 | 2

/** What every subject row shares: repository, outcome, blocking checks, owners, services, time. */
interface SubjectRow {
  r: number
  o: OutcomeCode
  /** Blocking check indexes (latest evaluation). */
  b: number[]
  /** Owner indexes into `people`. */
  p: number[]
  /** Service indexes. */
  s: number[]
  /** Time of the latest evaluation (epoch seconds). */
  t: number
  /** Evaluations of this subject, and how many were NO-GO. */
  e: number
  ng: number
  /** Per check index: in how many of those evaluations it blocked. */
  cb: Record<number, number>
  /** Seconds from its first NO-GO to the first GO after it; null when it never went from one to the other. */
  ttg: number | null
  /** Waivers applied in the latest evaluation. */
  w: number
  /** Head commit of the latest evaluation. */
  h: string
}

export interface ReleaseRow extends SubjectRow {
  v: string
  /** Pull requests in the release. */
  n: number
}

export interface PullRow extends SubjectRow {
  n: number
  title: string
}

export interface DeploymentRow {
  r: number
  env: string
  o: OutcomeCode
  /** 1 when the deployment was rejected. */
  x: 0 | 1
  b: number[]
  p: number[]
  s: number[]
  t: number
  h: string
  /** The release version deployed, when the record names one. */
  v: string
}

export interface WaiverRow {
  r: number
  /** `#12`, a version, or an environment. */
  subj: string
  /** Link path under the repository (`/pull/12`, `/releases/tag/v1`), or ''. */
  link: string
  c: number
  by: number
  why: string
  /** Granted at (epoch seconds), or null. */
  at: number | null
  exp: string | null
  matched: number | null
  src: string
  /** Time of the evaluation it was applied in (epoch seconds). */
  t: number
}

/** An evaluation that could not run (`error`) counts as NO-GO: it never reads as GO. */
const OUTCOME: Record<RecordOutcome, OutcomeCode> = { go: 0, 'go-with-waivers': 1, 'no-go': 2, error: 2 }

class Interner {
  readonly values: string[] = []
  private readonly index = new Map<string, number>()
  of(value: string): number {
    let i = this.index.get(value)
    if (i === undefined) {
      i = this.values.length
      this.values.push(value)
      this.index.set(value, i)
    }
    return i
  }
}

const seconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000)

/** Folds records into the board's rows: one per release and pull request (latest wins), one per deployment. */
export function buildBoardData(records: readonly EvaluationRecord[], now = new Date()): BoardData {
  const repos = new Interner()
  const repoUrls = new Map<number, string>()
  const checks = new Interner()
  const people = new Interner()
  const services = new Interner()
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const sorted = records
    .map((record) => ({ record, at: Date.parse(record.recordedAt) }))
    .sort((a, b) => a.at - b.at || order(a.record.id, b.record.id))
    .map(({ record }) => record)
  const releases = new Map<string, ReleaseRow>()
  const pulls = new Map<string, PullRow>()
  const firstNoGo = new Map<string, number>()
  const deployments: DeploymentRow[] = []
  const waivers: WaiverRow[] = []

  for (const record of sorted) {
    const repoName = record.repository.fullName ?? record.repository.url ?? '(unknown repository)'
    const r = repos.of(repoName)
    // Deep links are built on this address: only a web address, never `javascript:` from a record file.
    if (record.repository.url && /^https?:\/\/[^\s"'<>]+$/.test(record.repository.url))
      repoUrls.set(r, record.repository.url)
    const t = seconds(record.recordedAt)
    const o = OUTCOME[record.outcome]
    const b = record.blocking.map((id) => checks.of(id))
    const p = [
      ...new Set(record.subject.owners ?? (record.subject.author ? [record.subject.author] : []))
    ].map((owner) => people.of(owner))
    const s = record.services.map((name) => services.of(name))
    for (const check of record.checks) checks.of(check.id)

    let key: string | undefined
    let subj = ''
    let link = ''
    if (record.event === 'deployment') {
      const env = record.environment ?? '(unknown)'
      subj = env
      deployments.push({
        r,
        env,
        o,
        x:
          (record.deployment?.decision ?? (record.verdict === 'go' ? 'approved' : 'rejected')) === 'rejected'
            ? 1
            : 0,
        b,
        p,
        s,
        t,
        h: record.head,
        v: record.subject.version ?? ''
      })
    } else if (record.event === 'release') {
      const version = record.subject.version ?? record.head.slice(0, 12)
      key = `${r}\u0000${version}`
      subj = version
      link = record.subject.version
        ? `/releases/tag/${encodeURIComponent(version)}`
        : `/commit/${record.head}`
      const row = fold(releases.get(key), {
        r,
        o,
        b,
        p,
        s,
        t,
        h: record.head,
        w: record.waivers.applied.length
      })
      releases.set(key, { ...row, v: version, n: record.release?.pullRequests.length ?? 0 })
    } else {
      const number = record.subject.number
      key = `${r}\u0000${number ?? record.head}`
      subj = number !== undefined ? `#${number}` : record.head.slice(0, 12)
      link = number !== undefined ? `/pull/${number}` : `/commit/${record.head}`
      if (record.subject.state === 'closed' || record.subject.state === 'merged') {
        pulls.delete(key)
      } else {
        const row = fold(pulls.get(key), {
          r,
          o,
          b,
          p,
          s,
          t,
          h: record.head,
          w: record.waivers.applied.length
        })
        pulls.set(key, { ...row, n: number ?? 0, title: (record.subject.title ?? '').slice(0, 100) })
      }
    }
    if (key) {
      // Time from the first NO-GO to the first GO after it.
      const row = record.event === 'release' ? releases.get(key) : pulls.get(key)
      if (row) {
        if (o === 2 && !firstNoGo.has(key)) firstNoGo.set(key, t)
        if (o !== 2 && firstNoGo.has(key) && row.ttg === null) row.ttg = t - firstNoGo.get(key)!
      }
    }
    for (const waiver of record.waivers.applied) {
      waivers.push({
        r,
        subj: waiver.pullRequest !== undefined ? `#${waiver.pullRequest}` : subj,
        link: waiver.pullRequest !== undefined ? `/pull/${waiver.pullRequest}` : link,
        c: checks.of(waiver.check),
        by: people.of(waiver.grantedBy),
        why: waiver.reason.slice(0, 300),
        at: waiver.grantedAt ? seconds(waiver.grantedAt) : null,
        exp: waiver.expiresAt ?? null,
        matched: waiver.matched,
        src: waiver.source ?? '',
        t
      })
    }
  }
  return {
    generatedAt: now.toISOString(),
    repos: repos.values.map((name, i) => [name, repoUrls.get(i) ?? '']),
    checks: checks.values,
    people: people.values,
    services: services.values,
    releases: [...releases.values()],
    pulls: [...pulls.values()],
    deployments,
    waivers: dedupeWaivers(waivers)
  }
}

function fold(
  previous: SubjectRow | undefined,
  latest: Omit<SubjectRow, 'e' | 'ng' | 'cb' | 'ttg'>
): SubjectRow {
  const cb: Record<number, number> = { ...(previous?.cb ?? {}) }
  for (const c of latest.b) cb[c] = (cb[c] ?? 0) + 1
  return {
    ...latest,
    e: (previous?.e ?? 0) + 1,
    ng: (previous?.ng ?? 0) + (latest.o === 2 ? 1 : 0),
    cb,
    ttg: previous?.ttg ?? null
  }
}

/** The same waiver applied in several evaluations of one subject is one ledger line (the latest). */
function dedupeWaivers(rows: WaiverRow[]): WaiverRow[] {
  const byKey = new Map<string, WaiverRow>()
  for (const row of rows) byKey.set([row.r, row.subj, row.c, row.by, row.why, row.src].join('\u0000'), row)
  return [...byKey.values()]
}
