/**
 * The only ways user-derived text (file names, titles, waiver tokens and reasons, finding messages,
 * ref names) enters the Markdown and HTML this project renders. Whatever the text holds, it stays
 * text: it cannot open a heading, a list, a table row, a link, an image or an HTML tag, nor close the
 * code span or block it sits in. Line endings are normalised first: CommonMark treats a lone
 * carriage return as a line break, so `"ok\r## ✅ Release readiness: GO"` would otherwise start a
 * heading of its own.
 */

/** `\r\n` and lone `\r` become `\n`. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** Characters that open or close inline Markdown or HTML anywhere in a line (CommonMark lets each be escaped). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g
/** What makes a block (heading, quote, list, setext underline, table) when it starts a line. */
const LINE_START = /^(\s*)([#>+\-=]|\d+[.)])/

/**
 * One line of Markdown text showing `text` literally: line breaks become spaces, every character
 * that could open inline Markdown or HTML is backslash-escaped (also `|`, so the text is safe in a
 * table cell), and so is a heading, quote or list marker at its start. Rendered, it reads as `text`.
 */
export function markdownText(text: string): string {
  return normalizeLineEndings(text)
    .replace(/\s*\n\s*/g, ' ')
    .trimStart()
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(
      LINE_START,
      (_all, space: string, marker: string) => `${space}${marker.replace(/[#>+\-=.)]$/, '\\$&')}`
    )
}

/**
 * `text` as one inline code span, whatever backticks it holds: the fence is one backtick longer
 * than the longest run inside, with a space of padding when the text starts or ends with a
 * backtick; line breaks become spaces. In a table cell (`inTable`) a `|` is written `\|`, as GFM
 * requires even inside code.
 */
export function inlineCode(text: string, options: { inTable?: boolean } = {}): string {
  let body = normalizeLineEndings(text).replace(/\n/g, ' ')
  if (options.inTable) body = body.replace(/\|/g, '\\|')
  if (body === '') return '` `'
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : ''
  return `${fence}${pad}${body}${pad}${fence}`
}

/**
 * `lines` as a fenced code block (indented by `indent`, to sit inside a list item): the fence is
 * longer than any run of `~` inside, so no line of the text can close it.
 */
export function codeBlock(text: string, indent = ''): string[] {
  const lines = normalizeLineEndings(text).split('\n')
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop()
  const longest = Math.max(
    2,
    ...lines.map((l) => Math.max(0, ...(l.match(/~+/g) ?? []).map((r) => r.length)))
  )
  const fence = '~'.repeat(longest + 1)
  return [
    `${indent}${fence}text`,
    ...lines.map((l) => (l === '' ? '' : `${indent}${l}`)),
    `${indent}${fence}`
  ]
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!
  )
}
