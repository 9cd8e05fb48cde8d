// npm run bench: every benchmark in scripts/bench/ that exports run(), printed side by side.
import { readdirSync } from 'node:fs'
import { printRows } from './bench/measure.mjs'

const only = process.argv[2]
const titles = {
  'check.mjs': 'CLI check: 20,000-file repository, 3,000-file change (spine)',
  'openapi.mjs': "openapi-diff vs oasdiff on GitHub's REST description 22.0.0 → 23.0.2",
  'openapi-releases.mjs':
    'openapi-diff vs oasdiff over 12 consecutive @octokit/openapi releases (cached in .bench/)',
  'action.mjs': 'GitHub Action: 20-file pull request with one OpenAPI document, through the API',
  'release.mjs': 'Release report: 200 pull requests, 5 services',
  'board.mjs': 'Go/no-go board: 50 repositories × 20 releases, 10,000 pull request records',
  'text.mjs': 'Text checks: worst-case 128 KiB descriptions (wall time; CPU time in the last column)'
}
const files = readdirSync(new URL('./bench/', import.meta.url)).filter(
  (f) => f.endsWith('.mjs') && f !== 'measure.mjs' && (!only || f.startsWith(only))
)
for (const file of files) {
  const module = await import(`./bench/${file}`)
  if (typeof module.run !== 'function') continue
  printRows(titles[file] ?? file, await module.run())
}
