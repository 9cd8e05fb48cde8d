import type { TextLine } from '../markdown/parse-sections.js'

const DELIMITER = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/
/** Column headers that name who a rollout stage reaches, then the stage itself. */
const AUDIENCE =
  /audience|cohort|traffic|exposure|percent|users|who|zielgruppe|publikum|public|público|audiencia|usuarios|usuários|対象|割合/iu
const STAGE = /^(?:stage|stages|phase|step|wave|ring|stufe|phase|étape|palier|etapa|fase|段階|ステージ)$/iu

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim())
}

/**
 * Rewrites Markdown tables (read as plain lines, since pipe tables are a GitHub extension) into
 * lines the plan readers understand. Every data row stays as it is ("| Flag | `x` |" reads as a
 * label and its value), and each cell is also given as "Header: cell". A row of three or more
 * columns is also given whole, its cells joined by " · ", so a criterion spread over columns
 * ("5xx > 1%", "10 minutes") reads as one sentence. A table with a stage or audience column and
 * two or more rows adds one "Rollout: a → b → c" line.
 */
export function expandTables(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const next = lines[i + 1]
    if (!line.text.includes('|') || !next || !DELIMITER.test(next.text.trim()) || !next.text.includes('-')) {
      out.push(line)
      continue
    }
    const header = cells(line.text)
    out.push(line)
    i++
    const rows: Array<{ line: TextLine; cells: string[] }> = []
    while (i + 1 < lines.length && lines[i + 1]!.text.includes('|') && lines[i + 1]!.depth === line.depth) {
      i++
      const row = lines[i]!
      const rowCells = cells(row.text)
      rows.push({ line: row, cells: rowCells })
      out.push(row)
      header.forEach((h, c) => {
        const value = rowCells[c] ?? ''
        if (h !== '' && value !== '' && c > 0) out.push({ ...row, text: `${h}: ${value}` })
        else if (h !== '' && value !== '' && header.length > 2) out.push({ ...row, text: `${h}: ${value}` })
      })
      if (header.length > 2) out.push({ ...row, text: rowCells.filter((c) => c !== '').join(' · ') })
    }
    const column = header.findIndex((h) => AUDIENCE.test(h))
    const stageColumn = column >= 0 ? column : header.findIndex((h) => STAGE.test(h))
    if (stageColumn >= 0 && rows.length >= 2) {
      const stages = rows.map((r) => r.cells[stageColumn] ?? '').filter((c) => /[\p{L}\p{N}]/u.test(c))
      if (stages.length >= 2) out.push({ ...rows[0]!.line, text: `Rollout: ${stages.join(' → ')}` })
    }
  }
  return out
}
