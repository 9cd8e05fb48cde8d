// Benchmark: the two text checks on worst-case 128 KiB descriptions (GitHub caps a pull request
// body at 65,536 characters; the checks read up to 131,072). Target: < 1 s per check and body.
import { readFileSync } from 'node:fs'
import { importTs } from '../lib/import-ts.mjs'

const LIMIT = 131_072

function fill(head, noise) {
  let body = head
  while (body.length + noise.length < LIMIT) body += noise
  return body
}

const template = readFileSync(
  new URL('../../test/fixtures/pr-bodies/01-default-template-complete.md', import.meta.url),
  'utf8'
)

/** The bodies: each is close to 128 KiB and built to make one part of the readers work hard. */
export const BODIES = {
  'Markdown noise (code, comments, lists)': fill(
    template,
    '## Notes\n\nSome `code`, **bold**, a [link](https://example.com) and <!-- a comment -->.\n\n- item 5% for 10 minutes\n- item\n\n```\nlog line\n```\n\n'
  ),
  'plan-like sections (labels, criteria, tables)': fill(
    '',
    '## Rollback plan\n- Criteria: roll back if the 5xx rate is above 2 for 10 minutes or p95 over 800 for 5 min\n- Steps: TBD\n\n| Stage | Audience | Roll back if |\n|---|---|---|\n| 1 | internal | 5xx > 1% |\n\n**Feature toggle:** `x`, default on; stages: a; owner: tbd\n\n'
  ),
  'one line of numbers and comparators': `## Rollback plan\n${fill('Criteria: ', 'above 1 over 2 for 3 m > 4 % < 5 ms in 6 h ')}`,
  'one label line per row': fill(
    '## Feature flag plan\n',
    '- Rollout: 1% → 2% → 3% → internal, then staff; Owner: | Default: on |\n'
  )
}

export async function run() {
  const { default: flag } = await importTs('checks/feature-flag-plan.ts')
  const { default: rollback } = await importTs('checks/rollback-criteria.ts')
  const source = {
    readFile: async () => undefined,
    listFiles: async () => [],
    changedFiles: async () => [{ path: 'src/app.ts', status: 'modified' }]
  }
  const rows = []
  let worst = 0
  const log = { debug() {}, info() {}, warn() {}, error() {} }
  for (const [name, body] of Object.entries(BODIES)) {
    for (const check of [flag, rollback]) {
      // Three runs on three copies of the body (the Markdown parse is memoised per text); the median.
      const runs = []
      for (let i = 0; i < 3; i++) {
        const change = {
          event: 'pull_request',
          base: 'b',
          head: 'h',
          files: [{ path: 'src/app.ts', status: 'modified' }],
          labels: [],
          body: body.slice(0, body.length - i) + ' '.repeat(i)
        }
        const started = performance.now()
        const cpu = process.cpuUsage()
        await check.run({ config: check.meta.defaultConfig, change, source, log, waivers: [] })
        const used = process.cpuUsage(cpu)
        runs.push({ wall: performance.now() - started, cpu: (used.user + used.system) / 1000 })
      }
      runs.sort((a, b) => a.wall - b.wall)
      const median = runs[1]
      worst = Math.max(worst, median.wall)
      rows.push({
        name: `${check.meta.id}: ${name} (${(body.length / 1024).toFixed(0)} KiB)`,
        value: median.wall,
        unit: 'ms',
        target: '< 1000 ms',
        peer: `${median.cpu.toFixed(0)} ms CPU`
      })
    }
  }
  rows.push({ name: 'worst case (median of 3)', value: worst, unit: 'ms', target: '< 1000 ms' })
  return rows
}
