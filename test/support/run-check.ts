import { defaultConfig, parseConfig } from '../../src/engine/config.js'
import { evaluate } from '../../src/engine/evaluate.js'
import type { Change, Check, CheckReport, Waiver } from '../../src/engine/types.js'
import { fixtureChange, fixtureSource, memoryLogger } from './fixture-source.js'

/**
 * Runs one check alone through the engine (so configuration merging and error handling are the
 * real ones) against a fixture scenario, and returns its line of the report.
 */
export async function runCheck(
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
