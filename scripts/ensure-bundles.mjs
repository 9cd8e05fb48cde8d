// Builds the bundles that are not committed, when it can. Only dist/index.js (the Action: GitHub runs
// it from the repository as is) is committed; dist/cli.js and dist/app.js are git-ignored and built
// by this script on `npm ci` / `npm install` (`prepare`) and before `npm start` (`prestart`);
// `npm pack` runs `npm run build` (`prepack`), so the package carries all three.
//
//   node scripts/ensure-bundles.mjs --only=cli,app [--require]
//
// It builds with scripts/build.mjs when this is a clone with its dev dependencies (src/ and esbuild
// present). Otherwise (a production install with `--omit=dev`, or the installed npm package, which
// has its bundles but no src/) it keeps the bundles already in dist/. A bundle that is neither there
// nor buildable is a warning, or with `--require` (before `npm start`) an error that says what to do.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bundles = { cli: 'dist/cli.js', app: 'dist/app.js' }

const only =
  process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? []
const unknown = only.filter((name) => !(name in bundles))
if (only.length === 0 || unknown.length > 0) {
  console.error(`[ensure-bundles] name the bundles to build: --only=${Object.keys(bundles).join(',')}`)
  process.exit(2)
}
const required = process.argv.includes('--require')

let esbuild = true
try {
  createRequire(path.join(root, 'package.json')).resolve('esbuild')
} catch {
  esbuild = false
}

if (esbuild && existsSync(path.join(root, 'src'))) {
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/build.mjs'), `--only=${only.join(',')}`],
    {
      cwd: root,
      stdio: 'inherit'
    }
  )
  process.exit(build.status ?? 1)
}

const missing = only.map((name) => bundles[name]).filter((file) => !existsSync(path.join(root, file)))
const why = esbuild ? 'there is no src/ to build from' : 'esbuild is not installed (a production install)'
if (missing.length === 0) {
  console.error(`[ensure-bundles] ${why}: using the bundles already in dist/.`)
} else if (required) {
  console.error(
    `[ensure-bundles] ${missing.join(', ')} is not built and ${why}: run \`npm ci\` (with the dev dependencies) or \`npm run build\` first, or deploy a built copy (docs/app.md).`
  )
  process.exit(1)
} else {
  console.error(
    `[ensure-bundles] ${why}: ${missing.join(', ')} not built; run \`npm run build\` where the dev dependencies are installed.`
  )
}
