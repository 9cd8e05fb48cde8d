// Benchmarks the bundled Action (dist/index.js) on a 20-file pull request with one OpenAPI
// document, read through the GitHub API of a local fake server (test/support/fake-github.ts):
// the API calls one evaluation makes, and the wall time of the process from start to exit.
// Usage: npm run build && node scripts/bench/action.mjs
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importTs } from '../lib/import-ts.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const RUNS = 5
/** A github.com-like round trip, for the third row. */
const LATENCY_MS = 100
/** The requests of the last measured run, for the printout. */
export let lastRoutes = ''

async function loadFakeGitHub() {
  return (await importTs('test/support/fake-github.ts')).FakeGitHub
}

const openapi = (extra) => `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
paths:
  /pets:
    get:
      operationId: listPets
      responses: { '200': { description: The pets. } }
${extra}`

/** Base: 40 source files, a changelog, one OpenAPI document. Head: 18 sources, the document and the changelog changed. */
function repository() {
  const base = new Map()
  for (let i = 0; i < 40; i++) base.set(`src/module-${i}.ts`, Buffer.from(`export const value${i} = ${i}\n`))
  base.set('CHANGELOG.md', Buffer.from('# Changelog\n\n## [1.0.0]\n- First.\n'))
  base.set('openapi/pets.yaml', Buffer.from(openapi('')))
  const head = new Map(base)
  for (let i = 0; i < 18; i++)
    head.set(`src/module-${i}.ts`, Buffer.from(`export const value${i} = ${i + 1}\n`))
  head.set(
    'CHANGELOG.md',
    Buffer.from('# Changelog\n\n## [Unreleased]\n- Pets by id.\n\n## [1.0.0]\n- First.\n')
  )
  head.set(
    'openapi/pets.yaml',
    Buffer.from(
      openapi(`  /pets/{id}:
    get:
      operationId: getPet
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '200': { description: One pet. } }
`)
    )
  )
  return { base, head }
}

function runAction(apiUrl, eventPath, dir) {
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: apiUrl,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 'ghs_bench',
    INPUT_COMMENT: 'true',
    INPUT_CONFIG: '.github/release-readiness.yml'
  }
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  writeFileSync(env.GITHUB_OUTPUT, '')
  const started = performance.now()
  const child = spawn(process.execPath, [join(root, 'dist/index.js')], { env, cwd: dir, stdio: 'ignore' })
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, ms: performance.now() - started }))
  )
}

export async function run() {
  const FakeGitHub = await loadFakeGitHub()
  const github = await new FakeGitHub('acme/shop').start()
  try {
    const { base, head } = repository()
    const baseSha = github.commit(base)
    const headSha = github.commit(head, baseSha)
    github.addPull({
      number: 1,
      title: 'Get a pet by id',
      body: 'Adds GET /pets/{id}.',
      user: { login: 'dev' },
      base: { ref: 'main', sha: baseSha },
      head: { ref: 'pet-by-id', sha: headSha }
    })
    const dir = mkdtempSync(join(tmpdir(), 'rr-bench-'))
    const eventPath = join(dir, 'event.json')
    const pr = {
      number: 1,
      title: 'Get a pet by id',
      body: 'Adds GET /pets/{id}.',
      user: { login: 'dev' },
      labels: []
    }
    writeFileSync(
      eventPath,
      JSON.stringify({
        action: 'opened',
        number: 1,
        pull_request: { ...pr, base: { ref: 'main', sha: baseSha }, head: { ref: 'pet-by-id', sha: headSha } }
      })
    )
    const times = []
    let calls = 0
    const latencyTimes = []
    github.latencyMs = LATENCY_MS
    for (let i = 0; i < 3; i++) latencyTimes.push((await runAction(github.url, eventPath, dir)).ms)
    github.latencyMs = 0
    for (let i = 0; i < RUNS; i++) {
      const before = github.requests.length
      const { code, ms } = await runAction(github.url, eventPath, dir)
      if (code !== 0 && code !== 1) throw new Error(`dist/index.js exited ${code}`)
      times.push(ms)
      const seen = github.requests.slice(before)
      calls = seen.length
      lastRoutes = seen.map((r) => `${r.method} ${r.path.replace('/repos/acme/shop', '')}`).join('\n  ')
      if (github.violations.length > 0)
        throw new Error(`requests GitHub would refuse:\n${github.violations.join('\n')}`)
    }
    rmSync(dir, { recursive: true, force: true })
    times.sort((a, b) => a - b)
    const changed = github.diff(github.commits.get(baseSha), github.commits.get(headSha)).length
    return [
      {
        name: `action: API calls per evaluation (${changed}-file PR, one OpenAPI document)`,
        value: calls,
        unit: 'calls',
        target: '<= 8'
      },
      {
        name: `action: node dist/index.js wall time (median of ${RUNS})`,
        value: Math.round(times[Math.floor(RUNS / 2)]),
        unit: 'ms',
        target: '< 1000'
      },
      {
        name: `action: wall time with ${LATENCY_MS} ms per API call (median of 3)`,
        value: Math.round(latencyTimes.sort((a, b) => a - b)[1]),
        unit: 'ms',
        target: '-'
      }
    ]
  } finally {
    await github.stop()
  }
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  for (const row of await run()) console.log(`${row.name}: ${row.value} ${row.unit} (target ${row.target})`)
  console.log(`requests of the last run:\n  ${lastRoutes}`)
}
