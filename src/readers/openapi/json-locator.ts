/**
 * Finds the line of a JSON pointer in JSON text without building a syntax tree: `JSON.parse` gives
 * the value fast, and this scanner is only asked for the few places a finding points at. Each
 * container's member offsets are remembered as they are scanned past, so many lookups cost about
 * one pass over the text.
 */
export class JsonLocator {
  private readonly members = new Map<number, { keys: Map<string, number>; pos: number; done: boolean }>()
  private lineStarts: number[] | undefined

  constructor(private readonly text: string) {}

  /** 1-based line of the value at `path` (or of its nearest existing ancestor). */
  lineOf(path: readonly string[]): number {
    let offset = this.skipWs(0)
    for (const key of path) {
      const next = this.member(offset, key)
      if (next === undefined) break
      offset = next
    }
    return this.lineAt(offset)
  }

  lineAt(offset: number): number {
    if (!this.lineStarts) {
      const starts = [0]
      const t = this.text
      for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts.push(i + 1)
      this.lineStarts = starts
    }
    const s = this.lineStarts
    let lo = 0
    let hi = s.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (s[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }

  /** Offset of the member `key` of the container that starts at `offset`, or undefined. */
  private member(offset: number, key: string): number | undefined {
    const open = this.text.charCodeAt(offset)
    if (open !== 0x7b && open !== 0x5b) return undefined
    let state = this.members.get(offset)
    if (!state) {
      state = { keys: new Map(), pos: offset + 1, done: false }
      this.members.set(offset, state)
    }
    const found = state.keys.get(key)
    if (found !== undefined || state.done) return found
    const t = this.text
    const isObject = open === 0x7b
    let index = state.keys.size
    let pos = state.pos
    for (;;) {
      pos = this.skipWs(pos)
      const c = t.charCodeAt(pos)
      if (c === 0x7d || c === 0x5d || Number.isNaN(c)) {
        state.done = true
        state.pos = pos
        return undefined
      }
      if (c === 0x2c) {
        pos++
        continue
      }
      let name: string
      if (isObject) {
        const end = this.skipString(pos)
        name = JSON.parse(t.slice(pos, end)) as string
        pos = this.skipWs(end)
        pos = this.skipWs(pos + 1) // ':'
      } else {
        name = String(index++)
      }
      const valueAt = pos
      state.keys.set(name, valueAt)
      pos = this.skipValue(pos)
      state.pos = pos
      if (name === key) return valueAt
    }
  }

  private skipWs(pos: number): number {
    const t = this.text
    for (;;) {
      const c = t.charCodeAt(pos)
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++
      else return pos
    }
  }

  private skipString(pos: number): number {
    const t = this.text
    let i = pos + 1
    for (;;) {
      const q = t.indexOf('"', i)
      if (q === -1) return t.length
      let backslashes = 0
      for (let j = q - 1; t.charCodeAt(j) === 0x5c; j--) backslashes++
      if (backslashes % 2 === 0) return q + 1
      i = q + 1
    }
  }

  private skipValue(pos: number): number {
    const t = this.text
    const c = t.charCodeAt(pos)
    if (c === 0x22) return this.skipString(pos)
    if (c !== 0x7b && c !== 0x5b) {
      let i = pos
      for (;;) {
        const d = t.charCodeAt(i)
        if (
          d === 0x2c ||
          d === 0x7d ||
          d === 0x5d ||
          d === 0x20 ||
          d === 0x0a ||
          d === 0x0d ||
          d === 0x09 ||
          Number.isNaN(d)
        )
          return i
        i++
      }
    }
    let depth = 0
    let i = pos
    for (;;) {
      const d = t.charCodeAt(i)
      if (Number.isNaN(d)) return i
      if (d === 0x22) {
        i = this.skipString(i)
        continue
      }
      if (d === 0x7b || d === 0x5b) depth++
      else if (d === 0x7d || d === 0x5d) {
        depth--
        if (depth === 0) return i + 1
      }
      i++
    }
  }
}
