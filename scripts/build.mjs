// Bundles the entry points into dist/ with esbuild (see TOOLCHAIN.md: the require shim lets bundled
// CommonJS such as @actions/http-client require Node built-ins from an ES module).
//
// Only dist/index.js (the Action: GitHub runs it from the repository as is) is committed. dist/cli.js
// and dist/app.js are git-ignored and built here on `npm ci` / `npm install` (`prepare`), before
// `npm start` (`prestart`) and before `npm pack` (`prepack`, through `npm run build`).
//
//   node scripts/build.mjs                   every bundle (npm run build)
//   --only=cli,app                           only these bundles (cli, action, app)
//   --without-esbuild=warn|keep              when esbuild is not installed (a production install,
//                                            `npm ci --omit=dev`): `warn` says so and exits 0;
//                                            `keep` uses the bundles already built, and fails
//                                            naming the missing one when there is none
import { existsSync } from 'node:fs'

const entries = [
  { name: 'cli', in: 'src/cli/index.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { name: 'action', in: 'src/action/index.ts', out: 'dist/index.js' },
  // The App's database drivers stay in node_modules: PGlite loads its WebAssembly files from there.
  { name: 'app', in: 'src/app/server.ts', out: 'dist/app.js', external: ['@electric-sql/pglite', 'pg'] }
]

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const only = option('only')?.split(',')
const withoutEsbuild = option('without-esbuild')
const unknown = only?.filter((name) => !entries.some((e) => e.name === name)) ?? []
if (unknown.length > 0 || (withoutEsbuild && !['warn', 'keep'].includes(withoutEsbuild))) {
  console.error(`[build] unknown option value: ${[...unknown, withoutEsbuild].filter(Boolean).join(', ')}`)
  process.exit(2)
}
const wanted = entries.filter((entry) => (!only || only.includes(entry.name)) && existsSync(entry.in))

let esbuild
try {
  esbuild = await import('esbuild')
} catch (error) {
  if (!withoutEsbuild || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error
  const missing = wanted.filter((entry) => !existsSync(entry.out)).map((entry) => entry.out)
  if (withoutEsbuild === 'keep' && missing.length > 0) {
    console.error(
      `[build] ${missing.join(', ')} is not built and esbuild is not installed: run \`npm ci\` (with the dev dependencies) or \`npm run build\` first, or deploy a built copy (docs/app.md).`
    )
    process.exit(1)
  }
  console.error(
    missing.length > 0
      ? `[build] esbuild is not installed (production install): ${missing.join(', ')} not built; run \`npm run build\` where the dev dependencies are installed.`
      : `[build] esbuild is not installed (production install): using the bundles already in dist/.`
  )
  process.exit(0)
}

const requireShim =
  "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"

await Promise.all(
  wanted.map((entry) =>
    esbuild.build({
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
