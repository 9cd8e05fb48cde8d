/** Scripts written without spaces between words: their entries match as substrings. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** One entry as a pattern: spaces match any run of spaces or hyphens, hyphens an optional one. */
function entryPattern(entry: string): string {
  return entry
    .trim()
    .split(/\s+/)
    .map((word) => word.split('-').map(escape).join('[\\s-]?'))
    .join('[\\s-]+')
}

/**
 * A case-insensitive regular expression that finds any of `entries` in a text: Latin-script
 * entries as whole words ("flag" does not match "flagship"), Japanese or Chinese entries as
 * substrings. Longer entries are tried first. `global` adds the `g` flag.
 */
const cache = new Map<string, RegExp>()
const byArray = new WeakMap<readonly string[], { plain?: RegExp; global?: RegExp }>()

export function wordsRegExp(entries: readonly string[], global = false): RegExp {
  const slot = byArray.get(entries) ?? {}
  let re = global ? slot.global : slot.plain
  if (!re) {
    const id = `${global ? 'g' : ''}\0${entries.join('\0')}`
    re = cache.get(id)
    if (!re) {
      if (cache.size > 256) cache.clear()
      re = build(entries, global)
      cache.set(id, re)
    }
    if (global) slot.global = re
    else slot.plain = re
    byArray.set(entries, slot)
  }
  re.lastIndex = 0
  return re
}

function build(entries: readonly string[], global: boolean): RegExp {
  const unique = [...new Set(entries.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))]
  unique.sort((a, b) => b.length - a.length)
  const words = unique.filter((e) => !NO_SPACES.test(e)).map(entryPattern)
  const cjk = unique.filter((e) => NO_SPACES.test(e)).map(entryPattern)
  const alternatives = [
    ...(words.length > 0 ? [`(?<![\\p{L}\\p{N}_])(?:${words.join('|')})(?![\\p{L}\\p{N}_])`] : []),
    ...(cjk.length > 0 ? [`(?:${cjk.join('|')})`] : [])
  ]
  if (alternatives.length === 0) return /(?!)/
  return new RegExp(alternatives.join('|'), global ? 'giu' : 'iu')
}
