// Bundles the OpenAPI engine for scripts (sweeps, comparisons, benchmarks) with esbuild, into .bench/.
// Scripts import the bundle; nothing here runs at product runtime.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../../', import.meta.url))
const banner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"

/** Builds `entry` (repository-relative) to `.bench/<name>.mjs` and returns the absolute output path. */
export async function bundle(entry, name) {
  const outfile = `${root}.bench/${name}.mjs`
  await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    banner: { js: banner },
    logLevel: 'warning'
  })
  return outfile
}

/** The engine API (loadFile, compareFiles, openapiDiffCommand) as a module. */
export async function engine() {
  return import(await bundle('src/cli/openapi-diff-api.ts', 'openapi-diff-api'))
}

/** The `openapi-diff` process entry: `node dist/cli.js openapi-diff BASE HEAD` (npm run bench builds dist/ first). */
export async function cliEntry() {
  return { argv: [`${root}dist/cli.js`, 'openapi-diff'], label: 'dist/cli.js openapi-diff' }
}
