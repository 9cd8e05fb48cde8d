import type { Check, Finding } from '../src/engine/types.js'
import { UnreadableFileError } from '../src/engine/errors.js'
import { filterPaths, matches } from '../src/engine/globs.js'
import { readSloFile, type SliDefinition } from '../src/readers/slo/read-slo-file.js'
import { validateSlo } from '../src/readers/slo/validate-slo.js'
import type { Slo, SloCandidate, SloProblem } from '../src/readers/slo/types.js'
import { SOURCE_GLOBS } from '../src/readers/text/source-globs.js'
import { NOT_TEST_DATA } from '../src/readers/text/fixture-globs.js'
import { mapLimit } from '../src/engine/map-limit.js'

interface Config {
  /** Where SLO documents live (YAML, multi-document, or JSON). Files are recognised by content. */
  paths: string[]
  /** Monorepo: service name → globs of its source. Empty: the repository is one service. */
  services: Record<string, string[]>
  /** Single-service repositories: the change touches the service when a changed file matches. */
  when: string[]
}

const DOCS = 'docs/checks/slo-defined.md'
const EXAMPLE = (service: string) =>
  `apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: ${service}-availability\nspec:\n  service: ${service}\n  indicator:\n    metadata: { name: ${service}-success-ratio }\n    spec:\n      ratioMetric:\n        good: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total{code!~"5.."}[5m]))' } } }\n        total: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total[5m]))' } } }\n  timeWindow:\n    - duration: 28d\n      isRolling: true\n  budgetingMethod: Occurrences\n  objectives:\n    - displayName: Available\n      target: 0.999`

interface Scan {
  candidates: SloCandidate[]
  slis: SliDefinition[]
  problems: SloProblem[]
  unreadable: Array<{ file: string; message: string }>
}

export default {
  meta: {
    id: 'slo-defined',
    title: 'SLO defined',
    description:
      'Every service the change touches has at least one valid SLO (OpenSLO, Sloth, slo-generator, Pyrra or Nobl9): a target strictly between 0 and 100 %, a time window and an indicator.',
    docs: DOCS,
    defaultLevel: 'error',
    defaultConfig: {
      paths: [
        '**/*.{yaml,yml,json}',
        '!**/node_modules/**',
        '!**/vendor/**',
        '!**/dist/**',
        '!**/build/**',
        '!**/.git/**',
        '!**/package.json',
        '!**/package-lock.json',
        '!**/tsconfig*.json',
        '!**/composer.lock',
        '!**/.github/workflows/**',
        ...NOT_TEST_DATA
      ],
      services: {},
      when: [...SOURCE_GLOBS]
    },
    schema: {
      properties: {
        paths: {
          type: 'array',
          items: { type: 'string', format: 'glob' },
          minItems: 1,
          description: 'Globs of files that may hold SLO documents.'
        },
        services: {
          type: 'object',
          additionalProperties: { type: 'array', items: { type: 'string', format: 'glob' }, minItems: 1 },
          description: 'Service name → globs of its source (monorepos).'
        },
        when: {
          type: 'array',
          items: { type: 'string', format: 'glob' },
          minItems: 1,
          description: 'Single service: changed files that touch it.'
        }
      }
    }
  },
  async run({ config, change, source, log }) {
    const changedPaths = change.files.map((f) => f.path)
    const serviceNames = Object.keys(config.services)
    const touched = new Map<string, string[]>()
    if (serviceNames.length === 0) {
      const hits = filterPaths(changedPaths, config.when)
      if (hits.length > 0) touched.set('', hits)
    } else {
      for (const name of serviceNames) {
        const hits = filterPaths(changedPaths, config.services[name]!)
        if (hits.length > 0) touched.set(name, hits)
      }
    }
    const changedSloPaths = new Set(
      filterPaths(
        change.files.filter((f) => f.status !== 'removed').map((f) => f.path),
        config.paths
      )
    )

    // Read candidate files at head, cheapest test first (globs, then a text marker, then YAML).
    const scan: Scan = { candidates: [], slis: [], problems: [], unreadable: [] }
    const readAll = async (files: string[]): Promise<void> => {
      await mapLimit(files, 8, async (file) => {
        let text: string | undefined
        try {
          text = await source.readFile(file, change.head)
        } catch (error) {
          if (!(error instanceof UnreadableFileError)) throw error
          scan.unreadable.push({ file, message: error.message })
          return
        }
        if (text === undefined) return
        const read = readSloFile(file, text)
        scan.candidates.push(...read.candidates)
        scan.slis.push(...read.slis)
        scan.problems.push(...read.problems)
      })
    }
    if (touched.size === 0) {
      // Only a change to an SLO file itself can matter now; read just the changed ones first.
      await readAll([...changedSloPaths])
      if (scan.candidates.length === 0 && scan.problems.length === 0)
        return {
          status: 'skip',
          summary:
            serviceNames.length === 0
              ? 'The change touches no source (only docs, tests or CI files), so no SLO is needed.'
              : `The change touches none of the configured services (${serviceNames.join(', ')}), so no SLO is needed.`
        }
      scan.candidates = []
      scan.slis = []
      scan.problems = []
      scan.unreadable = []
    }
    const all = await source.listFiles(change.head, config.paths)
    await readAll(all)
    log.debug(`slo-defined: read ${all.length} candidate file(s), found ${scan.candidates.length} SLO(s)`)

    const valid: Slo[] = []
    const problems: SloProblem[] = [...scan.problems]
    for (const c of scan.candidates) {
      const result = validateSlo(c, scan.slis)
      if (result.slo) valid.push(result.slo)
      problems.push(...result.problems)
    }

    const findings: Finding[] = []
    for (const p of problems) {
      const inChange = changedSloPaths.has(p.file)
      findings.push({
        message: p.message,
        file: p.file,
        line: p.line,
        severity: inChange ? 'error' : 'warning'
      })
    }
    for (const u of scan.unreadable)
      findings.push({
        message: `${u.message} It was not read as an SLO file.`,
        file: u.file,
        severity: changedSloPaths.has(u.file) ? 'error' : 'warning'
      })

    for (const [name, hits] of touched) {
      const globs = config.services[name] ?? []
      const own = valid.filter((s) => name === '' || s.service === name || matches(s.file, globs))
      if (own.length > 0) continue
      const label = name === '' ? 'This repository' : `Service "${name}"`
      findings.push({
        message: `${label} is touched by this change (${hits.slice(0, 3).join(', ')}${hits.length > 3 ? ', …' : ''}) but has no valid SLO${scan.candidates.length > 0 ? ' (the SLO documents found are listed as separate findings or belong to other services)' : ''}. Add one in any supported format (OpenSLO, Sloth, slo-generator, Pyrra, Nobl9) under ${config.paths[0]}, e.g.:\n\n${EXAMPLE(name === '' ? 'my-service' : name)}`,
        severity: 'error'
      })
    }

    findings.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0))
    const errors = findings.filter((f) => f.severity === 'error')
    if (errors.length > 0)
      return {
        status: 'fail',
        summary: `${errors.length} SLO problem(s) block this change. See ${DOCS}.`,
        findings
      }
    const services = [...touched.keys()].map((n) => (n === '' ? 'the repository' : n)).join(', ')
    if (findings.length > 0)
      return {
        status: 'warn',
        summary: `Every touched service (${services}) has a valid SLO, but ${findings.length} SLO file(s) outside this change are invalid.`,
        findings
      }
    return {
      status: 'pass',
      summary:
        touched.size > 0
          ? `Every touched service (${services}) has a valid SLO.`
          : 'The changed SLO files are valid.'
    }
  }
} satisfies Check<Config>
