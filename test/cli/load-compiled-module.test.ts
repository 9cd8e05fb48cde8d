import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Script } from 'node:vm'
import { codeCachePath, loadCompiledModule, wrapCommonJs } from '../../src/cli/load-compiled-module.js'

const FLAGS = ['--semi-space-growth-factor=1', '--no-turbofan']
const BUILD = '// release-readiness build 0123456789abcdef0123456789abcdef\n'

/** A CommonJS module in a fresh folder; returns its path. */
function moduleFile(source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'rr-compiled-')), 'main.cjs')
  writeFileSync(file, source)
  return file
}

const source = `${BUILD}const path = require('node:path')\nexports.answer = () => path.basename(__filename) + ' ' + (6 * 7)\n`

describe('loading the CLI’s commands with their code cache', () => {
  it('runs the module with require, __filename and exports, and compiles it when there is no cache', () => {
    const loaded = loadCompiledModule<{ answer: () => string }>(moduleFile(source), FLAGS)
    expect(loaded.cache).toBe('none')
    expect(loaded.exports.answer()).toBe('main.cjs 42')
  })

  it('uses the cache made for this build and these flags', () => {
    const file = moduleFile(source)
    writeFileSync(codeCachePath(file, source, FLAGS)!, new Script(wrapCommonJs(source)).createCachedData())
    const loaded = loadCompiledModule<{ answer: () => string }>(file, FLAGS)
    expect(loaded.cache).toBe('used')
    expect(loaded.exports.answer()).toBe('main.cjs 42')
  })

  it('names each cache by the build and the flags, so another build or flag set never finds it', () => {
    const file = moduleFile(source)
    expect(codeCachePath(file, source, FLAGS)).toBe(
      `${file}.0123456789abcdef.semi-space-growth-factor1.no-turbofan.cache`
    )
    expect(codeCachePath(file, source, [])).toBe(`${file}.0123456789abcdef.default.cache`)
    const other = source.replace('0123456789abcdef', 'fedcba9876543210')
    writeFileSync(codeCachePath(file, source, FLAGS)!, new Script(wrapCommonJs(source)).createCachedData())
    writeFileSync(file, other)
    expect(loadCompiledModule(file, FLAGS).cache).toBe('none')
  })

  it('compiles as usual when the cache is damaged', () => {
    const file = moduleFile(source)
    writeFileSync(codeCachePath(file, source, FLAGS)!, 'not a code cache')
    const loaded = loadCompiledModule<{ answer: () => string }>(file, FLAGS)
    expect(loaded.cache).toBe('rejected')
    expect(loaded.exports.answer()).toBe('main.cjs 42')
  })

  it('looks for no cache for a module without the build line', () => {
    const file = moduleFile(source.slice(BUILD.length))
    expect(codeCachePath(file, source.slice(BUILD.length), FLAGS)).toBeUndefined()
    expect(loadCompiledModule(file, FLAGS).cache).toBe('none')
    expect(readdirSync(join(file, '..'))).toEqual(['main.cjs'])
  })
})
