import { describeFinding, rejectWaiver, resolveWaivers } from './apply-waivers.js'
import { CONFIG_PATH, type Config } from './config.js'
import { docsUrl } from './docs-url.js'
import { expiredReason } from './waiver-expiry.js'
import { resolveChange } from './resolve-change.js'
import { findExemption, type LabelAuthority } from './exemptions.js'
import type {
  Change,
  Check,
  CheckReport,
  CheckResult,
  Logger,
  RejectedWaiver,
  RepoSource,
  Report,
  Status,
  Waiver
} from './types.js'

export interface EvaluateInput {
  checks: readonly Check[]
  config: Config
  source: RepoSource
  change: Change
  log: Logger
  /** Waivers already accepted by the entry point (who may grant them is checked there). */
  waivers?: Waiver[]
  /** Waivers that were asked for and refused, carried into the report with the reason. */
  rejectedWaivers?: RejectedWaiver[]
  /** A check still running after this long is recorded as `error` (fail closed). */
  checkTimeoutMs?: number
  /** Now, for date expiries (`until: 2026-12-31`); default the clock. */
  now?: Date
  /** The release the change ships in, for version expiries (`until: v1.6.0`); default `change.version`. */
  release?: string
  /**
   * Whether whoever added a label to the change may waive (exemptions with `labelFromWaiver`).
   * Without it such exemptions do not apply (fail closed).
   */
  labelAuthority?: LabelAuthority
  /** Where the configuration file lives in the repository (default `.github/release-readiness.yml`). */
  configPath?: string
}

const STATUSES: ReadonlySet<string> = new Set(['pass', 'fail', 'warn', 'skip', 'error'])

/**
 * Runs every check against the change and folds the results into one report. No I/O of its own:
 * everything it sees comes through `source`. A check that throws, times out or returns something
 * malformed becomes `status: 'error'` for that check alone, and an error never reads as GO.
 */
export async function evaluate(input: EvaluateInput): Promise<Report> {
  const { config, change, log } = input
  const waivers = input.waivers ?? []
  const checks = [...input.checks].sort((a, b) => a.meta.id.localeCompare(b.meta.id))
  const now = input.now ?? new Date()
  const release = input.release ?? change.version
  const rejected: RejectedWaiver[] = [...(input.rejectedWaivers ?? [])]
  const live: Waiver[] = []
  for (const w of waivers) {
    const expired = w.until !== undefined ? expiredReason(w.until, now, release) : undefined
    if (expired) rejected.push(rejectWaiver(w, `Expired: ${expired}.`))
    else live.push(w)
  }
  const outcomes = await Promise.all(checks.map((check) => runOne(check, input, live)))
  const reports = outcomes.map((o) => o.report)
  const blocking = reports.filter((r) => r.blocking).map((r) => r.id)
  const usedWaiver = reports.some((r) => r.waiver !== null || r.findings.some((f) => f.waived))
  const verdict = blocking.length > 0 ? 'no-go' : 'go'
  log.info(`Verdict: ${verdict}${blocking.length ? ` (blocking: ${blocking.join(', ')})` : ''}`)
  return {
    verdict,
    outcome: verdict === 'no-go' ? 'no-go' : usedWaiver ? 'go-with-waivers' : 'go',
    mode: config.mode,
    event: change.event,
    base: change.requestedBase ?? change.base,
    mergeBase: change.base,
    head: change.head,
    configuration: config.origin,
    ...(change.number !== undefined
      ? { subject: `#${change.number}` }
      : change.version
        ? { subject: change.version }
        : {}),
    ...(change.basis ? { basis: change.basis } : {}),
    ...notices(input),
    checks: reports,
    blocking,
    waivers: {
      applied: outcomes.flatMap((o) => o.applied),
      rejected: [...rejected, ...outcomes.flatMap((o) => o.rejected)]
    }
  }
}

/** A pull request that changes the configuration is judged by the base's: say the change waits for merge. */
function notices(input: EvaluateInput): { notices?: string[] } {
  const path = input.configPath ?? CONFIG_PATH
  const { change } = input
  if (change.event !== 'pull_request') return {}
  if (!change.files.some((f) => f.path === path || f.previousPath === path)) return {}
  return {
    notices: [
      `This pull request changes ${path}. It was judged with the configuration of its base (${input.config.origin}): a pull request cannot change its own gate, so the new configuration applies after merge.`
    ]
  }
}

interface CheckOutcome {
  report: CheckReport
  applied: Waiver[]
  rejected: RejectedWaiver[]
}

async function runOne(check: Check, input: EvaluateInput, allWaivers: Waiver[]): Promise<CheckOutcome> {
  const { id, title, docs } = check.meta
  const settings = input.config.checks[id] ?? {
    level: check.meta.defaultLevel,
    exempt: [],
    options: check.meta.defaultConfig
  }
  const base = { id, title, level: settings.level, docsUrl: docsUrl(docs) }
  const started = performance.now()
  const finish = (result: CheckResult, extra: Partial<CheckReport> = {}): CheckReport => ({
    ...base,
    status: result.status,
    summary: result.summary,
    findings: result.findings ?? [],
    blocking: false,
    waiver: null,
    durationMs: Math.round(performance.now() - started),
    ...extra
  })
  const waivers = allWaivers.filter((w) => w.check === id)
  const unused = (why: string): RejectedWaiver[] => waivers.map((w) => rejectWaiver(w, why))
  if (settings.level === 'off') {
    return {
      report: finish({ status: 'skip', summary: 'Turned off in the configuration (level: off).' }),
      applied: [],
      rejected: unused(`${id} is turned off (level: off); the waiver matches nothing.`)
    }
  }
  if (check.meta.events && !check.meta.events.includes(input.change.event)) {
    const summary = `Does not apply to a ${input.change.event.replace('_', ' ')}.`
    return {
      report: finish({ status: 'skip', summary }),
      applied: [],
      rejected: unused(
        `${id} does not apply to a ${input.change.event.replace('_', ' ')}; the waiver matches nothing.`
      )
    }
  }
  // An exemption that cannot be decided does not apply (fail closed): the check runs.
  const exemption = await findExemption(settings.exempt, input.change, input.labelAuthority).catch(
    (error: unknown) => ({
      exempt: false as const,
      note: `Not exempt: the exemption could not be decided (${error instanceof Error ? error.message : String(error)}).`
    })
  )
  if (exemption.exempt) {
    return {
      report: finish({ status: 'skip', summary: exemption.summary }, { exemption: exemption.summary }),
      applied: [],
      rejected: unused(`${id} is exempt for this change (${exemption.summary}); the waiver matches nothing.`)
    }
  }
  const runAt = async (change: Change, targeted: Waiver[]): Promise<CheckResult> => {
    try {
      return validResult(
        await withTimeout(
          check.run({
            config: settings.options,
            change,
            source: input.source,
            log: input.log,
            waivers: targeted
          }),
          input.checkTimeoutMs ?? 120_000,
          id
        )
      )
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      input.log.warn(`Check ${id} could not run: ${message}`)
      return { status: 'error', summary: `Could not run: ${message}` }
    }
  }
  const result = await runAt(
    input.change,
    waivers.filter((w) => w.target)
  )
  const levelled = (status: Status): Status =>
    status === 'fail' && settings.level === 'warn' ? 'warn' : status
  const resolved = await resolveWaivers({
    checkId: id,
    head: input.change.head,
    result,
    blocks: (status) => settings.level === 'error' && (levelled(status) === 'fail' || status === 'error'),
    waivers,
    // What the check found at the head a waiver was granted at: the change as it was then, judged
    // from that head's own merge base with the requested base (the branch may have merged its base
    // since), its file list complete or an error (never a partial list read as fewer findings).
    findingsAt: async (head) => {
      try {
        const { files: _files, ...now } = input.change
        const past = await runAt(await resolveChange(input.source, { ...now, head }), [])
        if (past.status === 'error') return { error: past.summary }
        const found = (past.findings ?? []).map(describeFinding)
        return { findings: found.length > 0 ? found : [`summary · ${past.summary}`] }
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) }
      }
    }
  })
  if (exemption.note) resolved.result.summary = `${resolved.result.summary} ${exemption.note}`
  const status = levelled(resolved.result.status)
  const fails = settings.level === 'error' && (status === 'fail' || status === 'error')
  const waiver = fails ? resolved.waiver : null
  return {
    report: finish({ ...resolved.result, status }, { blocking: fails && waiver === null, waiver }),
    applied: resolved.applied,
    rejected: resolved.rejected
  }
}

function validResult(result: unknown): CheckResult {
  const r = result as CheckResult | undefined
  if (!r || typeof r !== 'object' || !STATUSES.has(r.status) || typeof r.summary !== 'string') {
    throw new Error(
      `returned ${JSON.stringify(result)?.slice(0, 200)}, not a result with a status and a summary`
    )
  }
  if (r.findings !== undefined && !Array.isArray(r.findings))
    throw new Error('returned findings that are not a list')
  return r
}

function withTimeout<T>(promise: Promise<T>, ms: number, id: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${Math.round(ms / 1000)} s (check ${id})`)),
      ms
    )
    timer.unref?.()
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
