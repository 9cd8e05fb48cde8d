/**
 * The engine's public types. Checks import only these (and pure helpers from src/engine/),
 * never a runtime (Action, Probot, CLI).
 */

/** What a check concluded. `error` means it could not run; it never counts as a pass. */
export type Status = 'pass' | 'fail' | 'warn' | 'skip' | 'error'

/** How much a check's failure weighs: `error` blocks, `warn` reports, `off` does not run. */
export type Level = 'error' | 'warn' | 'off'

export type Mode = 'enforce' | 'advisory'

/** The kind of change being judged. `push` and `workflow_dispatch` are judged as `deployment`. */
export type EventName = 'pull_request' | 'release' | 'deployment'

export type Verdict = 'go' | 'no-go'

/** GO with waivers is a GO whose blocking failures were all waived. */
export type Outcome = 'go' | 'go-with-waivers' | 'no-go'

/** One thing a check found. `file` is repository-relative (forward slashes), `line` 1-based. */
export interface Finding {
  message: string
  file?: string
  line?: number
  column?: number
  /** A sub-rule id, e.g. an OpenAPI rule such as `operation-removed`. */
  ruleId?: string
  /** How much this one finding weighs inside its check; defaults to the check's status. */
  severity?: 'error' | 'warning' | 'notice'
  /** For OpenAPI findings: `METHOD /path` as written in the document. */
  operation?: string
  /** Set when a per-change waiver covers this finding. */
  waived?: Waiver
}

export type FileStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'type-changed'

export interface ChangedFile {
  /** Path at the head (for `removed`: the path that was removed). */
  path: string
  status: FileStatus
  /** Path at the base, for `renamed` and `copied`. */
  previousPath?: string
  /**
   * The file's unified-diff hunks, when the source has them at no extra cost (GitHub's pull
   * request file list). Absent when unknown: never read an absent patch as "no change".
   */
  patch?: string
}

/** How a caller wants a file's text (`RepoSource.readFile`'s third argument). */
export interface ReadOptions {
  /**
   * The caller parses the text as JSON when it starts with `{` or `[` (the OpenAPI loader). Such
   * text may then come back with each non-ASCII character written as a `\uXXXX` escape: the same
   * JSON value, but a string V8 stores at one byte per character, decodes about three times faster
   * and parses faster (ADR 0020). Line breaks are untouched, so lines stay where they were. A caller
   * whose `JSON.parse` fails must read the file again without this option before it tries another
   * parser or quotes the text: outside a JSON string an escape is not the character it stands for.
   */
  json?: boolean
}

/**
 * How checks see a repository. Two implementations: local git (CLI; Action after checkout)
 * and the GitHub API (App; Action without checkout). Keep it this small.
 */
export interface RepoSource {
  /**
   * The text of `path` at `ref`; `undefined` when the file does not exist there.
   * Throws `UnreadableFileError` for a binary file, invalid UTF-8 or a file over the size limit.
   * `options.json` allows JSON text back with non-ASCII characters as `\u` escapes (see ReadOptions).
   */
  readFile(path: string, ref: string, options?: ReadOptions): Promise<string | undefined>
  /** Every file at `ref` whose path matches one of `globs` (all files for `['**']`), sorted. */
  listFiles(ref: string, globs: string[]): Promise<string[]>
  /**
   * The commit a change from `base` to `head` is read against: their merge base (what GitHub's
   * "Files changed" compares with). Throws when they share no history.
   */
  mergeBase(base: string, head: string): Promise<string>
  /**
   * Every file changed between the merge base of `base` and `head`, and `head`: complete, or it
   * throws (a list capped by GitHub is completed another exact way, never returned partial).
   */
  changedFiles(base: string, head: string): Promise<ChangedFile[]>
}

/** The change under evaluation: what the checks judge. */
export interface Change {
  event: EventName
  /**
   * Commit (or ref) the base side is read at. Once the change is resolved (`resolveChange`), the
   * merge base of the requested base and the head: every check reads the base side here.
   */
  base: string
  /** The base as the event named it (a base branch's tip, a previous release), when it differs from `base`. */
  requestedBase?: string
  /** Commit (or ref) being judged. */
  head: string
  files: ChangedFile[]
  /** Pull request title or release name. */
  title?: string
  /** Pull request body or release notes: the text the text checks read. */
  body?: string
  labels: string[]
  /** Login of the pull request's author, if any. */
  author?: string
  /** Release version or tag (e.g. `v1.4.0`) on a release. */
  version?: string
  /** Pull request number, if any. */
  number?: number
  /** Deployment environment, on a deployment. */
  environment?: string
  /** The branch a pull request targets (`main`, `release/1.x`), when known: for exemptions. */
  baseBranch?: string
  /**
   * Why the change runs from `base` to `head`, in a sentence or two, when that is not obvious:
   * a deployment says what runs in its environment, or why it fell back to a release, or that it
   * is a rollback. Every report shows it.
   */
  basis?: string
}

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/**
 * A granted exception. Whole-check waivers have no `target`; an OpenAPI per-change waiver names
 * the rule id and/or operation it covers.
 */
export interface Waiver {
  check: string
  reason: string
  /** Login (or team) of who granted it. */
  grantedBy: string
  /** ISO timestamp, when known. */
  grantedAt?: string
  /** Where it came from: a PR comment URL, the configuration file, a CLI flag. */
  source?: string
  target?: { ruleId?: string; operation?: string }
  /**
   * The head commit it was granted at (full or abbreviated SHA). At a later head it covers only
   * the findings that were there when it was granted: new findings need a new waiver. In a report,
   * every applied waiver has it (the evaluated head when it was granted without one).
   */
  head?: string
  /**
   * Expiry: a date (`2026-12-31`: valid through that day, UTC) or a release version (`v1.6.0`:
   * valid for changes shipped in releases up to and including it).
   */
  until?: string
  /** In a report: how many findings it covered in this evaluation. */
  matched?: number
  /** In a report: the findings it covers, as `rule · operation · file · message` lines. */
  findings?: string[]
}

/** A waiver that was asked for but not accepted, with why: shown in every report. */
export interface RejectedWaiver {
  check: string
  requestedBy: string
  reason: string
  /** Why it was not accepted. */
  rejection: string
  source?: string
}

/** What one check's `run` returns. A failed check is a result; throw only when it cannot run. */
export interface CheckResult {
  status: Exclude<Status, 'error'> | 'error'
  /** One sentence. */
  summary: string
  findings?: Finding[]
}

export interface CheckContext<C> {
  /** The check's configuration: its `meta.defaultConfig` merged with the user's, minus `level`. */
  config: C
  change: Change
  source: RepoSource
  log: Logger
  /** Waivers addressed to this check that name a `target` (per-change waivers). */
  waivers: Waiver[]
}

/** A JSON Schema fragment (draft 2020-12 subset that Ajv understands). */
export type JsonSchema = Record<string, unknown>

export interface CheckMeta<C> {
  /** Stable, public, kebab-case; equal to the file name. */
  id: string
  title: string
  /** One line: when it passes. */
  description: string
  /** Repository path of the doc page, `docs/checks/<id>.md`. */
  docs: string
  defaultLevel: Exclude<Level, 'off'>
  defaultConfig: C
  /** JSON Schema of this check's options (the `level` key is added by the engine). */
  schema: { properties: Record<string, JsonSchema>; required?: string[] }
  /** Events the check applies to; on other events it is skipped with a reason. */
  events?: EventName[]
  /** The rule ids its findings carry (`Finding.ruleId`): what a per-change waiver may name. */
  ruleIds?: readonly string[]
}

export interface Check<C = any> {
  meta: CheckMeta<C>
  run(context: CheckContext<C>): Promise<CheckResult>
}

/** One check's line in a report. */
export interface CheckReport {
  id: string
  title: string
  status: Status
  level: Level
  /** True when this check alone makes the verdict NO-GO. */
  blocking: boolean
  summary: string
  findings: Finding[]
  /** The whole-check waiver that turned a blocking result into a GO, if any. */
  waiver: Waiver | null
  /** Link to the check's doc page. */
  docsUrl: string
  durationMs: number
  /** Set when a configured exemption skipped the check: what matched, and why (also the summary). */
  exemption?: string
}

export interface Report {
  verdict: Verdict
  outcome: Outcome
  mode: Mode
  event: EventName
  /** The base as the event named it (a base branch's tip, the previous release). */
  base: string
  /** The commit the base side was read at: the merge base of `base` and `head` (set by `evaluate`). */
  mergeBase?: string
  head: string
  /** Which configuration was used: file and ref, its `_extends` chain, or "defaults" (set by `evaluate`). */
  configuration?: string
  /** Things the reader must know about how the change was judged (e.g. a configuration change that applies after merge). */
  notices?: string[]
  /** Pull request number or release version, when known, for titles. */
  subject?: string
  /** What was compared and why (`Change.basis`), when the change says so. */
  basis?: string
  checks: CheckReport[]
  /** Ids of the checks that block (would block, in advisory mode). */
  blocking: string[]
  waivers: { applied: Waiver[]; rejected: RejectedWaiver[] }
}
