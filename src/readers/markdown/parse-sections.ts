import { fromMarkdown } from 'mdast-util-from-markdown'
import { boundedMemo } from '../../engine/bounded-memo.js'

/** One line of visible text (HTML comments and code blocks removed), with its 1-based source line. */
export interface TextLine {
  text: string
  line: number
  /** Nesting depth in lists and block quotes (0 at the top level). */
  depth: number
}

/** A heading and everything under it up to the next heading of the same or a higher level. */
export interface Section {
  /** The heading's visible text, trimmed. */
  title: string
  /** 1 to 6; setext `===` is 1, `---` is 2. */
  depth: number
  /** 1-based line of the heading. */
  line: number
  /** The visible text under the heading, subsections included (their headings too). */
  lines: TextLine[]
}

/** Lines nested deeper than this (lists, block quotes, indentation) are read as plain text. */
const MAX_PREFIX_MARKERS = 32
const MAX_INDENT = 128

interface Node {
  type: string
  value?: string
  depth?: number
  children?: Node[]
  position?: { start: { line: number } }
}

/**
 * Parses Markdown (CommonMark, via mdast-util-from-markdown) into its sections. Text inside HTML
 * comments and code blocks is not part of any section. The text is split at ATX headings before
 * parsing, so the parser's cost stays linear in the size of the text, and absurdly deep nesting
 * (10,000 nested lists) is flattened to plain text first. With `relevant`, a heading's chunk whose
 * raw text does not match is not parsed (only its heading is kept): a fast path for huge texts.
 */
/**
 * Both text checks read the same body, and a release roll-up reads hundreds: each (body, filter)
 * is parsed once.
 */
const parsed = boundedMemo<ParsedDocument>(64)

/** A document's sections and all its visible lines (text before the first heading too). */
export interface ParsedDocument {
  sections: Section[]
  /** Every visible line, headings included, in order. */
  lines: TextLine[]
}

export function parseSections(markdown: string, relevant?: RegExp): Section[] {
  return parseDocument(markdown, relevant).sections
}

/** `parseSections` with the visible lines of the whole document as well. */
export function parseDocument(markdown: string, relevant?: RegExp): ParsedDocument {
  return parsed(`${relevant?.source ?? ''}\0${markdown}`, () => parseSectionsOnce(markdown, relevant))
}

function parseSectionsOnce(markdown: string, relevant?: RegExp): ParsedDocument {
  const items: Array<TextLine | { heading: string; depth: number; line: number }> = []
  for (const chunk of batches(splitAtHeadings(flattenDeepNesting(markdown)), relevant)) {
    if (chunk.skip) {
      // Not worth the parser's time: keep only its heading, so the section tree stays right.
      const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(
        chunk.text.slice(0, chunk.text.indexOf('\n') >>> 0)
      )
      if (atx) items.push({ heading: (atx[2] ?? '').trim(), depth: atx[1]!.length, line: chunk.offset + 1 })
      continue
    }
    const root = fromMarkdown(chunk.text) as Node
    for (const node of root.children ?? []) {
      const line = (node.position?.start.line ?? 1) + chunk.offset
      if (node.type === 'heading')
        items.push({ heading: inlineText(node).trim(), depth: node.depth ?? 1, line })
      else if (isBoldLine(node))
        items.push({ heading: inlineText(node).trim().replace(/:$/, ''), depth: 6, line })
      else blockLines(node, chunk.offset, 0, items as TextLine[])
    }
  }
  const sections: Section[] = []
  const open: Section[] = []
  const lines: TextLine[] = []
  for (const item of items) {
    lines.push('heading' in item ? { text: item.heading, line: item.line, depth: 0 } : item)
    if ('heading' in item) {
      while (open.length > 0 && open[open.length - 1]!.depth >= item.depth) open.pop()
      for (const s of open) s.lines.push({ text: item.heading, line: item.line, depth: 0 })
      const section: Section = { title: item.heading, depth: item.depth, line: item.line, lines: [] }
      sections.push(section)
      open.push(section)
    } else {
      for (const s of open) s.lines.push(item)
    }
  }
  return { sections, lines }
}

/** The visible text of a whole document (no sections needed), as lines. */
export function visibleLines(markdown: string): TextLine[] {
  const lines: TextLine[] = []
  for (const chunk of splitAtHeadings(flattenDeepNesting(markdown))) {
    const root = fromMarkdown(chunk.text) as Node
    for (const node of root.children ?? []) blockLines(node, chunk.offset, 0, lines)
  }
  return lines
}

function flattenDeepNesting(markdown: string): string {
  if (!/^[ \t>*+\-\d.)]{64,}/m.test(markdown)) return markdown
  return markdown
    .split('\n')
    .map((line) => {
      const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/.exec(line)![0]
      const markers = prefix.replace(/[ \t]/g, '').replace(/\d+/g, '').length
      const indent = /^[ \t]*/.exec(line)![0].length
      return markers > MAX_PREFIX_MARKERS || indent > MAX_INDENT ? line.slice(prefix.length) : line
    })
    .join('\n')
}

interface Chunk {
  text: string
  /** Lines before the chunk in the whole text. */
  offset: number
}

/** Chunks are parsed together up to this size: fewer parser runs, each still bounded. */
const BATCH_CHARS = 16 * 1024

/**
 * Consecutive chunks worth parsing, joined into batches of at most `BATCH_CHARS` (a batch's text is
 * exactly those lines of the document, so it parses the same), and the chunks not worth it.
 */
function batches(chunks: Chunk[], relevant: RegExp | undefined): Array<Chunk & { skip: boolean }> {
  const out: Array<Chunk & { skip: boolean }> = []
  let open: (Chunk & { skip: boolean; parts: string[]; size: number }) | undefined
  for (const chunk of chunks) {
    if (relevant && !relevant.test(chunk.text)) {
      open = undefined
      out.push({ ...chunk, skip: true })
      continue
    }
    if (open && open.size + chunk.text.length <= BATCH_CHARS) {
      open.parts.push(chunk.text)
      open.size += chunk.text.length + 1
      continue
    }
    open = { ...chunk, skip: false, parts: [chunk.text], size: chunk.text.length }
    out.push(open)
  }
  return out.map((c) =>
    'parts' in c ? { text: (c.parts as string[]).join('\n'), offset: c.offset, skip: false } : c
  )
}

/** Splits before every ATX heading that is not inside a fenced code block or an HTML comment block. */
function splitAtHeadings(markdown: string): Chunk[] {
  const lines = markdown.split(/\r?\n|\r/)
  const chunks: Chunk[] = []
  let start = 0
  let fence: { char: string; length: number } | undefined
  let inComment = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined
      continue
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false
      continue
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (open) {
      fence = { char: open[1]![0]!, length: open[1]!.length }
      continue
    }
    if (/^ {0,3}<!--/.test(line)) {
      if (!line.slice(line.indexOf('<!--') + 4).includes('-->')) inComment = true
      continue
    }
    if (i > start && /^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) {
      chunks.push({ text: lines.slice(start, i).join('\n'), offset: start })
      start = i
    }
  }
  chunks.push({ text: lines.slice(start).join('\n'), offset: start })
  return chunks
}

function blockLines(node: Node, offset: number, depth: number, out: TextLine[]): void {
  const start = (node.position?.start.line ?? 1) + offset
  switch (node.type) {
    case 'code':
    case 'definition':
    case 'thematicBreak':
      return
    case 'html': {
      const text = stripTags(node.value ?? '')
      text.split('\n').forEach((t, i) => {
        if (t.trim() !== '') out.push({ text: t.trim(), line: start + i, depth })
      })
      return
    }
    case 'paragraph':
    case 'heading':
      inlineText(node)
        .split('\n')
        .forEach((t, i) => {
          if (t.trim() !== '') out.push({ text: t.trim(), line: start + i, depth })
        })
      return
    case 'list':
      for (const child of node.children ?? []) blockLines(child, offset, depth, out)
      return
    case 'listItem': {
      let first = true
      for (const child of node.children ?? []) {
        blockLines(child, offset, first ? depth : depth + 1, out)
        first = false
      }
      return
    }
    default:
      for (const child of node.children ?? []) blockLines(child, offset, depth + 1, out)
  }
}

/**
 * A paragraph that is only bold text ("**Rollback plan**"), which many templates use as a heading.
 * It is read as a level-6 heading, so any real heading ends its section.
 */
function isBoldLine(node: Node): boolean {
  const children = (node.children ?? []).filter(
    (c) => !(c.type === 'text' && /^\s*:?\s*$/.test(c.value ?? ''))
  )
  return (
    node.type === 'paragraph' &&
    children.length === 1 &&
    children[0]!.type === 'strong' &&
    !inlineText(node).includes('\n')
  )
}

function inlineText(node: Node): string {
  switch (node.type) {
    case 'text':
      return node.value ?? ''
    case 'inlineCode':
      return `\`${node.value ?? ''}\``
    case 'break':
      return '\n'
    case 'html':
      return stripComments(node.value ?? '')
    case 'image':
      return ''
    default:
      return (node.children ?? []).map(inlineText).join('')
  }
}

function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
}

function stripTags(html: string): string {
  return stripComments(html).replace(/<\/?[A-Za-z][^>]*>/g, ' ')
}
