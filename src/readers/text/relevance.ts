import { wordsRegExp } from './match-words.js'

/**
 * A case-insensitive test for "this part of a text may matter to a check": any of `keywords`
 * (regular-expression fragments, matched anywhere) or any word of `headings` (labels too), matched
 * as a whole word so that "Notes" does not wake up "not needed".
 */
const COMMON = new Set([
  'with',
  'without',
  'this',
  'that',
  'from',
  'when',
  'then',
  'does',
  "doesn't",
  'have',
  'nothing',
  'need'
])
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

export function relevanceRegExp(keywords: readonly string[], headings: readonly string[]): RegExp {
  const words = headings
    .flatMap((h) => h.toLowerCase().split(/[^\p{L}\p{N}/']+/u))
    .filter((w) => (NO_SPACES.test(w) ? [...w].length >= 2 : [...w].length >= 4) && !COMMON.has(w))
  return new RegExp([...keywords, wordsRegExp(words).source].join('|'), 'iu')
}
