// Bundles each entry point that exists into dist/ with esbuild (see TOOLCHAIN.md: the require shim
// lets bundled CommonJS such as @actions/http-client require Node built-ins from an ES module).
import { build } from 'esbuild'
import { existsSync } from 'node:fs'

const entries = [
  { name: 'cli', in: 'src/cli/index.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { name: 'action', in: 'src/action/index.ts', out: 'dist/index.js' },
  // The App's database drivers stay in node_modules: PGlite loads its WebAssembly files from there.
  { name: 'app', in: 'src/app/server.ts', out: 'dist/app.js', external: ['@electric-sql/pglite', 'pg'] }
]
// `--only=cli,app`: only these bundles (scripts/ensure-bundles.mjs builds the git-ignored ones).
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')

const requireShim =
  "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"

await Promise.all(
  entries
    .filter((entry) => existsSync(entry.in) && (!only || only.includes(entry.name)))
    .map((entry) =>
      build({
        entryPoints: [entry.in],
        outfile: entry.out,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        legalComments: 'none',
        external: entry.external ?? [],
        logLevel: 'warning',
        banner: { js: [entry.banner, requireShim].filter(Boolean).join('\n') }
      })
    )
)
