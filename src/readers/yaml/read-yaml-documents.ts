import { LineCounter, parseAllDocuments, isNode, type Document } from 'yaml'

/** One YAML (or JSON) document: its data and a way to find the line of any path in it. */
export interface YamlDocument {
  data: unknown
  /** 1-based line where the document starts. */
  line: number
  /** 1-based line of the value at `path` (keys and indexes), or of the closest parent that exists. */
  lineOf(path: ReadonlyArray<string | number>): number
}

export type YamlRead = { ok: true; documents: YamlDocument[] } | { ok: false; message: string; line?: number }

/** Aliases past this count are refused (a "billion laughs" alias bomb), as are documents over it. */
const MAX_ALIASES = 100

/**
 * Parses every document of a YAML stream (JSON is read as YAML, so JSON files get line numbers
 * too). Malformed YAML and alias bombs come back as `{ ok: false }` with the line, never a throw.
 */
export function readYamlDocuments(text: string): YamlRead {
  const lineCounter = new LineCounter()
  let docs: Document[]
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false }) as Document[]
  } catch (error) {
    return { ok: false, message: (error as Error).message }
  }
  if (!Array.isArray(docs)) return { ok: true, documents: [] }
  const documents: YamlDocument[] = []
  for (const doc of docs) {
    const error = doc.errors[0]
    if (error) return { ok: false, message: error.message.split('\n')[0]!, line: error.linePos?.[0].line }
    let data: unknown
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES })
    } catch (e) {
      const line = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]).line : undefined
      return { ok: false, message: (e as Error).message, line }
    }
    if (data === null || data === undefined) continue
    const lineAt = (offset: number | undefined): number =>
      offset === undefined ? 1 : lineCounter.linePos(offset).line
    const start = lineAt(doc.contents?.range?.[0])
    documents.push({
      data,
      line: start,
      lineOf(path) {
        for (let n = path.length; n > 0; n--) {
          const node = doc.getIn(path.slice(0, n), true)
          if (isNode(node) && node.range) {
            // Point at the key line for mappings and sequences (their range starts at the first child).
            return lineAt(node.range[0])
          }
        }
        return start
      }
    })
  }
  return { ok: true, documents }
}
