import type { ParsedDocument, Section, TextLine } from '../markdown/parse-sections.js'
import { normalizeHeading } from '../markdown/find-sections.js'
import { splitLabel } from './split-label.js'
import { expandTables } from './expand-tables.js'
import { wordsRegExp } from './match-words.js'

/** Where a text check looks for its plan. */
export interface PlanSections {
  /** Sections whose heading (or leading label) names the plan, in document order. */
  named: Section[]
  /** Every section (named ones too), for plans written under another heading. */
  all: Section[]
  /** Where to look for a complete plan first: named headings, other headings, then labelled lines. */
  candidates: Section[]
}

/**
 * The sections of a document that may hold a plan. A heading names the plan when one of `names`
 * is in it (whole words; Japanese as substrings), after numbering and emoji are dropped. Outside
 * those sections, a line whose label names the plan ("**Backout plan:** …", "flags: …") opens a
 * section of its own that runs to the next such line (of either plan: `stops`) or heading. Tables
 * are expanded (see `expandTables`).
 */
export function findPlanSections(
  doc: ParsedDocument,
  names: readonly string[],
  stops: readonly string[]
): PlanSections {
  const nameRe = wordsRegExp(names)
  const stopRe = wordsRegExp([...names, ...stops])
  const expand = (s: Section): Section => ({ ...s, lines: expandTables(s.lines) })
  const all = doc.sections.map(expand)
  const named = all.filter((s) => nameRe.test(normalizeHeading(s.title)))
  const covered = new Set(named.flatMap((s) => [s.line, ...s.lines.map((l) => l.line)]))
  const headingLines = new Set(doc.sections.map((s) => s.line))

  const labelled: Section[] = []
  let open: Section | undefined
  for (const line of expandTables(doc.lines)) {
    if (headingLines.has(line.line) || covered.has(line.line)) {
      open = undefined
      continue
    }
    const label = splitLabel(line.text)
    const title = label ? label.label.replace(/[*_`]/g, '').trim() : undefined
    if (title && label!.value !== '' && title.length <= 40 && stopRe.test(title)) {
      open = undefined
      if (nameRe.test(title)) {
        open = { title, depth: 7, line: line.line, lines: [{ ...line, text: label!.value }] }
        labelled.push(open)
      }
      continue
    }
    open?.lines.push(line)
  }
  return {
    named: [...named, ...labelled],
    all: [...all, ...labelled],
    candidates: [...named, ...all.filter((s) => !named.includes(s)), ...labelled]
  }
}

/** The lines of `sections` other than `except`, for facts a plan may state elsewhere. */
export function linesOutside(sections: readonly Section[], except: Section): TextLine[] {
  const own = new Set(except.lines.map((l) => l.line))
  const seen = new Set<number>()
  const out: TextLine[] = []
  for (const s of sections)
    for (const l of s.lines) if (!own.has(l.line) && !seen.has(l.line) && seen.add(l.line)) out.push(l)
  return out
}
