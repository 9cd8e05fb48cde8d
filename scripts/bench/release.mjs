// Benchmark: `release-readiness report --format html` on a generated release of 200 pull requests
// (half merge commits, half squash commits) across 5 services; every tenth one forgets the docs. Targets: < 2 s, page < 1 MB.
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { blob, gitEnv as env, importRepo } from './generated-repo.mjs'
import { measure, printRows } from './measure.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const PULL_REQUESTS = 200
const SERVICES = 5
const FILES_PER_SERVICE = 40

const changelog = (versions) =>
  `# Changelog\n\n${versions.map((v) => `## [${v}] - 2026-11-25\n\n- Changes.\n`).join('\n')}`

/** A complete flag and rollback plan, as a ready pull request (or the release notes) carries it. */
const plan = (flag, owner, oncall) => `## Feature flag plan
- Flag: \`${flag}\`
- Default: off
- Rollout: internal → 5% → 25% → 100% over 7 days
- Kill switch: turn \`${flag}\` off in flagd
- Owner: ${owner}

## Rollback plan
- Criteria: roll back if the 5xx rate is above 2% for 10 minutes
- Steps: turn \`${flag}\` off; if that is not enough, redeploy the previous release
- Owner: ${oncall}
`

/** One OpenSLO objective per service. */
const slo = (service) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${service}-availability
spec:
  service: ${service}
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 28d
      isRolling: true
  indicator:
    metadata:
      name: ${service}-success
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total{code!~"5.."}[5m]))' } } }
        total: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(http_requests_total[5m]))' } } }
  objectives:
    - target: 0.995
`

/** Builds (once, cached under .bench/) the release history with one `git fast-import`. */
function generateRepo() {
  const dir = join(root, '.bench', `release-${PULL_REQUESTS}-${SERVICES}-v2`)
  if (existsSync(join(dir, '.git'))) return dir
  let time = 1700000000
  let mark = 1
  const commit = (ref, message, lines, from, merge) => {
    const m = mark++
    let s = `commit ${ref}\nmark :${m}\ncommitter b <b@b> ${time++} +0000\n${blob(message)}`
    if (from) s += `from :${from}\n`
    if (merge) s += `merge :${merge}\n`
    return { mark: m, text: s + lines.join('') + '\n' }
  }
  const parts = []
  const base = []
  for (let s = 0; s < SERVICES; s++) {
    for (let f = 0; f < FILES_PER_SERVICE; f++)
      base.push(`M 100644 inline services/svc-${s}/src/module-${f}.ts\n${blob(`export const v${f} = 0\n`)}`)
    base.push(`M 100644 inline services/svc-${s}/docs/index.md\n${blob(`# svc-${s}\n`)}`)
    base.push(`M 100644 inline services/svc-${s}/slo/availability.yaml\n${blob(slo(`svc-${s}`))}`)
  }
  base.push(`M 100644 inline CHANGELOG.md\n${blob(changelog(['1.0.0']))}`)
  let main = commit('refs/heads/main', 'Release 1.0.0', base)
  parts.push(main.text, `reset refs/tags/v1.0.0\nfrom :${main.mark}\n\n`)
  for (let n = 1; n <= PULL_REQUESTS; n++) {
    const s = n % SERVICES
    const ready = n % 10 !== 0 // every tenth pull request forgets the docs
    const lines = [1, 2, 3].map(
      (k) =>
        `M 100644 inline services/svc-${s}/src/module-${(n * 3 + k) % FILES_PER_SERVICE}.ts\n${blob(`export const v = ${n}\n`)}`
    )
    if (ready)
      lines.push(`M 100644 inline services/svc-${s}/CHANGELOG.md\n${blob(`# Changelog\n\n- Change ${n}.\n`)}`)
    const title = `Change ${n} in svc-${s}`
    const body = plan(`change-${n}`, `@svc-${s}-team`, `@svc-${s}-oncall`)
    if (n % 2 === 0) {
      const branch = commit(`refs/heads/pr-${n}`, title, lines, main.mark)
      parts.push(branch.text)
      main = commit(
        'refs/heads/main',
        `Merge pull request #${n} from acme/pr-${n}\n\n${title}\n\n${body}`,
        lines,
        main.mark,
        branch.mark
      )
    } else {
      main = commit('refs/heads/main', `${title} (#${n})\n\n${body}`, lines, main.mark)
    }
    parts.push(main.text)
  }
  main = commit(
    'refs/heads/main',
    'Release 2.0.0',
    [`M 100644 inline CHANGELOG.md\n${blob(changelog(['2.0.0', '1.0.0']))}`],
    main.mark
  )
  const notes = plan('release-2', '@release-team', '@release-oncall')
  parts.push(main.text, `tag v2.0.0\nfrom :${main.mark}\ntagger b <b@b> ${time++} +0000\n${blob(notes)}`)
  importRepo(dir, parts.join(''))
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir, env })
  return dir
}

export async function run() {
  const repo = generateRepo()
  const page = join(root, '.bench', 'release-report.html')
  const args = [
    join(root, 'dist', 'cli.js'),
    'report',
    '--repo',
    repo,
    '--base',
    'v1.0.0',
    '--head',
    'v2.0.0',
    '--format',
    'html',
    '--output',
    page,
    '--repo-url',
    'https://github.com/acme/monorepo'
  ]
  await measure(process.execPath, args) // warm the file system cache
  const runs = []
  for (let i = 0; i < 3; i++) runs.push(await measure(process.execPath, args))
  if (runs[0].code > 1) throw new Error(`report failed: ${runs[0].stderr}`)
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  return [
    { name: 'pull requests / services', value: `${PULL_REQUESTS} / ${SERVICES}` },
    { name: 'report: summary', value: runs[0].stdout.split('\n')[0].slice(0, 100) + '…' },
    {
      name: 'report --format html: wall time (median of 3)',
      value: median(runs.map((r) => r.wallMs)),
      unit: 'ms',
      target: '< 2000 ms'
    },
    {
      name: 'report: peak memory (max of 3)',
      value: Math.max(...runs.map((r) => r.peakRssMb)),
      unit: 'MB',
      digits: 1
    },
    {
      name: 'HTML page size',
      value: statSync(page).size / 1024,
      unit: 'KiB',
      target: '< 1024 KiB',
      digits: 1
    }
  ]
}

if (import.meta.url === `file://${process.argv[1]}`)
  printRows('Release report: 200 pull requests, 5 services', await run())
