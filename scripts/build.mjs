// Bundles each entry point that exists into dist/ with esbuild (see TOOLCHAIN.md: the require shim
// lets bundled CommonJS such as @actions/http-client require Node built-ins from an ES module).
import { build, transform } from 'esbuild'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { importTs } from './lib/import-ts.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))

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

// The OpenAPI schema validators, compiled once here instead of at every run (about 150 ms each):
// src/readers/openapi/schema-validators.ts is replaced by a module that imports Ajv's standalone code per
// version (src/readers/openapi/validator-source.ts generates it from the schemas and options validate.ts uses).
const validatorSource = await importTs('src/readers/openapi/validator-source.ts')
// Minified: the generated code is about 600 KB as written, and every start of the CLI parses it.
const minified = async (code) =>
  (await transform(code, { minify: true, format: 'esm', target: 'node20' })).code
const validatorModules = new Map(
  await Promise.all(
    validatorSource.PRECOMPILED_VERSIONS.map(async (version) => [
      version,
      await minified(validatorSource.validatorModuleSource(version))
    ])
  )
)
const precompiledValidators = {
  name: 'precompiled-openapi-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]readers[\\/]openapi[\\/]schema-validators\.ts$/ }, () => ({
      contents: validatorSource.precompiledValidatorsModuleSource((v) => `openapi-validator:${v}`),
      loader: 'js',
      resolveDir: root
    }))
    b.onResolve({ filter: /^openapi-validator:/ }, (args) => ({
      path: args.path.slice('openapi-validator:'.length),
      namespace: 'openapi-validator'
    }))
    b.onLoad({ filter: /.*/, namespace: 'openapi-validator' }, (args) => ({
      contents: validatorModules.get(args.path),
      loader: 'js',
      resolveDir: root
    }))
  }
}

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
        plugins: [precompiledValidators],
        banner: { js: [entry.banner, requireShim].filter(Boolean).join('\n') }
      })
    )
)
