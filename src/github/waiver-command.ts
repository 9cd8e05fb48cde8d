/**
 * The waiver command, posted as a pull request comment (one command per line):
 *
 *   /release-readiness waive <check-id> <reason>
 *   /release-readiness waive openapi-compatible <rule-id> "<METHOD> <path>" <reason>
 *   /release-readiness waive openapi-compatible "<METHOD> <path>" <reason>
 *   /release-readiness waive openapi-compatible <rule-id> "*" <reason>
 *
 * The first form waives the whole check. The others waive one breaking change: a rule id
 * (e.g. `operation-removed`) and/or one operation, written in double quotes exactly as the
 * report shows it (`"DELETE /pets/{id}"`); `"*"` stands for every operation. The reason is
 * required; a quoted reason right after the check id is a reason, not a target, unless it reads
 * like `METHOD /path`. Lines inside fenced code blocks or block quotes are not commands.
 */
export const COMMAND_PREFIX = '/release-readiness'

export interface WaiverCommand {
  check: string
  reason: string
  target?: { ruleId?: string; operation?: string }
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
  const reason = cleanReason(rest.slice(end))
  if (reason === '')
    return fail('give a reason after the check id: `/release-readiness waive <check-id> <reason>`')
  return { ok: true, command: target ? { check: check.text, reason, target } : { check: check.text, reason } }
}

/** Every waiver command in a comment body, in order, skipping fenced code and block quotes. */
export function parseWaiverComment(body: string): ParsedLine[] {
  const parsed: ParsedLine[] = []
  let fence: string | undefined
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line)
    if (fenceMatch) {
      const marker = fenceMatch[1]!
      if (!fence) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      continue
    }
    if (fence || /^\s*>/.test(line)) continue
    const result = parseWaiverLine(line)
    if (result) parsed.push(result)
  }
  return parsed
}
