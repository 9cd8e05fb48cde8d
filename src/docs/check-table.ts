import type { Check } from '../engine/types.js'

/** The README's table of checks, generated from each check's metadata. */
export function checkTable(checks: readonly Check[]): string {
  const rows = [...checks]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map(
      (c) =>
        `| [\`${c.meta.id}\`](${c.meta.docs}) | ${c.meta.title} | ${c.meta.description} | ${c.meta.defaultLevel} |`
    )
  return ['| id | title | passes when | default level |', '|---|---|---|---|', ...rows].join('\n')
}

/** Replaces the text between `<!-- begin NAME -->` and `<!-- end NAME -->` in `doc`. */
export function replaceBlock(doc: string, name: string, content: string): string {
  const begin = `<!-- begin ${name} -->`
  const end = `<!-- end ${name} -->`
  const start = doc.indexOf(begin)
  const stop = doc.indexOf(end)
  if (start < 0 || stop < start) throw new Error(`README has no ${begin} … ${end} block`)
  return doc.slice(0, start + begin.length) + '\n' + content + '\n' + doc.slice(stop)
}
