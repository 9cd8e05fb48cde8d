import { CONFIG_PATH, type Config } from './config.js'
import { docsUrl } from './docs-url.js'
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
  const reports = await Promise.all(checks.map((check) => runOne(check, input, waivers)))
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
    waivers: { applied: waivers, rejected: input.rejectedWaivers ?? [] }
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

async function runOne(check: Check, input: EvaluateInput, waivers: Waiver[]): Promise<CheckReport> {
  const { id, title, docs } = check.meta
  const settings = input.config.checks[id] ?? {
    level: check.meta.defaultLevel,
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
  if (settings.level === 'off') {
    return finish({ status: 'skip', summary: 'Turned off in the configuration (level: off).' })
  }
  if (check.meta.events && !check.meta.events.includes(input.change.event)) {
    return finish({ status: 'skip', summary: `Does not apply to a ${input.change.event.replace('_', ' ')}.` })
  }
  let result: CheckResult
  try {
    result = validResult(
      await withTimeout(
        check.run({
          config: settings.options,
          change: input.change,
          source: input.source,
          log: input.log,
          waivers: waivers.filter((w) => w.check === id && w.target)
        }),
        input.checkTimeoutMs ?? 120_000,
        id
      )
    )
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    input.log.warn(`Check ${id} could not run: ${message}`)
    result = { status: 'error', summary: `Could not run: ${message}` }
  }
  const status: Status = result.status === 'fail' && settings.level === 'warn' ? 'warn' : result.status
  const fails = settings.level === 'error' && (status === 'fail' || status === 'error')
  const waiver = fails ? (waivers.find((w) => w.check === id && !w.target) ?? null) : null
  return finish({ ...result, status }, { blocking: fails && waiver === null, waiver })
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
