import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Change, Check, CheckResult } from '../../src/engine/types.js'
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

/** Each finding as `file:line message`, for exact assertions that read well. */
export function findingLines(result: CheckResult): string[] {
  return (result.findings ?? []).map((f) => `${f.file ?? ''}:${f.line ?? ''} ${f.message}`)
}
