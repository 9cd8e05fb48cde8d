import type { ReportedChange } from './apply-rules.js'
import type { Comparison } from './compare.js'
import { markdownText } from '../../engine/escape.js'

export function renderJson(result: Comparison): string {
  return JSON.stringify(
    {
      breaking: result.breaking,
      changes: result.changes.map((c) => ({
        id: c.id,
        level: c.level,
        operation: c.operation,
        location: c.location,
        message: c.message,
        line: c.line ?? null,
        file: c.file
      }))
    },
    null,
    2
  )
}

function counts(changes: readonly ReportedChange[]): string {
  const n = (level: string): number => changes.filter((c) => c.level === level).length
  return `${n('breaking')} breaking, ${n('warning')} warning(s), ${n('info')} info`
}

export function renderText(result: Comparison): string {
  if (result.changes.length === 0) return 'No changes.\n'
  const lines = result.changes.map(
    (c) =>
      `${c.level.toUpperCase().padEnd(8)} ${c.id}  ${c.operation}\n         ${c.message}\n         at ${c.file}${c.line ? `:${c.line}` : ''} ${c.location}`
  )
  return `${lines.join('\n')}\n\n${result.breaking ? 'Breaking changes found' : 'No breaking changes'}: ${counts(result.changes)}.\n`
}

export function renderMarkdown(result: Comparison): string {
  const head = `### OpenAPI changes: ${result.breaking ? '❌ breaking' : '✅ no breaking change'}\n\n${counts(result.changes)}.\n`
  if (result.changes.length === 0) return head
  const rows = result.changes.map(
    (c) =>
      `| ${c.level} | \`${c.id}\` | ${markdownText(c.operation)} | ${markdownText(c.message)} | ${markdownText(c.file)}${c.line ? `:${c.line}` : ''} |`
  )
  return `${head}\n| level | rule | operation | change | where |\n|---|---|---|---|---|\n${rows.join('\n')}\n`
}
