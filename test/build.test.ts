import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' })

/**
 * Runs scripts/ensure-bundles.mjs from a folder with no node_modules (no esbuild), as a production
 * install; `files` are created first (src/ makes it a clone, dist/* a bundle already built).
 */
function ensureBundles(args: string[], files: string[], withEsbuild = false) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rr-build-'))
  try {
    mkdirSync(path.join(dir, 'scripts'))
    mkdirSync(path.join(dir, 'dist'))
    if (files.some((f) => f.startsWith('src/'))) mkdirSync(path.join(dir, 'src/app'), { recursive: true })
    copyFileSync(path.join(root, 'scripts/ensure-bundles.mjs'), path.join(dir, 'scripts/ensure-bundles.mjs'))
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n')
    for (const f of files) writeFileSync(path.join(dir, f), '')
    if (withEsbuild) symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
    const run = spawnSync(process.execPath, ['scripts/ensure-bundles.mjs', ...args], {
      cwd: dir,
      encoding: 'utf8'
    })
    return { status: run.status, stderr: run.stderr.trim() }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('the bundles', () => {
  it('commits only the Action bundle and ignores the ones built at install', () => {
    expect(git('ls-files', 'dist').split('\n').filter(Boolean)).toEqual(['dist/index.js'])
    expect(git('check-ignore', 'dist/app.js', 'dist/cli.js').split('\n').filter(Boolean)).toEqual([
      'dist/app.js',
      'dist/cli.js'
    ])
  })

  it('builds the CLI as an entry and its commands, with a code cache per set of V8 flags the CLI sets', () => {
    const main = readFileSync(path.join(root, 'dist/cli-main.cjs'), 'utf8')
    const build = /^\/\/ release-readiness build ([0-9a-f]{64})\n/.exec(main)?.[1]
    expect(build).toBeDefined()
    const caches = readdirSync(path.join(root, 'dist'))
      .filter((name) => name.endsWith('.cache'))
      .sort()
    expect(caches).toEqual([
      `cli-main.cjs.${build!.slice(0, 16)}.semi-space-growth-factor1.cache`,
      `cli-main.cjs.${build!.slice(0, 16)}.semi-space-growth-factor1.no-turbofan.no-maglev.cache`
    ])
    expect(git('check-ignore', 'dist/cli-main.cjs', `dist/${caches[0]}`).split('\n').filter(Boolean)).toEqual(
      ['dist/cli-main.cjs', `dist/${caches[0]}`]
    )
  })

  it('builds the CLI and the App on install, the App before start, everything before pack', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(pkg.scripts.prepare).toBe('node scripts/ensure-bundles.mjs --only=cli,app')
    expect(pkg.scripts.prestart).toBe('node scripts/ensure-bundles.mjs --only=app --require')
    expect(pkg.scripts.prepack).toBe('npm run build')
    expect(pkg.bin).toEqual({ 'release-readiness': 'dist/cli.js' })
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'scripts/ensure-bundles.mjs']))
  })

  it('lets a production install without esbuild finish, saying what was not built', () => {
    expect(ensureBundles(['--only=cli,app'], ['src/app/server.ts'])).toEqual({
      status: 0,
      stderr:
        '[ensure-bundles] esbuild is not installed (a production install): dist/cli.js, dist/app.js not built; run `npm run build` where the dev dependencies are installed.'
    })
  })

  it('starts the App without esbuild only from a bundle already built', () => {
    expect(ensureBundles(['--only=app', '--require'], ['src/app/server.ts', 'dist/app.js'])).toEqual({
      status: 0,
      stderr:
        '[ensure-bundles] esbuild is not installed (a production install): using the bundles already in dist/.'
    })
    expect(ensureBundles(['--only=app', '--require'], ['src/app/server.ts'])).toEqual({
      status: 1,
      stderr:
        '[ensure-bundles] dist/app.js is not built and esbuild is not installed (a production install): run `npm ci` (with the dev dependencies) or `npm run build` first, or deploy a built copy (docs/app.md).'
    })
  })

  it('keeps the bundles of the installed package, which has esbuild nowhere to build from', () => {
    expect(ensureBundles(['--only=cli,app'], ['dist/cli.js', 'dist/app.js'], true)).toEqual({
      status: 0,
      stderr: '[ensure-bundles] there is no src/ to build from: using the bundles already in dist/.'
    })
  })

  it('refuses a bundle it does not know', () => {
    expect(ensureBundles(['--only=index'], [])).toEqual({
      status: 2,
      stderr: '[ensure-bundles] name the bundles to build: --only=cli,app'
    })
  })
})
