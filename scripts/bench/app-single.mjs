// Load test of ONE GitHub App process (`npm run bench:app -- --single`): `node dist/app.js` against the fake GitHub of
// test/support (on 127.0.0.1, 20 ms per call, 2 % injected 502s), fed 1,000 signed
// pull_request.synchronize deliveries over 20 seconds for 50 pull requests. Prints throughput,
// delivery → completed check run latency, API calls per evaluation, the server's peak memory,
// and checks that every pull request's final check run matches its last event.
//
// Usage: npm run bench:app -- --single [--deliveries 1000 --seconds 20 --pulls 50 --latency-ms 20
//                              --error-rate 0.02 --concurrency 4 --write-interval-ms 0]
import { build } from 'esbuild'
import { spawn } from 'node:child_process'
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { printRows } from './measure.mjs'

const args = process.argv.slice(2).filter((a) => a !== '--single')
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(args[i + 1])
}
const DELIVERIES = option('deliveries', 1000)
const SECONDS = option('seconds', 20)
const PULLS = option('pulls', 50)
const LATENCY_MS = option('latency-ms', 20)
const ERROR_RATE = option('error-rate', 0.02)
const CONCURRENCY = option('concurrency', 4)
const WRITE_INTERVAL_MS = option('write-interval-ms', 0)
const SETTLE_LIMIT_MS = option('settle-seconds', 300) * 1000
const SECRET = 'bench-secret'

// The fake GitHub is TypeScript (shared with the tests): bundle it for this script.
mkdirSync('node_modules/.cache', { recursive: true })
const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'rr-bench-app-'))
const support = join(dir, 'support.mjs')
await build({
  stdin: {
    contents:
      "export * from './test/support/fake-github.ts'; export { addAppRoutes } from './test/app/support/app-github.ts'; export { PLAN } from './test/support/action-scenario.ts'",
    resolveDir: resolve('.'),
    loader: 'ts'
  },
  outfile: support,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning'
})
const { FakeGitHub, readFolder, addAppRoutes, PLAN } = await import(pathToFileURL(support).href)
rmSync(dir, { recursive: true, force: true })

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const percentile = (values, p) => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

// --- the repository: one base, and a fresh head commit for every delivery -----------------------
const github = new FakeGitHub('acme/shop')
const fixture = (name) => readFolder(resolve('test/fixtures/repos/action-shop', name))
const baseSha = github.commit(fixture('base'))
github.refs.set('heads/main', baseSha)
const variants = { go: fixture('head-documented'), 'no-go': fixture('head-undocumented') }
const state = addAppRoutes(github)
github.latencyMs = LATENCY_MS
let injected = 0
github.routes.unshift(() => {
  if (Math.random() < ERROR_RATE) {
    injected++
    return [502, { message: 'Injected 502 Bad Gateway' }]
  }
  return undefined
})
await github.start()

/** Delivery plan: round-robin over the pull requests; each delivery pushes a new head. */
const plan = []
const shaInfo = new Map()
for (let k = 0; k < DELIVERIES; k++) {
  const number = (k % PULLS) + 1
  const seq = Math.floor(k / PULLS)
  const verdict = Math.random() < 0.5 ? 'go' : 'no-go'
  const files = new Map(variants[verdict])
  files.set(
    'src/pets.ts',
    Buffer.concat([files.get('src/pets.ts'), Buffer.from(`// revision ${number}.${seq}\n`)])
  )
  const sha = github.commit(files, baseSha)
  plan.push({ k, number, seq, verdict, sha })
  shaInfo.set(sha, { number, seq, verdict })
}

const example = JSON.parse(
  readFileSync(resolve('node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')
)
  .find((e) => e.name === 'pull_request')
  .examples.find((x) => x.action === 'synchronize')
function payloadFor(delivery) {
  const payload = structuredClone(example)
  Object.assign(payload.repository, { name: 'shop', full_name: 'acme/shop', default_branch: 'main' })
  payload.repository.owner.login = 'acme'
  payload.number = delivery.number
  Object.assign(payload.pull_request, {
    number: delivery.number,
    state: 'open',
    title: `Change ${delivery.number}`,
    body: PLAN,
    labels: []
  })
  payload.pull_request.user.login = 'pr-author'
  Object.assign(payload.pull_request.base, { sha: baseSha, ref: 'main' })
  Object.assign(payload.pull_request.head, { sha: delivery.sha, ref: `change-${delivery.number}` })
  return payload
}

// --- the App, as a real process -----------------------------------------------------------------
const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
  type: 'pkcs1',
  format: 'pem'
})
const child = spawn(process.execPath, ['dist/app.js'], {
  env: {
    PATH: process.env.PATH,
    APP_ID: '12345',
    PRIVATE_KEY: String(privateKey),
    WEBHOOK_SECRET: SECRET,
    HOST: '127.0.0.1',
    PORT: '0',
    GITHUB_API_URL: github.url,
    CONCURRENCY: String(CONCURRENCY),
    API_WRITE_INTERVAL_MS: String(WRITE_INTERVAL_MS),
    LOG_LEVEL: 'info',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'rr-bench-app-data-'))
  },
  stdio: ['ignore', 'pipe', 'pipe']
})
let peakKb = 0
const poll = setInterval(() => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
    if (m) peakKb = Math.max(peakKb, Number(m[1]))
  } catch {
    // exited
  }
}, 50)
let serverErrors = 0
const serverUrl = await new Promise((resolveUrl, reject) => {
  let buffer = ''
  const timer = setTimeout(() => reject(new Error('the App did not start in 15 s')), 15_000)
  child.stderr.on('data', (d) => process.stderr.write(d))
  child.on('exit', (code) => reject(new Error(`the App exited with ${code}`)))
  child.stdout.on('data', (data) => {
    buffer += String(data)
    const lines = buffer.split('\n')
    buffer = lines.pop()
    for (const line of lines) {
      if (/"level":50/.test(line)) serverErrors++
      const m = /Listening on (http:\/\/[^/]+)\//.exec(line)
      if (m) {
        clearTimeout(timer)
        resolveUrl(m[1])
      }
    }
  })
})

// --- send -----------------------------------------------------------------------------------------
const sent = []
const answers = []
const started = performance.now()
const interval = (SECONDS * 1000) / DELIVERIES
const inFlight = new Set()
for (const delivery of plan) {
  const due = started + delivery.k * interval
  const wait = due - performance.now()
  if (wait > 0) await sleep(wait)
  const pull = github.pulls.get(delivery.number)
  const head = { ref: `change-${delivery.number}`, sha: delivery.sha }
  if (pull) pull.head = head
  else
    github.addPull({
      number: delivery.number,
      title: `Change ${delivery.number}`,
      body: PLAN,
      user: { login: 'pr-author' },
      base: { ref: 'main', sha: baseSha },
      head
    })
  const body = JSON.stringify(payloadFor(delivery))
  const at = Date.now()
  sent.push({ ...delivery, at })
  const request = fetch(`${serverUrl}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`
    },
    body
  })
    .then(async (r) => {
      await r.text()
      answers.push({ status: r.status, ms: Date.now() - at })
    })
    .catch(() => answers.push({ status: 0, ms: Date.now() - at }))
    .finally(() => inFlight.delete(request))
  inFlight.add(request)
}
await Promise.all(inFlight)
const sendSeconds = (performance.now() - started) / 1000

// --- settle: every pull request's last head has a completed run, and the queue is empty --------
const last = new Map()
for (const d of sent) last.set(d.number, d)
const settleStart = Date.now()
const settled = () =>
  [...last.values()].every((d) =>
    state.checkRuns.some((r) => r.head_sha === d.sha && r.status === 'completed')
  )
for (;;) {
  const health = await fetch(`${serverUrl}/healthz`)
    .then((r) => r.json())
    .catch(() => undefined)
  if (settled() && health && health.queue.queued === 0 && health.queue.running === 0) break
  if (Date.now() - settleStart > SETTLE_LIMIT_MS) break
  await sleep(100)
}
const settleSeconds = (Date.now() - settleStart) / 1000
const health = await fetch(`${serverUrl}/healthz`).then((r) => r.json())
clearInterval(poll)
child.kill('SIGTERM')
await new Promise((r) => child.once('exit', r))
await github.stop()

// --- results --------------------------------------------------------------------------------------
const completions = []
for (const run of state.checkRuns) {
  const info = shaInfo.get(run.head_sha)
  for (const at of run.completedAt) completions.push({ ...info, at })
}
const latencies = sent.map((d) => {
  const done = completions
    .filter((c) => c.number === d.number && c.seq >= d.seq && c.at >= d.at)
    .map((c) => c.at)
  return done.length ? Math.min(...done) - d.at : Infinity
})
const evaluations = completions.length
const apiCalls = github.requests.filter((r) => !r.path.startsWith('/app/')).length
const tokenCalls = github.requests.length - apiCalls
const perRoute = new Map()
for (const r of github.requests) {
  const key = `${r.method} ${r.path.replace(/[0-9a-f]{40}/g, '{sha}').replace(/\/\d+(?=\/|$)/g, '/{n}')}`
  perRoute.set(key, (perRoute.get(key) ?? 0) + 1)
}
const byHead = new Map()
for (const run of state.checkRuns) byHead.set(run.head_sha, (byHead.get(run.head_sha) ?? 0) + 1)
const duplicated = [...byHead.values()].filter((n) => n > 1).length
const mismatched = []
for (const d of last.values()) {
  const runs = state.checkRuns.filter((r) => r.head_sha === d.sha)
  const want = d.verdict === 'go' ? 'success' : 'failure'
  if (runs.length !== 1 || runs[0].status !== 'completed' || runs[0].conclusion !== want) {
    mismatched.push(
      `#${d.number}: ${runs.length} run(s), ${runs.map((r) => `${r.status}/${r.conclusion} (${r.output.title})`).join(',') || 'none'}; want ${want}`
    )
  }
}
const ok = answers.filter((a) => a.status === 200).length
const violations = github.violations

printRows(
  `release-readiness App: ${DELIVERIES} deliveries over ${SECONDS} s for ${PULLS} pull requests ` +
    `(API latency ${LATENCY_MS} ms, ${(ERROR_RATE * 100).toFixed(1)} % 502s, concurrency ${CONCURRENCY}, write interval ${WRITE_INTERVAL_MS} ms)`,
  [
    { name: 'deliveries answered 200', value: `${ok}/${answers.length}` },
    {
      name: 'deliveries per second held',
      value: ok / sendSeconds,
      digits: 1,
      unit: '/s',
      target: `${DELIVERIES / SECONDS}/s`
    },
    {
      name: 'webhook answer p99',
      value: percentile(
        answers.map((a) => a.ms),
        99
      ),
      unit: 'ms',
      target: '< 10000 ms'
    },
    { name: 'delivery → completed check run p50', value: percentile(latencies, 50), unit: 'ms' },
    { name: 'delivery → completed check run p99', value: percentile(latencies, 99), unit: 'ms' },
    { name: 'settle after the last delivery', value: settleSeconds, digits: 1, unit: 's' },
    { name: 'evaluations completed', value: evaluations },
    { name: 'superseded while queued', value: health.queue.superseded },
    {
      name: 'API calls per evaluation',
      value: apiCalls / Math.max(1, evaluations),
      digits: 1,
      unit: `(${apiCalls} calls, +${tokenCalls} token)`
    },
    { name: '502s injected (retried)', value: injected },
    { name: 'server peak memory (VmHWM)', value: peakKb / 1024, digits: 1, unit: 'MiB' },
    { name: 'server error log lines', value: serverErrors },
    { name: 'OpenAPI violations', value: violations.length, target: '0' },
    { name: 'head SHAs with more than one run', value: duplicated, target: '0' },
    { name: 'pull requests whose final run is wrong', value: mismatched.length, target: '0' }
  ]
)
console.log('\n  API calls by route:')
for (const [route, n] of [...perRoute].sort((a, b) => b[1] - a[1]).slice(0, 14))
  console.log(`    ${String(n).padStart(6)}  ${route}`)
for (const line of mismatched.slice(0, 10)) console.log(`  wrong: ${line}`)
for (const line of violations.slice(0, 5)) console.log(`  violation: ${line}`)
const pass = mismatched.length === 0 && duplicated === 0 && violations.length === 0 && ok === DELIVERIES
console.log(
  `\n${pass ? 'PASS' : 'FAIL'}: every pull request's final check run ${pass ? 'matches' : 'does not match'} its last event.`
)
process.exit(pass ? 0 : 1)
