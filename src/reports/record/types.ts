import type { EventName, Finding, Level, Mode, Outcome, Status, Verdict } from '../../engine/types.js'

/** The record format's version: bumped (with a new schema file) when a field changes meaning. */
export const RECORD_SCHEMA_VERSION = 1

/** Where the record's JSON Schema is published (`schema/evaluation-record.schema.json`). */
export const RECORD_SCHEMA_ID =
  'https://github.com/release-readiness/release-readiness/blob/main/schema/evaluation-record.schema.json'

/** The record's outcome: the engine's, or `error` when the evaluation could not run at all (never a GO). */
export type RecordOutcome = Outcome | 'error'

/** Which front door made the record. */
export type Runtime = 'cli' | 'action' | 'app'

export interface RecordRepository {
  /** `owner/name`, when known. */
  fullName: string | null
  /** `https://github.com/owner/name` (or the GitHub Enterprise Server address), when known. */
  url: string | null
}

/** What was judged: a pull request, a release or a deployment. */
export interface RecordSubject {
  type: EventName
  /** Pull request number. */
  number?: number
  /** Release version or tag. */
  version?: string
  title?: string
  author?: string
  /** Plan owners (`Owner:` lines: logins or `@org/team`), else the author. */
  owners?: string[]
  /** The pull request's state when judged, when known. */
  state?: 'open' | 'closed' | 'merged'
  /** Link to the subject on GitHub. */
  url?: string
}

/** A finding as the record keeps it: the engine's `Finding`, without empty fields. */
export type RecordFinding = Finding

export interface FindingCounts {
  total: number
  error: number
  warning: number
  notice: number
  /** Findings covered by a per-change waiver. */
  waived: number
}

export interface RecordWaiver {
  check: string
  reason: string
  /** Login (or team) of who granted it. */
  grantedBy: string
  grantedAt: string | null
  /** Where it came from (its origin): a PR comment URL, the configuration file, a waivers file. */
  source: string | null
  target?: { ruleId?: string; operation?: string }
  /** The pull request it was granted on, in a release record. */
  pullRequest?: number
  /** How many findings (or the whole check: 1) it covered, when the engine counted. */
  matched: number | null
  /** When it stops applying, when it has an expiry. */
  expiresAt?: string | null
}

export interface RecordRejectedWaiver {
  check: string
  requestedBy: string
  reason: string
  rejection: string
  source: string | null
  pullRequest?: number
}

/** A configured exemption (a path, service or rule the configuration excludes), and what it matched. */
export interface RecordExemption {
  check: string
  reason: string
  source: string | null
  /** What the exemption names (globs, a service, a rule id). */
  covers?: string[]
  matched: number | null
}

export interface RecordCheck {
  id: string
  title: string
  status: Status
  level: Level
  blocking: boolean
  summary: string
  findings: RecordFinding[]
  findingCounts: FindingCounts
  waiver: RecordWaiver | null
  docs: string
  durationMs: number
}

/** Which configuration decided: the file and commit it was read from, and what it extended. */
export interface ConfigProvenance {
  /** E.g. `.github/release-readiness.yml at 1a2b3c4` or `defaults (no configuration file)`. */
  origin: string | null
  /** The commit the configuration was read at, when known. */
  ref?: string
  /** `_extends` chain, outermost last, when known. */
  extends?: string[]
}

/** One item that blocks a release: a failing check on the range or on one of its pull requests. */
export interface RecordBlockingItem {
  scope: 'release' | 'pull-request'
  pullRequest?: number
  title?: string
  check: string
  summary: string
  owners: string[]
}

/** A release record's pull requests, with their own verdicts. */
export interface RecordReleasePullRequest {
  number: number
  title: string
  author: string | null
  owners: string[]
  verdict: Verdict
  outcome: Outcome
  blocking: string[]
  url?: string
}

export interface RecordRelease {
  pullRequests: RecordReleasePullRequest[]
  blockingItems: RecordBlockingItem[]
  directCommits: number
}

/** What a deployment record adds: the answer given to GitHub. */
export interface RecordDeployment {
  decision: 'approved' | 'rejected'
  /** True when the deployed commit is an ancestor of what already runs in the environment. */
  rollback?: boolean
}

/**
 * One evaluation of a pull request, release or deployment: what `check --format json` prints,
 * what the Action uploads, what the App stores and the board reads. The fields of DESIGN.md's
 * contract (`verdict`, `checks[].id/status/summary/findings/waiver`) keep their meaning.
 */
export interface EvaluationRecord {
  $schema: string
  schemaVersion: typeof RECORD_SCHEMA_VERSION
  /** Stable for the same evaluation: a hash of the repository, subject, head and time. */
  id: string
  /** ISO 8601 time of the evaluation. */
  recordedAt: string
  tool: { name: 'release-readiness'; version: string; runtime: Runtime }
  repository: RecordRepository
  event: EventName
  environment: string | null
  subject: RecordSubject
  base: string
  head: string
  /** The merge base the change was read from (pull requests), when known. */
  mergeBase: string | null
  /** One line for people: what was compared, from which merge base, with which configuration. */
  judged?: string
  verdict: Verdict
  /** `error` (with verdict `no-go` and no checks) when the evaluation could not run; the reason is in `error`. */
  outcome: RecordOutcome
  /** Why the evaluation could not run, when `outcome` is `error`. */
  error?: string
  mode: Mode
  /** Ids of the checks that block (would block, in advisory mode). */
  blocking: string[]
  checks: RecordCheck[]
  waivers: { applied: RecordWaiver[]; rejected: RecordRejectedWaiver[] }
  exemptions: RecordExemption[]
  config: ConfigProvenance
  /** `config.origin` as one string (`unknown` when not known), as the report JSON names it. */
  configuration?: string
  /** Services the change touched, when known (from the `slo-defined` configuration). */
  services: string[]
  /** What a reader must know about how the change was judged (e.g. a configuration change that applies after merge). */
  notices?: string[]
  durationMs: number | null
  release?: RecordRelease
  deployment?: RecordDeployment
}
