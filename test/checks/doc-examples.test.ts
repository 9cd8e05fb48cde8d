import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Check } from '../../src/engine/types.js'
import featureFlagPlan from '../../checks/feature-flag-plan.js'
import rollbackCriteria from '../../checks/rollback-criteria.js'
import { runCheck } from '../support/run-check.js'

interface Example {
  expected: 'pass' | 'fail'
  line: number
  body: string
}

/**
 * The Markdown examples of a check's doc page: every ```markdown block (any fence length) under
 * "### Correct" is expected to pass, under "### Incorrect" to fail.
 */
function examples(page: string): Example[] {
  const lines = readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8').split('\n')
  const out: Example[] = []
  let expected: Example['expected'] | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (/^#{1,3} /.test(line))
      expected = line === '### Correct' ? 'pass' : line === '### Incorrect' ? 'fail' : undefined
    const open = /^(`{3,})markdown\s*$/.exec(line)
    if (!open || !expected) continue
    const start = i + 1
    while (i + 1 < lines.length && lines[i + 1] !== open[1]) i++
    out.push({ expected, line: start, body: lines.slice(start, i + 1).join('\n') })
    i++
  }
  return out
}

describe.each([
  ['docs/checks/feature-flag-plan.md', featureFlagPlan, 29],
  ['docs/checks/rollback-criteria.md', rollbackCriteria, 32]
] as Array<[string, Check, number]>)('the examples in %s', (page, check, count) => {
  const all = examples(page)

  it(`has ${count} Markdown examples, correct and incorrect`, () => {
    expect(all.length).toBe(count)
    expect(all.some((e) => e.expected === 'pass') && all.some((e) => e.expected === 'fail')).toBe(true)
  })

  it('are judged as the page says', async () => {
    const wrong: string[] = []
    for (const example of all) {
      const result = await runCheck(check, 'pr-corpus', { body: example.body })
      if (result.status !== example.expected)
        wrong.push(
          `${page}:${example.line} should ${example.expected}, got ${result.status}: ${result.summary}`
        )
    }
    expect(wrong).toEqual([])
  })
})
