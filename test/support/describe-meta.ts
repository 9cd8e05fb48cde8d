import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Check } from '../../src/engine/types.js'
import { globProblem } from '../../src/engine/globs.js'

/** Shared tests of a check's `meta`: schema and defaults agree, globs are usable, the doc page exists. */
export function describeMeta(check: Check): void {
  describe('meta', () => {
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: { level: { enum: ['error', 'warn', 'off'] }, ...check.meta.schema.properties }
    }

    it('has a default configuration that its own schema accepts', () => {
      const validate = new Ajv({ strict: false }).compile(schema)
      expect([validate(check.meta.defaultConfig), validate.errors ?? null]).toEqual([true, null])
    })

    it('rejects an unknown option', () => {
      expect(new Ajv({ strict: false }).compile(schema)({ ...check.meta.defaultConfig, pathz: ['x'] })).toBe(
        false
      )
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
