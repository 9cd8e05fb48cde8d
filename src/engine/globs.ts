import picomatch from 'picomatch'

const cache = new Map<string, (path: string) => boolean>()

function compile(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\0')
  let matcher = cache.get(key)
  if (!matcher) {
    const positive = globs.filter((g) => !g.startsWith('!'))
    const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1))
    const isIn = positive.length > 0 ? picomatch(positive, { dot: true }) : () => false
    const isOut = negative.length > 0 ? picomatch(negative, { dot: true }) : () => false
    matcher = (path) => isIn(path) && !isOut(path)
    cache.set(key, matcher)
  }
  return matcher
}

/**
 * True when `path` matches at least one glob and no `!negated` glob. Globs are picomatch
 * globs over repository-relative paths with forward slashes; dotfiles match.
 */
export function matches(path: string, globs: readonly string[]): boolean {
  return compile(globs)(path)
}

/** Paths among `paths` that `globs` match, in their order. */
export function filterPaths(paths: readonly string[], globs: readonly string[]): string[] {
  const match = compile(globs)
  return paths.filter(match)
}

/**
 * Why `glob` is not a usable repository glob, or `undefined` when it is. Catches what picomatch
 * accepts silently but never matches: absolute paths, `..`, backslashes, unbalanced brackets.
 */
export function globProblem(glob: string): string | undefined {
  const body = glob.startsWith('!') ? glob.slice(1) : glob
  if (body.trim() === '') return 'is empty'
  if (body.startsWith('/'))
    return 'is absolute; globs are relative to the repository root (drop the leading "/")'
  if (/^[A-Za-z]:/.test(body)) return 'is a Windows path; use a repository-relative glob'
  if (body.split('/').includes('..')) return 'leaves the repository ("..")'
  if (body.includes('\\')) return 'contains a backslash; use forward slashes'
  for (const [open, close] of [
    ['[', ']'],
    ['{', '}'],
    ['(', ')']
  ] as const) {
    let depth = 0
    for (const ch of body) {
      if (ch === open) depth++
      else if (ch === close) depth--
      if (depth < 0) break
    }
    if (depth !== 0) return `has an unbalanced "${open}${close}"`
  }
  try {
    picomatch.makeRe(body)
  } catch (error) {
    return `is not a valid glob (${(error as Error).message})`
  }
  return undefined
}
