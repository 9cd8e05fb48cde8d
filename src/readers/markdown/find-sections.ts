import type { Section } from './parse-sections.js'

/**
 * A heading reduced to lower-case words: numbering, emoji, punctuation and a trailing colon
 * dropped, so "3. 🚩 Feature-flag plan:" reads as "feature flag plan".
 */
export function normalizeHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/[`*_~]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^\s*\d+\s+/, '')
    .trim()
}

/**
 * The sections whose heading names one of `names` (compared as whole words after
 * `normalizeHeading`, so "Feature flags" matches "Feature flags (required)"), in document order.
 * Shared by the text checks: `feature-flag-plan` and `rollback-criteria`.
 */
export function findSections(sections: readonly Section[], names: readonly string[]): Section[] {
  const wanted = names.map(normalizeHeading).filter((n) => n !== '')
  return sections.filter((section) => {
    const title = ` ${normalizeHeading(section.title)} `
    return wanted.some((name) => title.includes(` ${name} `))
  })
}
