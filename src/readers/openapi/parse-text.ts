import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, isAlias, type Node } from 'yaml'
import { JsonLocator } from './json-locator.js'
import { OpenApiDocumentError } from './errors.js'

/** Deepest nesting accepted in a document; real OpenAPI documents stay far below it. */
export const MAX_DEPTH = 400
/** Aliases a YAML document may expand; more is treated as an alias bomb. */
export const MAX_ALIASES = 1000

/** A parsed file: its value and a way to find the line of any JSON-pointer path in it. */
export interface ParsedFile {
  path: string
  value: unknown
  lineOf(pointer: readonly string[]): number
}

/** Whether the first character after whitespace is `{` or `[`: text parseText tries as JSON first. */
export function startsLikeJson(text: string): boolean {
  const first = text.trimStart().charCodeAt(0)
  return first === 0x7b || first === 0x5b
}

/**
 * The JSON fast path of {@link parseText}: `JSON.parse` plus a lazy scanner for lines. Undefined
 * when the text does not start like JSON; `JSON.parse`'s error when it refuses the text.
 */
function parseJsonOrError(path: string, text: string, checkDepth: boolean): ParsedFile | Error | undefined {
  if (!startsLikeJson(text)) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return error as Error
  }
  const locator = new JsonLocator(text)
  if (checkDepth) checkJsonDepth(path, value, (p) => locator.lineOf(p))
  return { path, value, lineOf: (p) => locator.lineOf(p) }
}

/**
 * Parses text that starts like JSON and is JSON; undefined otherwise (the caller then has
 * parseText report the error or read the text as YAML). Options as for parseText.
 */
export function parseJsonText(
  path: string,
  text: string,
  options: { checkJsonDepth?: boolean } = {}
): ParsedFile | undefined {
  const parsed = parseJsonOrError(path, text, options.checkJsonDepth !== false)
  return parsed instanceof Error ? undefined : parsed
}

/**
 * Parses YAML or JSON text with line information for both. JSON takes a fast path
 * (`JSON.parse` plus a lazy scanner for lines); everything else goes through `yaml` with a
 * `LineCounter` and an alias limit. Nesting deeper than `MAX_DEPTH` is refused.
 */
export function parseText(
  path: string,
  text: string,
  options: {
    /**
     * Check a JSON value's nesting here (default true). A caller that walks the whole value anyway
     * (the loader collecting `$ref`s) passes false and calls `refuseTooDeep` past MAX_DEPTH itself.
     */
    checkJsonDepth?: boolean
  } = {}
): ParsedFile {
  const parsed = parseJsonOrError(path, text, options.checkJsonDepth !== false)
  if (parsed && !(parsed instanceof Error)) return parsed
  if (parsed instanceof Error) {
    const jsonError = parsed
    if (/\.json$/i.test(path)) {
      const at = /position (\d+)/.exec(jsonError.message)
      let line = at ? new JsonLocator(text).lineAt(Number(at[1])) : undefined
      const snippet = /, (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(jsonError.message)
      const token = /Unexpected token '(.)'/.exec(jsonError.message)
      if (line === undefined && snippet?.[1] && token?.[1]) {
        const index = text.indexOf(snippet[1])
        if (index !== -1)
          line = new JsonLocator(text).lineAt(index + Math.max(0, snippet[1].indexOf(token[1])))
      }
      if (line === undefined && /end of JSON input/.test(jsonError.message))
        line = new JsonLocator(text).lineAt(text.length)
      if (line === undefined) {
        const lineCounter = new LineCounter()
        const probe = parseDocument(text, { lineCounter, prettyErrors: false })
        const first = probe.errors[0]
        if (first) line = lineCounter.linePos(first.pos[0]).line
      }
      throw new OpenApiDocumentError(
        path,
        line,
        `is not valid JSON (${jsonError.message.split('\n')[0]}); fix the syntax.`
      )
    }
  }
  return parseYaml(path, text)
}

/** Deepest `[` / `{` flow nesting in YAML text (quotes and comments skipped), and where it got too deep. */
function flowDepthProblem(text: string): number | undefined {
  let depth = 0
  let line = 1
  let quote = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) line++
    if (quote) {
      if (c === quote && !(quote === 0x22 && text.charCodeAt(i - 1) === 0x5c)) quote = 0
      continue
    }
    if (c === 0x22 || c === 0x27) quote = c
    else if (c === 0x23 && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i)
      i = end === -1 ? text.length : end - 1
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return line
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1)
  }
  return undefined
}

function parseYaml(path: string, text: string): ParsedFile {
  const deepAt = flowDepthProblem(text)
  if (deepAt !== undefined)
    throw new OpenApiDocumentError(
      path,
      deepAt,
      `is nested more than ${MAX_DEPTH} levels deep; flatten it (use $ref to named schemas).`
    )
  const lineCounter = new LineCounter()
  let doc: ReturnType<typeof parseDocument>
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: false })
  } catch (error) {
    throw new OpenApiDocumentError(path, undefined, describeThrown(error), { cause: error })
  }
  const first = doc.errors[0]
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line
    if (/call stack/i.test(first.message))
      throw new OpenApiDocumentError(
        path,
        line,
        `is nested too deeply to read (more than ${MAX_DEPTH} levels).`
      )
    throw new OpenApiDocumentError(path, line, `is not valid YAML: ${first.message.split('\n')[0]}`)
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (error) {
    const message = (error as Error).message ?? ''
    if (/alias/i.test(message))
      throw new OpenApiDocumentError(
        path,
        undefined,
        `expands too many YAML aliases (more than ${MAX_ALIASES}); this looks like an alias bomb. Remove the repeated aliases.`
      )
    throw new OpenApiDocumentError(path, undefined, describeThrown(error), { cause: error })
  }
  const lineOf = (pointer: readonly string[]): number => {
    let node: unknown = doc.contents
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0
    for (const key of pointer) {
      if (isAlias(node)) node = node.resolve(doc)
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key)
        if (!pair) break
        offset = (pair.key as Node).range?.[0] ?? offset
        node = pair.value
      } else if (isSeq(node)) {
        const item = node.items[Number(key)] as Node | undefined
        if (!item) break
        offset = item.range?.[0] ?? offset
        node = item
      } else break
    }
    return lineCounter.linePos(offset).line
  }
  refuseTooDeep(path, value, lineOf)
  return { path, value, lineOf }
}

function describeThrown(error: unknown): string {
  if (error instanceof RangeError) return `is nested too deeply to read (more than ${MAX_DEPTH} levels).`
  return `could not be parsed: ${(error as Error).message ?? String(error)}`
}

/** Refuses JSON values nested deeper than MAX_DEPTH (JSON has no aliases, so no sharing and no cycles). */
function checkJsonDepth(path: string, value: unknown, lineOf: (p: string[]) => number): void {
  const nodes: unknown[] = [value]
  const depths: number[] = [0]
  while (nodes.length > 0) {
    const node = nodes.pop()
    const depth = depths.pop()!
    if (node === null || typeof node !== 'object') continue
    if (depth > MAX_DEPTH) refuseTooDeep(path, value, lineOf) // the thorough walk names the place
    if (Array.isArray(node)) {
      for (const child of node)
        if (child !== null && typeof child === 'object') {
          nodes.push(child)
          depths.push(depth + 1)
        }
    } else
      for (const key in node) {
        const child = (node as Record<string, unknown>)[key]
        if (child !== null && typeof child === 'object') {
          nodes.push(child)
          depths.push(depth + 1)
        }
      }
  }
}

/**
 * Refuses values nested deeper than MAX_DEPTH and values that contain themselves (a YAML alias to an
 * enclosing node), iteratively: no recursion to overflow. Throws the refusal that names the place.
 */
export function refuseTooDeep(path: string, value: unknown, lineOf: (p: string[]) => number): void {
  if (value === null || typeof value !== 'object') return
  const state = new Map<object, 1 | 2>() // 1: on the current path, 2: done
  const frames: Array<{ node: object; keys: string[]; next: number }> = [
    { node: value, keys: Object.keys(value), next: 0 }
  ]
  state.set(value, 1)
  const trail = (): string[] =>
    frames
      .slice(1)
      .map((f, i) => frames[i]!.keys[frames[i]!.next - 1]!)
      .slice(0, 50)
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!
    if (frame.next >= frame.keys.length) {
      state.set(frame.node, 2)
      frames.pop()
      continue
    }
    const child = (frame.node as Record<string, unknown>)[frame.keys[frame.next++]!]
    if (child === null || typeof child !== 'object') continue
    const seen = state.get(child)
    if (seen === 2) continue
    if (seen === 1)
      throw new OpenApiDocumentError(
        path,
        lineOf([...trail(), frame.keys[frame.next - 1]!]),
        'contains itself (a YAML alias to an enclosing node); replace the alias with a $ref.'
      )
    if (frames.length > MAX_DEPTH)
      throw new OpenApiDocumentError(
        path,
        lineOf(trail()),
        `is nested more than ${MAX_DEPTH} levels deep; flatten it (use $ref to named schemas).`
      )
    state.set(child, 1)
    frames.push({ node: child, keys: Object.keys(child), next: 0 })
  }
}
