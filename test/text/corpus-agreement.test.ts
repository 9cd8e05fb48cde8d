import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Check } from '../../src/engine/types.js'
import featureFlagPlan from '../../checks/feature-flag-plan.js'
import rollbackCriteria from '../../checks/rollback-criteria.js'
import { fixtureChange, fixtureSource, fixturesDir, memoryLogger } from '../support/fixture-source.js'

type Label = 'pass' | 'fail'
const dir = join(fixturesDir, 'pr-bodies')
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<
  string,
  Record<string, Label>
>

/** Runs a text check on every labelled body and returns the bodies where it disagrees with the label. */
async function agreement(check: Check): Promise<{ agreed: number; total: number; misses: string[] }> {
  const misses: string[] = []
  for (const [name, label] of Object.entries(labels)) {
    const body = readFileSync(join(dir, name), 'utf8')
    const result = await check.run({
      config: check.meta.defaultConfig,
      change: await fixtureChange('pr-corpus', { body }),
      source: fixtureSource('pr-corpus'),
      log: memoryLogger(),
      waivers: []
    })
    if (result.status !== label[check.meta.id])
      misses.push(`${name}: labelled ${label[check.meta.id]}, got ${result.status}`)
  }
  const total = Object.keys(labels).length
  return { agreed: total - misses.length, total, misses }
}

describe('the labelled pull-request corpus', () => {
  it('has at least 40 bodies, each labelled for both text checks', () => {
    expect(Object.keys(labels).length).toBeGreaterThanOrEqual(40)
    for (const label of Object.values(labels))
      expect(Object.keys(label).sort()).toEqual(['feature-flag-plan', 'rollback-criteria'])
  })

  // Threshold: 95 % agreement, and every miss must be a known one. The known misses are the two plans
  // written in German and French (30, 45): the checks read English headings and labels, and we prefer
  // a visible miss to a keyword list that would pass plans it cannot read. Bodies 01-46 were written
  // while the heuristics were tuned; 47-56 were written afterwards as a held-out set and scored
  // feature-flag-plan 7/10 and rollback-criteria 10/10 on their first run (48, 51 and 56 missed: a
  // one-line plan, an opt-out starting with "None —", "Behind `key`"), before three general rules
  // were added for them.
  const KNOWN_MISSES = ['30-german.md', '45-french.md']

  it.each([featureFlagPlan, rollbackCriteria])(
    '$meta.id agrees with at least 95 % of the labels, missing only known cases',
    async (check) => {
      const { agreed, total, misses } = await agreement(check)
      console.log(
        `${check.meta.id}: ${agreed}/${total} agree with the labels${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`
      )
      expect(agreed / total).toBeGreaterThanOrEqual(0.95)
      for (const miss of misses) expect(KNOWN_MISSES).toContain(miss.split(':')[0])
    }
  )
})
