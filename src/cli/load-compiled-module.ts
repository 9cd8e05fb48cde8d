import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { Script } from 'node:vm'

/**
 * Build only: with this variable set to `1`, the process writes the code cache of the module it
 * loads when it exits (scripts/build.mjs runs the built CLI once per set of V8 flags to make them).
 */
export const WRITE_CODE_CACHE_ENV = 'RELEASE_READINESS_WRITE_CODE_CACHE'

/** The first line the build writes into a compiled module: its content hash, which names its caches. */
const BUILD_LINE = /^\/\/ release-readiness build ([0-9a-f]{16,64})\n/

export interface LoadedModule<T> {
  exports: T
  /** Whether V8 used the code cache, had none, or refused the one it was given (and compiled). */
  cache: 'used' | 'none' | 'rejected'
}

/**
 * Where the code cache of the CommonJS bundle at `modulePath` is kept for the V8 `flags` the
 * process set (a cache made under other flags is refused by V8): beside the bundle, named by the
 * bundle's build hash, so that a cache never meets a bundle it was not made from. Undefined for a
 * bundle without the build line.
 */
export function codeCachePath(
  modulePath: string,
  source: string,
  flags: readonly string[]
): string | undefined {
  const build = BUILD_LINE.exec(source)?.[1]
  if (!build) return undefined
  const key =
    flags.length === 0 ? 'default' : flags.map((f) => f.replace(/^--/, '').replace(/[^\w-]/g, '')).join('.')
  return `${modulePath}.${build.slice(0, 16)}.${key}.cache`
}

/**
 * Loads a CommonJS bundle the way Node would, but compiled with V8's code cache when the build made
 * one (ADR 0020): about 40 ms less start-up for the CLI on Node 20, where `module.enableCompileCache`
 * does not exist. A missing, stale or foreign cache only means compiling as usual: V8 checks its
 * version and flags, and the file name ties it to this bundle's content.
 */
export function loadCompiledModule<T>(modulePath: string, flags: readonly string[]): LoadedModule<T> {
  const source = readFileSync(modulePath, 'utf8')
  const cachePath = codeCachePath(modulePath, source, flags)
  const writing = process.env[WRITE_CODE_CACHE_ENV] === '1' && cachePath !== undefined
  let cachedData: Buffer | undefined
  if (cachePath && !writing) {
    try {
      cachedData = readFileSync(cachePath)
    } catch {
      cachedData = undefined // no cache for these flags: compile
    }
  }
  const script = new Script(wrapCommonJs(source), { filename: modulePath, cachedData })
  // Written at exit, so that the cache holds every function the run compiled, not only the top level.
  if (writing) process.once('exit', () => writeFileSync(cachePath, script.createCachedData()))
  const module = { exports: {} as T }
  const run = script.runInThisContext() as (
    exports: T,
    require: NodeJS.Require,
    module: { exports: T },
    filename: string,
    dirname: string
  ) => void
  run(module.exports, createRequire(modulePath), module, modulePath, dirname(modulePath))
  return {
    exports: module.exports,
    cache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'
  }
}

/** CommonJS source as the function Node wraps a module in (the code the cache holds). */
export function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`
}
