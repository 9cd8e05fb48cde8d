/**
 * Finds the line of a JSON pointer in JSON text without building a syntax tree: `JSON.parse` gives
 * the value fast, and this scanner is only asked for the few places a finding points at. Each
 * container's member offsets are remembered as they are scanned past, and so are those of the
 * containers skipped on the way (one level down), so the big top-level sections are crossed once:
 * many lookups cost about one pass over the text.
 *
 * The scanning is done by sticky regular expressions, which V8 compiles to native code even when
 * the CLI runs without its optimizing compilers (ADR 0018): a container is crossed one bracket at a
 * time, with every string and scalar between two brackets consumed by a single match.
 */

/** A JSON string literal, escapes included (the text has passed `JSON.parse`, so it is well formed). */
const STRING = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"/y
/** Everything up to the next bracket outside a string: whitespace, scalars, commas, colons, whole strings. */
const UNTIL_BRACKET = /[^"{}[\]]*(?:"[^"\\]*(?:\\[\s\S][^"\\]*)*"[^"{}[\]]*)*/y
/** Whitespace, then a comma and more whitespace when there is one. */
const SEPARATOR = /[ \t\n\r]*(?:,[ \t\n\r]*)?/y
/** An object member's key with the whitespace and colon after it; group 1 is the raw key. */
const KEY = /"([^"\\]*(?:\\[\s\S][^"\\]*)*)"[ \t\n\r]*:[ \t\n\r]*/y
/** Lines between two remembered line starts. */
const LINES_PER_MARK = 64
/** LINES_PER_MARK whole lines: one match steps from one remembered line start to the next. */
const LINE_BLOCK = /(?:[^\n]*\n){64}/y
/** A number, `true`, `false` or `null`. */
const SCALAR = /[^,}\] \t\n\r]*/y

interface Members {
  keys: Map<string, number>
  /** Where scanning goes on: the next member (or the container's end once `done`). */
  pos: number
  done: boolean
}

export class JsonLocator {
  private readonly members = new Map<number, Members>()
  /** Where every LINES_PER_MARK-th line starts (line 1, 1 + LINES_PER_MARK, …), found on first use. */
  private marks: number[] | undefined

  constructor(private readonly text: string) {}

  /** 1-based line of the value at `path` (or of its nearest existing ancestor). */
  lineOf(path: readonly string[]): number {
    let offset = this.after(SEPARATOR, 0)
    for (let i = 0; i < path.length; i++) {
      const next = this.member(offset, path[i], true)
      if (next === undefined) break
      offset = next
    }
    return this.lineAt(offset)
  }

  lineAt(offset: number): number {
    const t = this.text
    if (!this.marks) {
      const marks = [0]
      LINE_BLOCK.lastIndex = 0
      while (LINE_BLOCK.test(t)) marks.push(LINE_BLOCK.lastIndex)
      this.marks = marks
    }
    const marks = this.marks
    let lo = 0
    let hi = marks.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (marks[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    let line = lo * LINES_PER_MARK + 1
    for (let i = t.indexOf('\n', marks[lo]); i !== -1 && i < offset; i = t.indexOf('\n', i + 1)) line++
    return line
  }

  /** Where a sticky `pattern` matched at `pos` ends (it always matches, if only the empty string). */
  private after(pattern: RegExp, pos: number): number {
    pattern.lastIndex = pos
    return pattern.test(this.text) ? pattern.lastIndex : pos
  }

  /**
   * Offset of the member `key` of the container that starts at `offset`, or undefined (always,
   * for `key` undefined: the whole container is scanned). With `recordChildren`, the containers
   * skipped on the way get their own members recorded.
   */
  private member(offset: number, key: string | undefined, recordChildren: boolean): number | undefined {
    const t = this.text
    const open = t.charCodeAt(offset)
    if (open !== 0x7b && open !== 0x5b) return undefined
    let state = this.members.get(offset)
    if (!state) {
      state = { keys: new Map(), pos: this.after(SEPARATOR, offset + 1), done: false }
      this.members.set(offset, state)
    }
    const found = key === undefined ? undefined : state.keys.get(key)
    if (found !== undefined || state.done) return found
    const isObject = open === 0x7b
    let index = state.keys.size
    let pos = state.pos
    for (;;) {
      const c = t.charCodeAt(pos)
      if (c === 0x7d || c === 0x5d || Number.isNaN(c)) {
        state.done = true
        state.pos = pos
        return undefined
      }
      let name: string
      if (isObject) {
        KEY.lastIndex = pos
        const match = KEY.exec(t)
        if (!match) {
          state.done = true
          state.pos = pos
          return undefined
        }
        const raw = match[1]!
        name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
        pos = KEY.lastIndex
      } else {
        name = String(index++)
      }
      const valueAt = pos
      state.keys.set(name, valueAt)
      pos = this.after(SEPARATOR, recordChildren ? this.skipRecording(pos) : this.skipValue(pos))
      state.pos = pos
      if (name === key) return valueAt
    }
  }

  /** Skips the value at `pos`; a container's members are recorded on the way. */
  private skipRecording(pos: number): number {
    const c = this.text.charCodeAt(pos)
    if (c !== 0x7b && c !== 0x5b) return this.skipValue(pos)
    this.member(pos, undefined, false)
    return this.members.get(pos)!.pos + 1
  }

  /** The offset just past the value that starts at `pos`. */
  private skipValue(pos: number): number {
    const t = this.text
    let c = t.charCodeAt(pos)
    if (c === 0x22) return this.after(STRING, pos)
    if (c !== 0x7b && c !== 0x5b) return this.after(SCALAR, pos)
    let depth = 0
    for (;;) {
      if (c === 0x7b || c === 0x5b) depth++
      else if (c === 0x7d || c === 0x5d) {
        if (--depth === 0) return pos + 1
      } else return t.length
      pos = this.after(UNTIL_BRACKET, pos + 1)
      c = t.charCodeAt(pos)
    }
  }
}
