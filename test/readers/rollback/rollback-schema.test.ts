import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { rollbackSchema } from '../../../src/readers/rollback/rollback-schema.js'
import { readRollbackEvidence } from '../../../src/readers/rollback/read-rollback-evidence.js'

describe('the rollback file schema', () => {
  it('is published as schema/rollback.schema.json, identical to the one the check uses', () => {
    const published = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../../schema/rollback.schema.json', import.meta.url)), 'utf8')
    )
    expect(published).toEqual(rollbackSchema)
  })

  it('accepts a minimal file and names the service', () => {
    const text =
      'service: checkout\ncriteria:\n  - { metric: 5xx rate, comparator: ">", threshold: 2, unit: "%", window: 10m }\nsteps:\n  - redeploy the previous release\n'
    expect(readRollbackEvidence('rollback.yml', text, true)).toEqual({
      evidence: [
        { kind: 'rollback-file', file: 'rollback.yml', line: 1, name: 'checkout', service: 'checkout' }
      ],
      problems: []
    })
  })

  it('refuses an alias bomb as invalid YAML', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n'
    const read = readRollbackEvidence('rollback.yml', bomb, true)
    expect(read.evidence).toEqual([])
    expect(read.problems.map((p) => p.message)).toEqual([
      'rollback.yml is not valid YAML (Excessive alias count indicates a resource exhaustion attack); fix it so its rollback definition counts.'
    ])
  })
})
