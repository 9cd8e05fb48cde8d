import { describe, expect, it } from '@jest/globals'
import { describeMeta } from '../support/describe-meta.js'
import check from '../../checks/slo-defined.js'
import type { Change, CheckResult, RepoSource } from '../../src/engine/types.js'
import { fixtureChange, fixtureSource, memoryLogger } from '../support/fixture-source.js'

type Config = typeof check.meta.defaultConfig

async function run(
  scenario: string,
  config: Partial<Config> = {},
  change: Partial<Change> = {}
): Promise<CheckResult> {
  return check.run({
    config: { ...check.meta.defaultConfig, ...config },
    change: await fixtureChange(scenario, change),
    source: fixtureSource(scenario),
    log: memoryLogger(),
    waivers: []
  })
}

const where = (r: CheckResult) =>
  (r.findings ?? []).map((f) => `${f.file ?? '-'}:${f.line ?? '-'} ${f.severity}`)

describe('slo-defined', () => {
  describeMeta(check)

  describe('without configuration (the repository is one service)', () => {
    it('passes when a valid SLO exists anywhere and ignores YAML that merely mentions SLOs', async () => {
      expect(await run('slo-single-valid')).toEqual({
        status: 'pass',
        summary: 'Every touched service (the repository) has a valid SLO.'
      })
    })

    it('fails when the change touches source and no SLO document exists', async () => {
      const result = await run('slo-none')
      expect(result.status).toBe('fail')
      expect(result.findings).toHaveLength(1)
      expect(result.findings![0]!.message).toMatch(
        /^This repository is touched by this change \(src\/index\.ts\) but has no valid SLO\. Add one in any supported format \(OpenSLO, Sloth, slo-generator, Pyrra, Nobl9\) under \*\*\/\*\.\{yaml,yml,json\}, e\.g\.:\n\napiVersion: openslo\/v1\nkind: SLO\n/
      )
    })

    it('skips a docs-only change with the reason', async () => {
      expect(await run('slo-docs-only')).toEqual({
        status: 'skip',
        summary: 'The change touches no source (only docs, tests or CI files), so no SLO is needed.'
      })
    })

    it('reads every supported format side by side', async () => {
      expect((await run('slo-every-format')).status).toBe('pass')
    })
  })

  describe('with services (monorepo)', () => {
    const services = { payments: ['services/payments/**'], search: ['services/search/**'] }

    it('fails only for the touched service that has no SLO', async () => {
      const result = await run('slo-monorepo', { services })
      expect(result.status).toBe('fail')
      expect(result.findings!.map((f) => f.message.split('. Add one')[0])).toEqual([
        'Service "search" is touched by this change (services/search/src/find.ts) but has no valid SLO (the SLO documents found are listed as separate findings or belong to other services)'
      ])
    })

    it('passes when only the service with an SLO is touched', async () => {
      const result = await run('slo-monorepo', { services: { payments: ['services/payments/**'] } })
      expect(result).toEqual({ status: 'pass', summary: 'Every touched service (payments) has a valid SLO.' })
    })

    it('matches each SLO to its service by the service name in the document, whatever the format', async () => {
      const everyFormat = Object.fromEntries(
        [
          'checkout',
          'public-api',
          'payments',
          'search',
          'gae',
          'pyrra-api',
          'storefront-web',
          'inventory'
        ].map((s) => [s, [`services/${s}/**`]])
      )
      const result = await run('slo-every-format', { services: everyFormat })
      expect(result.status).toBe('fail')
      expect(result.findings!.map((f) => f.message.split(' is touched')[0])).toEqual(['Service "inventory"'])
    })

    it('skips when the change touches none of the services', async () => {
      const result = await run('slo-docs-only', { services })
      expect(result).toEqual({
        status: 'skip',
        summary: 'The change touches none of the configured services (payments, search), so no SLO is needed.'
      })
    })

    it('fails a change that only breaks an SLO file, even outside every service folder', async () => {
      const result = await run('slo-only-slo-changed', { services: { search: ['services/search/**'] } })
      expect(result.status).toBe('fail')
      expect(result.findings).toEqual([
        {
          message:
            'Sloth PrometheusServiceLevel SLO "indexing-success" in observability/search-slo.yaml has spec.slos[0].objective: 100, which is 100 % or more: a 100 % target is not an objective (no error budget). Use e.g. 99.9.',
          file: 'observability/search-slo.yaml',
          line: 9,
          severity: 'error'
        }
      ])
    })
  })

  describe('on broken SLO documents', () => {
    it('fails a change that breaks an SLO file even though the service has another valid SLO', async () => {
      const result = await run('slo-broken-change')
      expect(result.status).toBe('fail')
      expect(result.findings).toEqual([
        {
          message:
            'OpenSLO v1 SLO "checkout-availability" in slo/payments-openslo.yaml has spec.objectives[0].target: 1, which is 100 %: a 100 % target is not an objective (no error budget). Use e.g. 0.999.',
          file: 'slo/payments-openslo.yaml',
          line: 31,
          severity: 'error'
        }
      ])
    })

    it('warns, and does not fail, about malformed YAML outside the change next to a valid SLO', async () => {
      const result = await run('slo-malformed-next-to-valid')
      expect(result.status).toBe('warn')
      expect(result.findings).toEqual([
        {
          message:
            'slo/broken.yaml is not valid YAML/JSON (All mapping items must start at the same column at line 5, column 1:), so its SLOs cannot be read. Fix the syntax.',
          file: 'slo/broken.yaml',
          line: 5,
          severity: 'warning'
        }
      ])
    })

    it('resolves indicatorRef across files and fails the SLO whose reference dangles', async () => {
      const result = await run('slo-indicator-ref')
      expect(result.status).toBe('fail')
      expect(where(result)).toEqual(['slo/latency.yaml:22 error'])
      expect(result.findings![0]!.message).toBe(
        'OpenSLO v1 SLO "checkout-latency-p99" in slo/latency.yaml refers to indicator "checkout-latency-under-1s" (indicatorRef), but no OpenSLO SLI of that name exists; add "kind: SLI" with "metadata.name: checkout-latency-under-1s" or fix the name.'
      )
    })

    it('reports a changed SLO file that is not valid UTF-8 instead of crashing', async () => {
      const result = await run('slo-invalid-utf8')
      expect(result.status).toBe('fail')
      expect(result.findings).toEqual([
        {
          message:
            'slo/cafe.yaml: is not valid UTF-8 text; save it as UTF-8. It was not read as an SLO file.',
          file: 'slo/cafe.yaml',
          severity: 'error'
        }
      ])
    })
  })

  describe('on a large repository', () => {
    it('reads 20,000 files in well under two seconds, parsing only files with a format marker', async () => {
      const files = new Map<string, string>()
      for (let i = 0; i < 14000; i++) files.set(`src/module-${i}/index.ts`, `export const n = ${i}\n`)
      for (let i = 0; i < 5990; i++)
        files.set(`config/app-${i}.yaml`, `name: app-${i}\nreplicas: 3\nlabels:\n  team: core\n`)
      for (let i = 0; i < 10; i++)
        files.set(
          `slo/slo-${i}.yaml`,
          `version: prometheus/v1\nservice: svc\nslos:\n  - name: a${i}\n    objective: 99.9\n    sli:\n      raw:\n        error_ratio_query: x\n`
        )
      let reads = 0
      const { filterPaths } = await import('../../src/engine/globs.js')
      const source: RepoSource = {
        async readFile(path) {
          reads++
          return files.get(path)
        },
        async listFiles(_ref, globs) {
          return filterPaths([...files.keys()].sort(), globs)
        },
        async mergeBase(base) {
          return base
        },
        async changedFiles() {
          return []
        }
      }
      const started = performance.now()
      const result = await check.run({
        config: check.meta.defaultConfig,
        change: {
          event: 'pull_request',
          base: 'base',
          head: 'head',
          files: [{ path: 'src/module-1/index.ts', status: 'modified' }],
          labels: []
        },
        source,
        log: memoryLogger(),
        waivers: []
      })
      const ms = performance.now() - started
      expect(result.status).toBe('pass')
      expect(reads).toBe(6000)
      expect(ms).toBeLessThan(2000)
    })
  })
})
