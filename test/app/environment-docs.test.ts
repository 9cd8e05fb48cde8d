import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : []
  })
}

/**
 * The variables the App server's code reads from its environment: `env.NAME`, `env['NAME']`,
 * the settings helpers' `(env, 'NAME', …)`, a list checked with `.filter((name) => !env[name])`,
 * and the defaults it hands Probot (`{ LOG_LEVEL: 'info', …, ...env }`).
 */
function variablesRead(files: string[]): Set<string> {
  const names = new Set<string>()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    if (!/\benv\b/.test(text)) continue
    for (const m of text.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) names.add(m[1]!)
    for (const m of text.matchAll(/\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)) names.add(m[1]!)
    for (const m of text.matchAll(/\(\s*env,\s*'([A-Z][A-Z0-9_]+)'/g)) names.add(m[1]!)
    for (const m of text.matchAll(/\[((?:'[A-Z][A-Z0-9_]+',?\s*)+)\]\.filter\(\(name\) => !env\[name\]\)/g))
      for (const n of m[1]!.matchAll(/'([A-Z0-9_]+)'/g)) names.add(n[1]!)
    for (const m of text.matchAll(/\{([^{}]*)\.\.\.env\s*\}/g))
      for (const n of m[1]!.matchAll(/\b([A-Z][A-Z0-9_]+):/g)) names.add(n[1]!)
  }
  return names
}

/** The backquoted names in the first column of docs/app.md's `| Variable | Meaning | Default |` table. */
function documented(): Set<string> {
  const text = readFileSync(join(root, 'docs/app.md'), 'utf8')
  const start = text.indexOf('| Variable | Meaning | Default |')
  expect(start).toBeGreaterThan(0)
  const rows = text.slice(start).split('\n').slice(2)
  const names = new Set<string>()
  for (const row of rows) {
    if (!row.startsWith('|')) break
    for (const m of row.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)) names.add(m[1]!)
  }
  return names
}

/** What Probot's `createProbot` reads by itself (its DEFAULTS), from the installed package. */
function readByProbot(): Set<string> {
  const text = readFileSync(join(root, 'node_modules/probot/lib/create-probot.js'), 'utf8')
  const defaults = /const DEFAULTS = \{([^}]*)\}/.exec(text)![1]!
  return new Set([...defaults.matchAll(/\b([A-Z][A-Z0-9_]+):/g)].map((m) => m[1]!))
}

describe('the environment table in docs/app.md', () => {
  const files = [
    ...sources(join(root, 'src/app')),
    ...sources(join(root, 'src/store')),
    ...sources(join(root, 'src/reports/notify'))
  ]
  const read = variablesRead(files)

  it('finds the variables the App reads (the scan itself works)', () => {
    for (const name of [
      'APP_ID',
      'PORT',
      'DATABASE_URL',
      'SESSION_SECRET',
      'BOARD_CLIENT_SECRET',
      'LOG_FORMAT'
    ])
      expect(read).toContain(name)
  })

  it('lists every variable the App server reads', () => {
    const table = documented()
    expect([...read].filter((name) => !table.has(name)).sort()).toEqual([])
  })

  it('lists nothing the App does not read, but what Probot reads itself', () => {
    const probot = readByProbot()
    expect([...documented()].filter((name) => !read.has(name) && !probot.has(name)).sort()).toEqual([])
  })
})
