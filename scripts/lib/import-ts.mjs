// Imports a TypeScript module of this repository from a plain Node script: esbuild bundles it (its
// packages stay external) into a temporary ES module under node_modules/.cache, which is imported
// and then removed. Used by scripts/run-ts.mjs and the benchmarks.
import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** The module at `entry` (an absolute path, or relative to the repository root). */
export async function importTs(entry) {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  const dir = mkdtempSync(join(root, 'node_modules/.cache/rr-ts-'))
  const outfile = join(dir, 'module.mjs')
  await build({
    entryPoints: [entry.startsWith('/') ? entry : join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning'
  })
  try {
    return await import(pathToFileURL(outfile).href)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
