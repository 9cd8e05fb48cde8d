/**
 * TEMPORARY stand-in for the engine the lead is landing on main (evaluate, config, report).
 * Replaced by re-exports from src/engine/ and src/report/ once they land: nothing else in the
 * Action imports them directly, so this is the one file to switch.
 */
import { parse } from 'yaml'
import { UserError } from '../engine/errors.js'
import type { Check, CheckReport, Level, Logger, Mode, RejectedWaiver, Report, RepoSource, Change, Waiver } from '../engine/types.js'

export const CONFIG_PATH = '.github/release-readiness.yml'
export interface CheckConfig {
  level: Level
  options: Record<string, unknown>
}
export interface Config {
  mode: Mode
  checks: Record<string, CheckConfig>
  waivers: { allowed: string[] }
  comment: { enabled: boolean }
  extends?: string
}
export interface EvaluateInput {
  checks: Check[]
  config: Config
  source: RepoSource
  change: Change
  log: Logger
  waivers?: Waiver[]
  rejectedWaivers?: RejectedWaiver[]
}

export function defaultConfig(checks: Check[]): Config {
  return {
    mode: 'enforce',
    checks: Object.fromEntries(checks.map((c) => [c.meta.id, { level: c.meta.defaultLevel, options: c.meta.defaultConfig }])),
    waivers: { allowed: [] },
    comment: { enabled: true }
  }
}

export async function loadConfig(source: RepoSource, ref: string, checks: Check[], path = CONFIG_PATH): Promise<Config> {
  const text = await source.readFile(path, ref)
  const config = defaultConfig(checks)
  if (text === undefined) return config
  const raw = (parse(text) ?? {}) as Record<string, any>
  if (raw.mode === 'advisory' || raw.mode === 'enforce') config.mode = raw.mode
  if (raw.mode !== undefined && raw.mode !== 'advisory' && raw.mode !== 'enforce') {
    throw new UserError(`${path}: mode must be enforce or advisory.`)
  }
  for (const [id, value] of Object.entries((raw.checks ?? {}) as Record<string, any>)) {
    const current = config.checks[id]
    if (!current) throw new UserError(`${path}: unknown check "${id}".`)
    const { level, ...options } = value ?? {}
    config.checks[id] = { level: level ?? current.level, options: { ...current.options, ...options } }
  }
  if (Array.isArray(raw.waivers?.allowed)) config.waivers.allowed = raw.waivers.allowed.map(String)
  if (raw.comment?.enabled === false) config.comment.enabled = false
  return config
}

export async function evaluate(input: EvaluateInput): Promise<Report> {
  const reports: CheckReport[] = []
  const waivers = input.waivers ?? []
  for (const check of input.checks) {
    const cfg = input.config.checks[check.meta.id] ?? { level: check.meta.defaultLevel, options: check.meta.defaultConfig }
    if (cfg.level === 'off') continue
    const started = Date.now()
    let result
    try {
      result = await check.run({
        config: cfg.options,
        change: input.change,
        source: input.source,
        log: input.log,
        waivers: waivers.filter((w) => w.check === check.meta.id && w.target)
      })
    } catch (error) {
      result = { status: 'error' as const, summary: `Could not run: ${(error as Error).message}` }
    }
    const failing = result.status === 'fail' || result.status === 'error'
    const waiver = failing ? (waivers.find((w) => w.check === check.meta.id && !w.target) ?? null) : null
    reports.push({
      id: check.meta.id,
      title: check.meta.title,
      status: result.status,
      level: cfg.level,
      blocking: failing && cfg.level === 'error' && !waiver,
      summary: result.summary,
      findings: result.findings ?? [],
      waiver,
      docsUrl: check.meta.docs,
      durationMs: Date.now() - started
    })
  }
  const blocking = reports.filter((r) => r.blocking).map((r) => r.id)
  const verdict = blocking.length > 0 ? 'no-go' : 'go'
  const usedWaivers = reports.some((r) => r.waiver) || waivers.length > 0
  return {
    verdict,
    outcome: verdict === 'no-go' ? 'no-go' : usedWaivers ? 'go-with-waivers' : 'go',
    mode: input.config.mode,
    event: input.change.event,
    base: input.change.base,
    head: input.change.head,
    ...(input.change.number ? { subject: `#${input.change.number}` } : {}),
    checks: reports,
    blocking,
    waivers: { applied: waivers, rejected: input.rejectedWaivers ?? [] }
  }
}

export function renderMarkdown(report: Report, options: { maxLength?: number } = {}): string {
  const lines = [
    `## Release readiness: ${report.verdict === 'go' ? 'GO' : 'NO-GO'}${report.mode === 'advisory' && report.verdict === 'no-go' ? ' (advisory: would block)' : ''}`,
    '',
    '| check | status | summary |',
    '|---|---|---|',
    ...report.checks.map((c) => `| \`${c.id}\` | ${c.status} | ${c.summary} |`)
  ]
  for (const c of report.checks) for (const f of c.findings) lines.push(`- \`${c.id}\`: ${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`)
  if (report.waivers.applied.length) {
    lines.push('', '### Waivers')
    for (const w of report.waivers.applied) lines.push(`- \`${w.check}\` waived by @${w.grantedBy} at ${w.grantedAt ?? '?'}: ${w.reason}`)
  }
  if (report.waivers.rejected.length) {
    lines.push('', '### Rejected waivers')
    for (const w of report.waivers.rejected) lines.push(`- \`${w.check}\` asked by @${w.requestedBy}: ${w.rejection}`)
  }
  return lines.join('\n').slice(0, options.maxLength ?? 65535)
}

export function toJson(report: Report): object {
  return {
    verdict: report.verdict,
    outcome: report.outcome,
    checks: report.checks.map((c) => ({ id: c.id, status: c.status, summary: c.summary, findings: c.findings, waiver: c.waiver })),
    waivers: report.waivers
  }
}
