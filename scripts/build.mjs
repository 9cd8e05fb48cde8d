// Bundles each entry point that exists into dist/ with esbuild (see TOOLCHAIN.md: the require shim
// lets bundled CommonJS such as @actions/http-client require Node built-ins from an ES module).
import { build, transform } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { importTs } from './lib/import-ts.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))

const entries = [
  // The CLI is two files (ADR 0020): dist/cli.js sets the V8 flags and loads the commands,
  // dist/cli-main.cjs, with the code cache trained below.
  { name: 'cli', in: 'src/cli/index.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { name: 'cli', in: 'src/cli/main.ts', out: 'dist/cli-main.cjs', format: 'cjs', codeCache: true },
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

const built = entries.filter((entry) => existsSync(entry.in) && (!only || only.includes(entry.name)))
await Promise.all(
  built.map(async (entry) => {
    const cjs = entry.format === 'cjs'
    const result = await build({
      entryPoints: [entry.in],
      outfile: entry.out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: cjs ? 'cjs' : 'esm',
      legalComments: 'none',
      external: entry.external ?? [],
      logLevel: 'warning',
      plugins: [precompiledValidators],
      // CommonJS has its own require; an ES module bundle gets one for the CommonJS it holds.
      banner: { js: [entry.banner, cjs ? undefined : requireShim].filter(Boolean).join('\n') },
      write: !entry.codeCache
    })
    if (entry.codeCache) writeWithBuildLine(entry.out, result.outputFiles[0].text)
  })
)
if (built.some((e) => e.codeCache)) trainCodeCaches()

/**
 * Writes a bundle whose code cache the CLI loads (src/cli/load-compiled-module.ts) with a first
 * line naming its content hash, which names its caches, and removes the caches of earlier builds.
 */
function writeWithBuildLine(out, code) {
  const file = path.join(root, out)
  for (const name of readdirSync(path.dirname(file)))
    if (name.startsWith(`${path.basename(file)}.`) && name.endsWith('.cache'))
      rmSync(path.join(path.dirname(file), name))
  const hash = createHash('sha256').update(code).digest('hex')
  writeFileSync(file, `// release-readiness build ${hash}\n${code}`)
}

/**
 * Makes the CLI's code caches: one run per set of V8 flags the CLI sets (openapi-diff's, and every
 * other command's), each on the bundled example so that the functions a comparison needs are
 * compiled too. A cache only saves start-up; a run without one is the same run.
 */
function trainCodeCaches() {
  const cli = path.join(root, 'dist/cli.js')
  const example = (p) => path.join(root, 'examples', p)
  const runs = [
    [
      'openapi-diff',
      example('service/openapi/pets.yaml'),
      example('pull-requests/not-ready/openapi/pets.yaml')
    ],
    ['--help']
  ]
  for (const args of runs) {
    const run = spawnSync(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, RELEASE_READINESS_WRITE_CODE_CACHE: '1', NODE_OPTIONS: '' },
      encoding: 'utf8'
    })
    if (run.status === null || run.status > 1 || run.stderr)
      throw new Error(
        `[build] training the CLI's code cache with ${args[0]} failed: ${run.stderr || run.status}`
      )
  }
}
