// Runs a TypeScript script of this repository: bundles it with esbuild into a temporary ES module
// and imports it. Usage: node scripts/run-ts.mjs scripts/generate.ts [args...]
import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [entry, ...args] = process.argv.slice(2)
mkdirSync('node_modules/.cache', { recursive: true })
const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'rr-run-'))
const outfile = join(dir, 'script.mjs')
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning'
})
process.argv = [process.argv[0], resolve(entry), ...args]
try {
  await import(pathToFileURL(outfile).href)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
