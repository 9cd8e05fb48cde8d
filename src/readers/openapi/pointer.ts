/** A place in a file: the repository path and the JSON-pointer segments inside it. */
export interface Loc {
  file: string
  path: string[]
}

export function parsePointer(fragment: string): string[] {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (body === '' || body === '/') return []
  return body
    .replace(/^\//, '')
    .split('/')
    .map((s) => safeDecode(s).replace(/~1/g, '/').replace(/~0/g, '~'))
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

export function formatPointer(path: readonly string[]): string {
  return '#' + path.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

// The comparison calls these two for nearly every node it visits. They index their arrays instead
// of spreading or iterating them: the CLI runs without the optimizing compilers (ADR 0018), and
// there each step of an iterator allocates an object (ADR 0020).

export function childLoc(loc: Loc, ...keys: string[]): Loc {
  return { file: loc.file, path: loc.path.concat(keys) }
}

export function getAt(value: unknown, path: readonly string[]): unknown {
  let node = value
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!
    if (node === null || typeof node !== 'object') return undefined
    node = Object.prototype.hasOwnProperty.call(node, key)
      ? (node as Record<string, unknown>)[key]
      : undefined
  }
  return node
}
