import { fromMarkdown } from 'mdast-util-from-markdown'
import { untilProblem } from '../../engine/waiver-expiry.js'
/**
 * The waiver command, posted as a pull request comment (one command per line):
 *
 *   /release-readiness waive <check-id> <reason>
 *   /release-readiness waive openapi-compatible <rule-id> "<METHOD> <path>" <reason>
 *   /release-readiness waive openapi-compatible "<METHOD> <path>" <reason>
 *   /release-readiness waive openapi-compatible <rule-id> "*" <reason>
 *
 * The first form waives the whole check. The others waive one breaking change: a rule id
 * (e.g. `api-removed-without-deprecation`) and/or one operation, written in double quotes exactly
 * as the report shows it (`"DELETE /pets/{id}"`); `"*"` stands for every operation. The reason is
 * required; a quoted reason right after the check id is a reason, not a target, unless it reads
 * like `METHOD /path`. Before the reason, `at <sha>` binds the waiver to the findings at that head
 * commit, and `until <date|version>` (`until 2026-12-31`, `until v1.6.0`) sets its expiry.
 * Only plain paragraphs count: commands in code (fenced, indented or inline), block quotes and
 * HTML comments are examples, not commands.
 */
export const COMMAND_PREFIX = '/release-readiness'

export interface WaiverCommand {
  check: string
  reason: string
  target?: { ruleId?: string; operation?: string }
  /** `at <sha>`: the head commit the waiver was granted for. */
  head?: string
  /** `until <date|version>`: when it stops applying. */
  until?: string
}

export type ParsedLine =
  { ok: true; command: WaiverCommand } | { ok: false; check: string; error: string; line: string }

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const OPERATION = /^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) \/\S*$/

/** A quoted token is a target when it reads like `METHOD /path` (possibly misspelled) or `*`. */
const looksLikeOperation = (text: string): boolean =>
  text.trim() === '*' || /^[A-Za-z]+\s+\//.test(text.trim())

interface Token {
  text: string
  quoted: boolean
  end: number
}

/** The next whitespace-separated or double-quoted token of `text` from `from`. */
function nextToken(text: string, from: number): Token | undefined {
  let i = from
  while (i < text.length && /\s/.test(text[i]!)) i++
  if (i >= text.length) return undefined
  if (text[i] === '"') {
    const close = text.indexOf('"', i + 1)
    if (close === -1) return { text: text.slice(i + 1), quoted: true, end: text.length }
    return { text: text.slice(i + 1, close), quoted: true, end: close + 1 }
  }
  let j = i
  while (j < text.length && !/\s/.test(text[j]!)) j++
  return { text: text.slice(i, j), quoted: false, end: j }
}

function cleanReason(text: string): string {
  const trimmed = text.trim()
  const unquoted = /^"[^"]*"$/.test(trimmed) ? trimmed.slice(1, -1).trim() : trimmed
  return unquoted.replace(/\s+/g, ' ')
}

/** Parses one command line (starting with the prefix); `undefined` when it is not a `waive` command. */
export function parseWaiverLine(line: string): ParsedLine | undefined {
  const trimmed = line.trim()
  if (!trimmed.startsWith(COMMAND_PREFIX)) return undefined
  const rest = trimmed.slice(COMMAND_PREFIX.length)
  if (rest !== '' && !/^\s/.test(rest)) return undefined
  const verb = nextToken(rest, 0)
  if (!verb || verb.text !== 'waive') return undefined
  const check = nextToken(rest, verb.end)
  const fail = (error: string, id = check?.text ?? ''): ParsedLine => ({
    ok: false,
    check: id,
    error,
    line: trimmed
  })
  if (!check || check.quoted || !ID.test(check.text)) {
    return fail('name the check to waive: `/release-readiness waive <check-id> <reason>`')
  }
  let end = check.end
  let target: WaiverCommand['target']
  const first = nextToken(rest, end)
  const second = first ? nextToken(rest, first.end) : undefined
  if (first?.quoted && looksLikeOperation(first.text)) {
    target = { operation: first.text }
    end = first.end
  } else if (first && second?.quoted && looksLikeOperation(second.text) && ID.test(first.text)) {
    target = { ruleId: first.text, operation: second.text }
    end = second.end
  }
  if (target?.operation !== undefined) {
    const operation = target.operation.trim().replace(/\s+/g, ' ')
    if (operation === '*') delete target.operation
    else if (!OPERATION.test(operation)) {
      return fail(
        `"${target.operation}" is not an operation; write it as "METHOD /path", e.g. "DELETE /pets/{id}", or "*"`
      )
    } else target.operation = operation
    if (!target.ruleId && !target.operation) return fail('"*" needs a rule id before it')
  }
  const options: Pick<WaiverCommand, 'head' | 'until'> = {}
  for (;;) {
    const key = nextToken(rest, end)
    const value = key && !key.quoted ? nextToken(rest, key.end) : undefined
    if (!key || !value || value.quoted) break
    if (key.text === 'at' && options.head === undefined && HEAD.test(value.text))
      options.head = value.text.toLowerCase()
    else if (key.text === 'until' && options.until === undefined && UNTIL.test(value.text)) {
      const problem = untilProblem(value.text)
      if (problem) return fail(`${problem}; write \`until 2026-12-31\` or \`until v1.6.0\``)
      options.until = value.text
    } else break
    end = value.end
  }
  const reason = cleanReason(rest.slice(end))
  if (reason === '')
    return fail('give a reason after the check id: `/release-readiness waive <check-id> <reason>`')
  return {
    ok: true,
    command: { check: check.text, reason, ...(target ? { target } : {}), ...options }
  }
}

/** `at 1a2b3c4`: an abbreviated or full commit SHA. */
const HEAD = /^[0-9a-fA-F]{7,40}$/
/** `until 2026-12-31` or `until v1.6.0`: anything else after `until` is part of the reason. */
const UNTIL = /^(?:\d{4}-\d{2}-\d{2}|v?\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?)$/

/** A line with this many nesting markers is never a command; it is blanked before parsing. */
const DEEP_PREFIX = /^[ \t>*+\-\d.)]{64,}/

interface MdNode {
  type: string
  children?: MdNode[]
  position?: { start: { line: number }; end: { line: number } }
}

/**
 * Every waiver command in a comment body, in order. The body is parsed as Markdown (CommonMark,
 * the parser the text checks use): only lines of top-level paragraphs count, never code (fenced,
 * indented or inline), block quotes, lists or HTML (an HTML comment hides what it contains).
 */
export function parseWaiverComment(body: string): ParsedLine[] {
  if (!body.includes(COMMAND_PREFIX)) return []
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (DEEP_PREFIX.test(line) ? '' : line))
  const root = fromMarkdown(lines.join('\n')) as MdNode
  const parsed: ParsedLine[] = []
  for (const node of root.children ?? []) {
    if (node.type !== 'paragraph' || !node.position) continue
    const hidden = new Set<number>()
    for (const child of node.children ?? []) {
      if ((child.type === 'html' || child.type === 'inlineCode') && child.position) {
        // A command never starts inside code or HTML that began on an earlier line.
        for (let l = child.position.start.line + 1; l <= child.position.end.line; l++) hidden.add(l)
      }
    }
    for (let l = node.position.start.line; l <= node.position.end.line; l++) {
      if (hidden.has(l)) continue
      const result = parseWaiverLine(lines[l - 1]!)
      if (result) parsed.push(result)
    }
  }
  return parsed
}
