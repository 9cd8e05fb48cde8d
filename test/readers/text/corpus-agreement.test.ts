import { describe, expect, it } from '@jest/globals'
import featureFlagPlan from '../../../checks/feature-flag-plan.js'
import rollbackCriteria from '../../../checks/rollback-criteria.js'
import { corpusLabels, scoreCorpus } from '../../support/corpus.js'

// Two labelled corpora of pull-request descriptions (labels.json next to the bodies):
// - pr-bodies/ (56): written while the first rules were tuned;
// - pr-bodies-2/ (88, 18 not in English): written and labelled for issue 12 before the rules were
//   read or changed. The first score there, before any tuning, was 59/88 for both checks; the
//   scores are recorded in test/fixtures/pr-bodies-2/README.md;
// - pr-bodies-3/ (16): written and labelled after the rules were built, as a held-out check. The
//   first score there was feature-flag-plan 14/16 and rollback-criteria 16/16 (c02: fields
//   separated by "·"; c04: German "freischalten"), before two general fixes.
const CORPORA = ['pr-bodies', 'pr-bodies-2', 'pr-bodies-3']

describe('the labelled pull-request corpora', () => {
  it('hold 56, 88 and 16 bodies, each labelled pass or fail for both text checks', () => {
    expect(CORPORA.map((c) => Object.keys(corpusLabels(c)).length)).toEqual([56, 88, 16])
    for (const corpus of CORPORA)
      for (const label of Object.values(corpusLabels(corpus))) {
        expect(Object.keys(label).sort()).toEqual(['feature-flag-plan', 'rollback-criteria'])
        for (const value of Object.values(label)) expect(['pass', 'fail']).toContain(value)
      }
  })

  it.each([featureFlagPlan, rollbackCriteria])(
    '$meta.id agrees with at least 98 % of the labels on the corpora together',
    async (check) => {
      const scores = await Promise.all(CORPORA.map((c) => scoreCorpus(check, c)))
      const agreed = scores.reduce((n, s) => n + s.agreed, 0)
      const total = scores.reduce((n, s) => n + s.total, 0)
      const misses = scores.flatMap((s) => s.misses)
      console.log(
        `${check.meta.id}: ${scores.map((s, i) => `${CORPORA[i]} ${s.agreed}/${s.total}`).join(', ')}, together ${agreed}/${total}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`
      )
      expect(agreed / total).toBeGreaterThanOrEqual(0.98)
      // The disagreements today, listed so that a new one is seen: none.
      expect(misses).toEqual([])
    }
  )
})
