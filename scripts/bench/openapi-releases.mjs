// Benchmark: our `openapi-diff` and oasdiff 1.15.0 over consecutive releases of GitHub's REST
// description (@octokit/openapi), side by side: time ratio, memory ratio and agreement on the
// operations each tool calls breaking, per pair.
//
// Runs by default (BENCH_OCTOKIT_RELEASES=0 skips it). Each release is a 400-550 MB package (every
// GHES version, plain and dereferenced), so ten of them as dev dependencies would add about 5 GB to
// `npm ci`. Instead `npm pack` fetches each tarball once (about 30 MB each, 350 MB for all) into the
// git-ignored cache .bench/octokit-openapi/, and only generated/api.github.com.json is kept. When
// the registry cannot be reached, the benchmark is skipped with a message; the others still run.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { cliEntry, root } from '../lib/openapi-bundle.mjs'
import { measure, printRows } from './measure.mjs'
import { OASDIFF } from './openapi.mjs'

/** Consecutive releases of @octokit/openapi (npm view @octokit/openapi versions), oldest first. */
export const RELEASES = [
  '16.6.0',
  '17.0.0',
  '18.0.0',
  '18.2.0',
  '19.0.0',
  '19.1.0',
  '20.0.0',
  '21.0.0',
  '22.0.0',
  '23.0.0',
  '23.0.1',
  '23.0.2'
]
const cache = `${root}.bench/octokit-openapi/`

/** The path of generated/api.github.com.json of one release, fetched once with `npm pack`. */
export function description(version) {
  const file = `${cache}${version}.json`
  if (existsSync(file)) return file
  mkdirSync(cache, { recursive: true })
  const tarball = execFileSync(
    'npm',
    ['pack', `@octokit/openapi@${version}`, '--pack-destination', cache, '--silent'],
    { encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] }
  ).trim()
  const dir = `${cache}${version}/`
  mkdirSync(dir, { recursive: true })
  execFileSync('tar', ['-xzf', `${cache}${tarball}`, '-C', dir, 'package/generated/api.github.com.json'])
  execFileSync('mv', [`${dir}package/generated/api.github.com.json`, file])
  rmSync(dir, { recursive: true, force: true })
  rmSync(`${cache}${tarball}`, { force: true })
  return file
}

/** Operations with a breaking change: ours `{ changes: [{ level, operation }] }`, oasdiff `[{ level: 3, operation, path }]`. */
export function breakingOperations(stdout) {
  const out = JSON.parse(stdout || '[]') ?? []
  return new Set(
    Array.isArray(out)
      ? out.filter((c) => c.level === 3).map((c) => `${c.operation} ${c.path}`)
      : out.changes.filter((c) => c.level === 'breaking').map((c) => c.operation)
  )
}

/** Every release's description, fetched if needed; a message instead when one cannot be fetched. */
function fetchAll() {
  const files = new Map()
  for (const version of RELEASES) {
    try {
      files.set(version, description(version))
    } catch (error) {
      const why = String(error.stderr || error.message || error)
        .split('\n')
        .find((line) => line.trim() !== '')
      return `could not fetch @octokit/openapi@${version} (the npm registry may be unreachable: ${why?.trim() ?? 'no output'}); check the network or the npm registry, or set BENCH_OCTOKIT_RELEASES=0 to skip this benchmark`
    }
  }
  return files
}

export async function run() {
  if (process.env.BENCH_OCTOKIT_RELEASES === '0')
    return [{ name: 'skipped', value: 'BENCH_OCTOKIT_RELEASES=0' }]
  const files = fetchAll()
  if (typeof files === 'string') return [{ name: 'skipped', value: files }]
  const ours = await cliEntry()
  const rows = []
  const ratios = { time: [], memory: [] }
  for (let i = 1; i < RELEASES.length; i++) {
    const [from, to] = [RELEASES[i - 1], RELEASES[i]]
    const [base, head] = [files.get(from), files.get(to)]
    const us = await measure(process.execPath, [...ours.argv, base, head, '--format', 'json'])
    const them = await measure(OASDIFF, ['breaking', base, head, '--format', 'json'])
    if (us.code === 2 || them.code !== 0)
      throw new Error(
        `${from} → ${to}: exit codes ours ${us.code}, oasdiff ${them.code}: ${us.stderr}${them.stderr}`
      )
    const a = breakingOperations(us.stdout)
    const b = breakingOperations(them.stdout)
    const both = [...a].filter((op) => b.has(op)).length
    const union = new Set([...a, ...b]).size
    const time = us.wallMs / them.wallMs
    const memory = us.peakRssMb / them.peakRssMb
    ratios.time.push(time)
    ratios.memory.push(memory)
    rows.push({
      name: `${from} → ${to}`,
      value: `${time.toFixed(2)}× time, ${memory.toFixed(2)}× memory`,
      target: `breaking ops: ours ${a.size}, oasdiff ${b.size}, both ${both}`,
      peer: `agreement ${union === 0 ? '100' : Math.round((100 * both) / union)}% (${Math.round(us.wallMs)} / ${Math.round(them.wallMs)} ms)`
    })
  }
  const worst = (xs) => Math.max(...xs).toFixed(2)
  rows.push({
    name: 'worst pair',
    value: `${worst(ratios.time)}× time, ${worst(ratios.memory)}× memory`,
    target: '<= 0.15× time, <= 0.5× memory'
  })
  return rows
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  printRows('openapi-diff vs oasdiff over consecutive @octokit/openapi releases', await run())
