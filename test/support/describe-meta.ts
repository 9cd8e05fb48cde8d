import { describe, expect, it } from '@jest/globals'
import { stringify } from 'yaml'
import { ConfigError, parseConfig } from '../../src/engine/config.js'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Check } from '../../src/engine/types.js'
import { globProblem } from '../../src/engine/globs.js'

/** Shared tests of a check's `meta`: schema and defaults agree, globs are usable, the doc page exists. */
export function describeMeta(check: Check): void {
  describe('meta', () => {
    const configWith = (options: unknown): string => stringify({ checks: { [check.meta.id]: options } })

    it('has a default configuration that its own schema accepts', () => {
      expect(() => parseConfig(configWith(check.meta.defaultConfig), 'defaults.yml', [check])).not.toThrow()
    })

    it('rejects an unknown option', () => {
      expect(() =>
        parseConfig(configWith({ ...(check.meta.defaultConfig as object), pathz: ['x'] }), 'typo.yml', [
          check
        ])
      ).toThrow(ConfigError)
    })

    it('uses only usable globs in its defaults', () => {
      const values = Object.values(check.meta.defaultConfig as Record<string, unknown>)
      const globs = values.flatMap((v) => (Array.isArray(v) ? v : []))
      expect(globs.filter((g) => typeof g === 'string' && globProblem(g) !== undefined)).toEqual([])
    })

    it('has its doc page at meta.docs', () => {
      expect(existsSync(fileURLToPath(new URL(`../../${check.meta.docs}`, import.meta.url)))).toBe(true)
    })
  })
}
