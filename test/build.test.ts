import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' })

/** Runs scripts/build.mjs from a folder with no node_modules, as a production install without esbuild. */
function buildWithoutEsbuild(args: string[], built: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rr-build-'))
  try {
    mkdirSync(path.join(dir, 'scripts'))
    mkdirSync(path.join(dir, 'dist'))
    mkdirSync(path.join(dir, 'src/app'), { recursive: true })
    mkdirSync(path.join(dir, 'src/cli'), { recursive: true })
    copyFileSync(path.join(root, 'scripts/build.mjs'), path.join(dir, 'scripts/build.mjs'))
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n')
    for (const f of ['src/app/server.ts', 'src/cli/index.ts', ...built]) writeFileSync(path.join(dir, f), '')
    const run = spawnSync(process.execPath, ['scripts/build.mjs', ...args], { cwd: dir, encoding: 'utf8' })
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

  it('builds the CLI and the App on install, the App before start, everything before pack', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(pkg.scripts.prepare).toBe('node scripts/build.mjs --only=cli,app --without-esbuild=warn')
    expect(pkg.scripts.prestart).toBe('node scripts/build.mjs --only=app --without-esbuild=keep')
    expect(pkg.scripts.prepack).toBe('npm run build')
    expect(pkg.bin).toEqual({ 'release-readiness': 'dist/cli.js' })
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'scripts/build.mjs']))
  })

  it('lets a production install without esbuild finish, saying what was not built', () => {
    expect(buildWithoutEsbuild(['--only=cli,app', '--without-esbuild=warn'], [])).toEqual({
      status: 0,
      stderr:
        '[build] esbuild is not installed (production install): dist/cli.js, dist/app.js not built; run `npm run build` where the dev dependencies are installed.'
    })
  })

  it('starts the App without esbuild only from a bundle already built', () => {
    expect(buildWithoutEsbuild(['--only=app', '--without-esbuild=keep'], ['dist/app.js'])).toEqual({
      status: 0,
      stderr: '[build] esbuild is not installed (production install): using the bundles already in dist/.'
    })
    expect(buildWithoutEsbuild(['--only=app', '--without-esbuild=keep'], [])).toEqual({
      status: 1,
      stderr:
        '[build] dist/app.js is not built and esbuild is not installed: run `npm ci` (with the dev dependencies) or `npm run build` first, or deploy a built copy (docs/app.md).'
    })
  })

  it('refuses an unknown bundle name', () => {
    expect(buildWithoutEsbuild(['--only=ap'], [])).toEqual({
      status: 2,
      stderr: '[build] unknown option value: ap'
    })
  })
})
