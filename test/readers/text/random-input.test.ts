import { describe, expect, it } from '@jest/globals'
import featureFlagPlan from '../../../checks/feature-flag-plan.js'
import rollbackCriteria from '../../../checks/rollback-criteria.js'
import { readSloFile } from '../../../src/readers/slo/read-slo-file.js'
import type { Check } from '../../../src/engine/types.js'
import { runCheck } from '../../support/run-check.js'

/** A small seeded generator, so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

const PIECES = [
  '## Feature flag plan\n',
  '# Rollback\n',
  'Rollback plan\n---\n',
  '- Flag: `x`\n',
  '- Default: off\n',
  '> ',
  '- ',
  '1. ',
  '  ',
  '```\n',
  '~~~',
  '<!--',
  '-->',
  '<details>',
  '**',
  '_',
  '`',
  '|',
  '|---|',
  'TBD',
  'N/A',
  '5%',
  ' → ',
  'for 10 minutes',
  'above',
  'roll back if',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '[owner]',
  '<flag-key>',
  '\u0000',
  '\uFFFD',
  '😀',
  '#',
  '=',
  ':'
]

describe('the text checks on random Markdown', () => {
  it('always return a status with a summary, never throw', async () => {
    const next = random(42)
    for (let i = 0; i < 150; i++) {
      const body = Array.from(
        { length: 5 + Math.floor(next() * 200) },
        () => PIECES[Math.floor(next() * PIECES.length)]
      ).join('')
      for (const check of [featureFlagPlan, rollbackCriteria] as Check[]) {
        const result = await runCheck(check, 'pr-corpus', { body })
        expect(['pass', 'fail']).toContain(result.status)
        expect(result.summary.length).toBeGreaterThan(0)
      }
    }
  })
})

describe('readSloFile on random YAML', () => {
  it('returns problems, never throws', () => {
    const next = random(7)
    const pieces = [
      'apiVersion: openslo/v1\n',
      'kind: SLO\n',
      'spec:\n',
      '  objectives:\n',
      '    - target: ',
      '0.99',
      '1',
      '"x"',
      '\n',
      '---\n',
      '&a ',
      '*a',
      '[',
      ']',
      '{',
      '}',
      ': ',
      '- ',
      '  ',
      'version: prometheus/v1\n',
      'slos:\n',
      '\t'
    ]
    for (let i = 0; i < 300; i++) {
      const text = Array.from(
        { length: 3 + Math.floor(next() * 40) },
        () => pieces[Math.floor(next() * pieces.length)]
      ).join('')
      expect(() => readSloFile('slo.yaml', text)).not.toThrow()
    }
  })
})
