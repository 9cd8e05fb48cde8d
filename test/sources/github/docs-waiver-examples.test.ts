import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checks } from '../../../checks/index.js'
import { defaultConfig } from '../../../src/engine/config.js'
import { evaluate } from '../../../src/engine/evaluate.js'
import type { Waiver } from '../../../src/engine/types.js'
import { waiverTargetProblem } from '../../../src/engine/waiver-target.js'
import { parseWaiverLine } from '../../../src/sources/github/waiver-command.js'
import { parseWaiversFile } from '../../../src/reports/release/parse-waivers-file.js'
import { fixtureChange, fixtureSource, memoryLogger } from '../../support/fixture-source.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(join(root, 'docs', 'checks')).map((f) => `docs/checks/${f}`)
]

/** Every concrete waiver command in the docs (templates with `<placeholders>` are syntax, not examples). */
const commands = docs.flatMap((file) =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((line) => /^\s*\/release-readiness waive /.test(line) && !/<[a-z-]+>/.test(line))
    .map((line) => [file, line.trim()] as const)
)

/** Every YAML block in the docs that lists waivers (`grantedBy:`), as the file would be read. */
const files = docs.flatMap((file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((block) => block.includes('grantedBy:'))
    .map((block) => [file, block] as const)
)

/** A fixture change where the check fails with findings a doc example can name. */
const SCENARIO: Record<string, string> = {
  'openapi-compatible': 'openapi-operation-removed',
  'docs-updated': 'docs-updated-code-only',
  'feature-flag-plan': 'docs-updated-code-only',
  'rollback-criteria': 'docs-updated-code-only',
  'slo-defined': 'docs-updated-code-only'
}

async function applied(waiver: Waiver) {
  const scenario = SCENARIO[waiver.check]!
  return evaluate({
    checks,
    config: defaultConfig(checks),
    source: fixtureSource(scenario),
    change: await fixtureChange(scenario),
    log: memoryLogger(),
    waivers: [waiver],
    now: new Date('2026-12-05T12:00:00Z')
  })
}

describe('the waiver examples in the docs', () => {
  it('are found: the README, the Action and the App pages each have some', () => {
    expect(commands.map(([file]) => file)).toEqual([
      'README.md',
      'README.md',
      'README.md',
      'docs/action.md',
      'docs/action.md',
      'docs/app.md',
      'docs/app.md'
    ])
    expect(files.map(([file]) => file)).toEqual(['docs/action.md', 'docs/release-report.md'])
  })

  it.each(commands)('%s: %s parses, names real ids and matches a finding', async (_, line) => {
    const parsed = parseWaiverLine(line)
    expect(parsed).toMatchObject({ ok: true })
    if (!parsed?.ok) return
    expect(waiverTargetProblem(parsed.command, checks)).toBeUndefined()
    const report = await applied({ ...parsed.command, grantedBy: 'release-lead' })
    expect(report.waivers.rejected).toEqual([])
    expect(report.waivers.applied).toHaveLength(1)
    expect(report.waivers.applied[0]!.matched).toBeGreaterThan(0)
  })

  it.each(files)(
    '%s: the waivers file example parses and each entry matches a finding',
    async (file, block) => {
      const entries = parseWaiversFile(block, file, checks)
      expect(entries.length).toBeGreaterThan(0)
      for (const { pullRequest: _, release: __, ...waiver } of entries) {
        const report = await applied(waiver)
        expect([waiver.check, report.waivers.rejected]).toEqual([waiver.check, []])
        expect(report.waivers.applied[0]?.matched).toBeGreaterThan(0)
      }
    }
  )
})
