// Benchmark: `release-readiness check` on a generated repository of 20,000 files with a
// 3,000-file change (GitHub's cap on the files listed for a pull request). Target: < 2 s, < 300 MB.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { blob, importRepo } from './generated-repo.mjs'
import { measure, printRows } from './measure.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const FILES = 20_000
const CHANGED = 3_000

/** Builds (once, cached under .bench/) a repository with FILES files and a branch changing CHANGED. */
function generateRepo() {
  const dir = join(root, '.bench', `repo-${FILES}-${CHANGED}`)
  if (existsSync(join(dir, '.git'))) return dir
  const path = (i) =>
    `${i % 5 === 0 ? 'docs' : i % 5 === 1 ? 'test' : 'src'}/module-${Math.floor(i / 100)}/file-${i}.${i % 5 === 0 ? 'md' : 'ts'}`
  let stream = ''
  stream += `commit refs/heads/main\nmark :1\ncommitter b <b@b> 1700000000 +0000\n${blob('base')}`
  for (let i = 0; i < FILES; i++)
    stream += `M 100644 inline ${path(i)}\n${blob(`export const value${i} = ${i}\n// ${'x'.repeat(200)}\n`)}`
  stream += `M 100644 inline CHANGELOG.md\n${blob('# Changelog\n')}`
  stream += `\ncommit refs/heads/feature\nmark :2\ncommitter b <b@b> 1700000100 +0000\n${blob('change')}from :1\n`
  for (let i = 0; i < CHANGED; i++) {
    const n = i * 5 + 2 // source files only
    stream += `M 100644 inline ${path(n)}\n${blob(`export const value${n} = ${n + 1}\n// ${'y'.repeat(200)}\n`)}`
  }
  stream += '\n'
  importRepo(dir, stream)
  return dir
}

export async function run() {
  const repo = generateRepo()
  const args = [
    join(root, 'dist', 'cli.js'),
    'check',
    '--repo',
    repo,
    '--base',
    'main',
    '--head',
    'feature',
    '--format',
    'json'
  ]
  await measure(process.execPath, args) // warm the file system cache
  const runs = []
  for (let i = 0; i < 3; i++) runs.push(await measure(process.execPath, args))
  const result = JSON.parse(runs[0].stdout)
  const changed = Number(
    execFileSync('git', ['diff', '--name-only', 'main...feature'], { cwd: repo, encoding: 'utf8' })
      .trim()
      .split('\n').length
  )
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  return [
    { name: 'repository files / changed files', value: `${FILES} / ${changed}` },
    {
      name: 'check: verdict',
      value: `${result.verdict} (${result.checks.map((c) => `${c.id}=${c.status}`).join(', ')})`
    },
    {
      name: 'check: wall time (median of 3)',
      value: median(runs.map((r) => r.wallMs)),
      unit: 'ms',
      target: '< 2000 ms'
    },
    {
      name: 'check: peak memory (max of 3)',
      value: Math.max(...runs.map((r) => r.peakRssMb)),
      unit: 'MB',
      target: '< 300 MB',
      digits: 1
    }
  ]
}

if (import.meta.url === `file://${process.argv[1]}`)
  printRows('check on a 20,000-file repository with a 3,000-file change', await run())
