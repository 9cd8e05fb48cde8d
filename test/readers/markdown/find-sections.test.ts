import { describe, expect, it } from '@jest/globals'
import { findSections, normalizeHeading } from '../../../src/readers/markdown/find-sections.js'
import { parseSections } from '../../../src/readers/markdown/parse-sections.js'

describe('normalizeHeading', () => {
  it.each([
    ['3. 🚩 Feature-flag plan:', 'feature flag plan'],
    ['**Rollback** _criteria_', 'rollback criteria'],
    ['How to roll back?', 'how to roll back'],
    ['FLAG PLAN', 'flag plan']
  ])('reads %j as %j', (title, expected) => {
    expect(normalizeHeading(title)).toBe(expected)
  })
})

describe('findSections', () => {
  const titles = (md: string, names: string[]) => findSections(parseSections(md), names).map((s) => s.title)

  it('matches configured names as whole words, any level, case-insensitive', () => {
    const md =
      '# Feature flags (required)\n\n## Flagship page\n\n### How to roll back\n\n#### Roll-back criteria\n'
    expect(titles(md, ['Feature flags', 'Flag plan'])).toEqual(['Feature flags (required)'])
    expect(titles(md, ['Roll back'])).toEqual(['How to roll back', 'Roll-back criteria'])
  })

  it('finds nothing when no heading names the section', () => {
    expect(titles('## Summary\n\n## Testing\n', ['Rollback plan'])).toEqual([])
  })
})
