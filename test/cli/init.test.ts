import { afterEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'
import { parseConfig } from '../../src/engine/config.js'
import { checks } from '../../checks/index.js'
import featureFlagPlan from '../../checks/feature-flag-plan.js'
import rollbackCriteria from '../../checks/rollback-criteria.js'
import { fixturesDir } from '../support/fixture-source.js'
import { runCheck } from '../support/run-check.js'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** A copy of `test/fixtures/init/<name>` in a temporary folder. */
function copy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rr-init-'))
  dirs.push(dir)
  cpSync(join(fixturesDir, 'init', name), dir, { recursive: true })
  return dir
}

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8')

describe('release-readiness init', () => {
  it('fits the configuration to a monorepo: its OpenAPI document, SLO folder, services and flag SDK', async () => {
    const dir = copy('monorepo')
    const result = await run(['init'], dir)
    expect(result).toEqual({
      code: 0,
      stdout:
        'Wrote .github/release-readiness.yml and .github/pull_request_template.md (found 1 OpenAPI document(s), 1 SLO file(s), 2 service(s), flags: OpenFeature).\n' +
        'Check it with "release-readiness validate-config", then commit both files.\n',
      stderr: ''
    })
    const config = read(dir, '.github/release-readiness.yml')
    expect(config.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/release-readiness/release-readiness/main/schema/release-readiness.schema.json'
    )
    const parsed = parseConfig(config, '.github/release-readiness.yml', checks)
    expect(parsed.checks['openapi-compatible']).toMatchObject({
      level: 'error',
      options: { documents: ['openapi/payments.yaml'] }
    })
    expect(parsed.checks['slo-defined']).toMatchObject({
      level: 'error',
      options: {
        paths: ['slo/**/*.{yaml,yml,json}'],
        services: { payments: ['services/payments/**'], search: ['services/search/**'] }
      }
    })
    expect(parsed.checks['feature-flag-plan']!.level).toBe('error')
    expect(config).toContain('# Flags found: OpenFeature (package.json).')
    expect(parsed.checks['rollback-criteria']).toMatchObject({
      options: { services: { payments: ['services/payments/**'], search: ['services/search/**'] } }
    })
    // The OpenAPI document under test/fixtures is test data, not the repository's API.
    expect(config).not.toContain('test/fixtures/openapi.yaml')
  })

  it('writes a configuration that validate-config accepts', async () => {
    for (const name of ['monorepo', 'plain', 'go-launchdarkly']) {
      const dir = copy(name)
      expect((await run(['init'], dir)).code).toBe(0)
      const validated = await run(['validate-config'], dir)
      expect({ name, code: validated.code, stderr: validated.stderr }).toEqual({ name, code: 0, stderr: '' })
      expect(validated.stdout).toMatch(/^\.github\/release-readiness\.yml is valid \(mode: enforce; /)
    }
  })

  it('finds Swagger 2.0 in JSON, a Go LaunchDarkly SDK, a flagd file and a cmd/ service', async () => {
    const dir = copy('go-launchdarkly')
    await run(['init'], dir)
    const parsed = parseConfig(read(dir, '.github/release-readiness.yml'), 'c.yml', checks)
    expect(parsed.checks['openapi-compatible']).toMatchObject({
      options: { documents: ['api/swagger.json'] }
    })
    expect(parsed.checks['rollback-criteria']).toMatchObject({
      options: { services: { api: ['cmd/api/**'] } }
    })
    expect(read(dir, '.github/release-readiness.yml')).toContain(
      '# Flags found: LaunchDarkly (go.mod), flagd (flags/orders.flagd.json).'
    )
    expect(read(dir, '.github/pull_request_template.md')).toContain(
      '- Kill switch: turn `<flag-key>` off in LaunchDarkly'
    )
  })

  it('makes the flag plan a warning where no flag SDK is found, and says what it did not find', async () => {
    const dir = copy('plain')
    const result = await run(['init'], dir)
    expect(result.stdout).toContain('(found 0 OpenAPI document(s), 0 SLO file(s), 0 service(s), no flag SDK)')
    const config = read(dir, '.github/release-readiness.yml')
    const parsed = parseConfig(config, 'c.yml', checks)
    expect(parsed.checks['feature-flag-plan']!.level).toBe('warn')
    expect(config).toContain('# No OpenAPI document found; documents are found by content when one is added.')
    expect(config).toContain('# No SLO file found yet: every service the change touches will need one.')
  })

  it('never overwrites: exit 2, a message naming the file, and nothing written', async () => {
    const dir = copy('plain')
    await run(['init'], dir)
    writeFileSync(join(dir, '.github/release-readiness.yml'), 'mode: advisory\n')
    const again = await run(['init'], dir)
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'release-readiness: .github/release-readiness.yml and .github/pull_request_template.md already exist; nothing was written. Run "release-readiness init --force" to overwrite them, or edit them by hand.\n'
    })
    expect(read(dir, '.github/release-readiness.yml')).toBe('mode: advisory\n')
  })

  it('refuses when only the template exists, and writes neither file', async () => {
    const dir = copy('plain')
    cpSync(
      join(fixturesDir, 'pr-bodies', '01-default-template-complete.md'),
      join(dir, '.github/pull_request_template.md')
    )
    const result = await run(['init'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('.github/pull_request_template.md already exists; nothing was written.')
    expect(existsSync(join(dir, '.github/release-readiness.yml'))).toBe(false)
  })

  it('overwrites both files with --force', async () => {
    const dir = copy('plain')
    await run(['init'], dir)
    writeFileSync(join(dir, '.github/release-readiness.yml'), 'mode: advisory\n')
    expect((await run(['init', '--force'], dir)).code).toBe(0)
    expect(read(dir, '.github/release-readiness.yml')).toContain('mode: enforce')
  })

  it('rejects an unknown option with the usage and exit 2', async () => {
    const result = await run(['init', '--frce'], copy('plain'))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: release-readiness init [--force] [--repo DIR]')
  })

  describe('the pull request template', () => {
    it('fails both text checks as it is, naming the placeholders', async () => {
      const dir = copy('monorepo')
      await run(['init'], dir)
      const body = read(dir, '.github/pull_request_template.md')
      const flag = await runCheck(featureFlagPlan, 'pr-corpus', { body })
      const rollback = await runCheck(rollbackCriteria, 'pr-corpus', { body })
      expect([flag.status, rollback.status]).toEqual(['fail', 'fail'])
      expect(flag.findings!.map((f) => f.message.split(':')[0])).toEqual([
        'The "Feature flag plan" section (line 4) has a template placeholder instead of the flag key',
        'The "Feature flag plan" section (line 4) has a template placeholder instead of the owner',
        'The "Feature flag plan" section (line 4) has the default state (line 8), the rollout stages (line 9) and the kill switch (line 10). Ready to paste, with what it already says'
      ])
      expect(rollback.findings!.map((f) => `${f.line} ${f.message}`)).toEqual([
        '16 Rollback criterion on line 16 is not measurable: "Criteria: roll back if <metric> is above <threshold> for <window>" has a comparator (above), but no metric, threshold with its unit or time window. Name a metric, a threshold with its unit and a time window, e.g. "Roll back if the 5xx rate is above 2% for 10 minutes."'
      ])
    })

    it('passes both text checks once the placeholders are filled in', async () => {
      const dir = copy('monorepo')
      await run(['init'], dir)
      const body = read(dir, '.github/pull_request_template.md')
        .replaceAll('<flag-key>', 'payments-retry-v2')
        .replaceAll('@<team>', '@payments')
        .replace('<metric>', 'the payments 5xx rate')
        .replace('<threshold>', '2%')
        .replace('<window>', '10 minutes')
      expect((await runCheck(featureFlagPlan, 'pr-corpus', { body })).status).toBe('pass')
      expect((await runCheck(rollbackCriteria, 'pr-corpus', { body })).status).toBe('pass')
    })
  })
})
