import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultConfig, parseConfig } from '../../src/engine/config.js'
import { evaluate } from '../../src/engine/evaluate.js'
import type { Change, Check, CheckReport, CheckResult, Waiver } from '../../src/engine/types.js'
import { fixtureChange, fixtureSource, fixturesDir, memoryLogger } from './fixture-source.js'

/** A pull-request body from `test/fixtures/pr-bodies/`. */
export function prBody(name: string): string {
  return readFileSync(join(fixturesDir, 'pr-bodies', name), 'utf8')
}

/** Runs `check` on a fixture scenario with its default configuration merged with `config`. */
export async function runCheck<C>(
  check: Check<C>,
  scenario: string,
  change: Partial<Change> = {},
  config: Partial<C> & Record<string, unknown> = {}
): Promise<CheckResult> {
  return check.run({
    config: { ...check.meta.defaultConfig, ...config },
    change: await fixtureChange(scenario, change),
    source: fixtureSource(scenario),
    log: memoryLogger(),
    waivers: []
  })
}

/**
 * Runs one check alone through the engine (so configuration parsing, level handling and error
 * handling are the real ones) against a fixture scenario, and returns its line of the report.
 */
export async function evaluateCheck(
  check: Check,
  scenario: string,
  options: { config?: string; change?: Partial<Change>; waivers?: Waiver[] } = {}
): Promise<CheckReport> {
  const checks = [check]
  const config = options.config
    ? parseConfig(options.config, 'test-config.yml', checks)
    : defaultConfig(checks)
  const report = await evaluate({
    checks,
    config,
    source: fixtureSource(scenario),
    change: await fixtureChange(scenario, options.change),
    log: memoryLogger(),
    waivers: options.waivers ?? []
  })
  return report.checks[0]!
}

/** Each finding as `file:line message`, for exact assertions that read well. */
export function findingLines(result: CheckResult): string[] {
  return (result.findings ?? []).map((f) => `${f.file ?? ''}:${f.line ?? ''} ${f.message}`)
}
