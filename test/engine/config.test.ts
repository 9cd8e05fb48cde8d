import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checks } from '../../checks/index.js'
import { ConfigError, defaultConfig, parseConfig } from '../../src/engine/config.js'
import { fixturesDir } from '../support/fixture-source.js'

const fixture = (name: string): string => readFileSync(join(fixturesDir, 'config', name), 'utf8')

function issuesOf(name: string): string[] {
  try {
    parseConfig(fixture(name), name, checks)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).issues.map((i) =>
      `${i.file}:${i.line}:${i.column} ${i.key ?? ''} ${i.message}`.replace(/\s+/g, ' ')
    )
  }
  throw new Error(`${name} was accepted`)
}

describe('parseConfig', () => {
  it('reads a valid file and lays the user options over the check defaults', () => {
    const config = parseConfig(fixture('valid.yml'), 'valid.yml', checks)
    expect(config.mode).toBe('enforce')
    expect(config.waivers.allowed).toEqual(['@acme/release-managers', '@octocat'])
    expect(config.checks['docs-updated']).toEqual({
      level: 'error',
      options: {
        rules: [
          {
            name: 'API docs',
            when: ['src/api/**', 'openapi/**/*.yaml'],
            require: ['docs/api/**', 'CHANGELOG.md']
          }
        ],
        changelog: 'CHANGELOG.md'
      }
    })
  })

  it('approves rollbacks by default and judges them with deployments.rollbacks: judge, refusing other values', () => {
    expect(defaultConfig(checks).deployments).toEqual({ rollbacks: 'approve' })
    expect(parseConfig('deployments:\n  rollbacks: judge\n', 'c.yml', checks).deployments).toEqual({
      rollbacks: 'judge'
    })
    expect(() => parseConfig('deployments:\n  rollbacks: never\n', 'c.yml', checks)).toThrow(
      'c.yml:2:14: deployments.rollbacks: is "never"; allowed values: "approve", "judge".'
    )
    expect(() => parseConfig('deployments:\n  rollback: judge\n', 'c.yml', checks)).toThrow(
      'c.yml:2:3: deployments.rollback: unknown key "rollback". Did you mean "rollbacks"? Allowed: rollbacks.'
    )
  })

  it('treats an empty file as the defaults', () => {
    expect(parseConfig('', 'empty.yml', checks)).toEqual({ ...defaultConfig(checks), origin: 'empty.yml' })
    expect(parseConfig('# nothing yet\n', 'c.yml', checks).checks['docs-updated']!.level).toBe('error')
  })

  it('names the file, line, column and key of a typo and suggests the right key', () => {
    expect(issuesOf('typo-key.yml')).toEqual([
      'typo-key.yml:5:5 checks.docs-updated.rulez unknown key "rulez". Did you mean "rules"? Allowed: level, rules, changelog.'
    ])
  })

  it('names an unknown check id and lists the known ones', () => {
    expect(issuesOf('unknown-check.yml')).toEqual([
      `unknown-check.yml:2:3 checks.doc-updated unknown check "doc-updated". Did you mean "docs-updated"? Allowed: ${checks
        .map((c) => c.meta.id)
        .sort()
        .join(', ')}.`
    ])
  })

  it('reports every wrong type and value with what is allowed', () => {
    expect(issuesOf('wrong-types.yml')).toEqual([
      'wrong-types.yml:1:7 mode is "strict"; allowed values: "enforce", "advisory".',
      'wrong-types.yml:5:12 checks.docs-updated.rules must be a list, not a string ("src/**").',
      'wrong-types.yml:7:12 comment.enabled must be a boolean, not a string ("yes").'
    ])
  })

  it('rejects globs that can never match, saying why', () => {
    expect(issuesOf('bad-glob.yml')).toEqual([
      'bad-glob.yml:4:16 checks.docs-updated.rules.0.when.0 glob "src/[api/**" has an unbalanced "[]".',
      'bad-glob.yml:5:19 checks.docs-updated.rules.0.require.0 glob "../docs/**" leaves the repository ("..").'
    ])
  })

  it('checks the globs of every check, not only docs-updated', () => {
    const text =
      'checks:\n  slo-defined:\n    paths: ["slo/**/*.y?(a)ml", "/etc/slo.yaml"]\n  rollback-criteria:\n    services:\n      payments: ["services/{payments/**"]\n'
    expect(() => parseConfig(text, 'globs.yml', checks)).toThrow(
      new RegExp(
        [
          'globs.yml:3:33: checks.slo-defined.paths.1: glob "/etc/slo.yaml" is absolute',
          'globs.yml:6:18: checks.rollback-criteria.services.payments.0: glob "services/\\{payments/\\*\\*" has an unbalanced'
        ].join('[^]*')
      )
    )
  })

  it('rejects malformed YAML with its position', () => {
    const issues = issuesOf('malformed.yml')
    expect(issues.length).toBeGreaterThanOrEqual(1)
    expect(issues[0]).toMatch(/^malformed\.yml:5:\d+ {1,2}is not valid YAML: /)
  })

  it('rejects a YAML alias bomb within a second', () => {
    const started = performance.now()
    const issues = issuesOf('alias-bomb.yml')
    expect(performance.now() - started).toBeLessThan(1000)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatch(/could not be read: .*alias/i)
  })

  it('rejects a waiver grantee that is not a login or team', () => {
    expect(issuesOf('bad-waiver.yml')).toEqual([
      'bad-waiver.yml:2:13 waivers.allowed.0 "@acme/release managers" is not a GitHub login or team; write "@login" or "@org/team".'
    ])
  })

  it('rejects a file that is not a mapping', () => {
    expect(() => parseConfig('- just\n- a list\n', 'list.yml', checks)).toThrow(/must be a mapping/)
  })

  it('refuses a huge file without parsing it', () => {
    expect(() => parseConfig('#'.repeat(300 * 1024), 'huge.yml', checks)).toThrow(/larger than 256 KiB/)
  })
})
