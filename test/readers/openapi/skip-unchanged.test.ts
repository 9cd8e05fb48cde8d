import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sourceForFile } from '../../../src/cli/openapi-diff-fs-source.js'
import { compareSpecs } from '../../../src/readers/openapi/compare.js'
import { loadSpec, type Spec } from '../../../src/readers/openapi/load.js'
import { openapiRules } from '../../../src/readers/openapi/rules/catalogue.js'
import { openapiFixtures } from '../../support/openapi.js'

async function load(file: string): Promise<Spec> {
  const { source, path } = sourceForFile(file)
  return loadSpec(source, 'fs', path)
}

const now = new Date('2026-11-25T00:00:00Z')

/** The changes found with and without skipping schema pairs proven unchanged. */
async function bothWays(baseFile: string, headFile: string): Promise<[unknown, unknown]> {
  const [base, head] = [await load(baseFile), await load(headFile)]
  const skipping = compareSpecs(base, head, { rules: openapiRules, now })
  const full = compareSpecs(base, head, { rules: openapiRules, now, skipUnchanged: false })
  return [skipping, full]
}

describe('skipping schema pairs proven unchanged', () => {
  const pairs = readdirSync(openapiFixtures).flatMap((name) => {
    const [base, head] = ['base.yaml', 'head.yaml'].map((f) => join(openapiFixtures, name, f)) as [
      string,
      string
    ]
    return [
      [`${name}`, base, head],
      [`${name} (reversed)`, head, base]
    ]
  })

  it.each(pairs)('finds exactly the changes of a full comparison on %s', async (_, base, head) => {
    const [skipping, full] = await bothWays(base!, head!)
    expect(skipping).toEqual(full)
  })

  it("finds exactly the changes of a full comparison on GitHub's REST description, 22.0.0 to 23.0.2", async () => {
    const modules = fileURLToPath(new URL('../../../node_modules/', import.meta.url))
    const [skipping, full] = await bothWays(
      join(modules, 'octokit-openapi-22/generated/api.github.com.json'),
      join(modules, '@octokit/openapi/generated/api.github.com.json')
    )
    expect((full as { changes: unknown[] }).changes.length).toBeGreaterThan(1900)
    expect(skipping).toEqual(full)
  })
})
