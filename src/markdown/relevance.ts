/**
 * A case-insensitive test for "this part of a text may matter to a check": any of `keywords`
 * (regular-expression fragments) or any word of the configured `headings`.
 */
export function relevanceRegExp(keywords: readonly string[], headings: readonly string[]): RegExp {
  const words = headings.flatMap((h) => h.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2)
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp([...keywords, ...escaped].join('|'), 'iu')
}
