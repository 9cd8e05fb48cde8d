/**
 * Splits a line such as "Flag: `checkout`", "**Owner** — @team", "| Default | off |" or
 * "Kill switch = turn it off" into its label and value. `undefined` when the line has no label.
 */
export function splitLabel(text: string): { label: string; value: string } | undefined {
  let line = text.trim()
  if (/^\|?[\s:|-]+\|?$/.test(line) && line.includes('-')) return undefined
  if (line.startsWith('|')) {
    const cells = line
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim())
    if (cells.length >= 2) return { label: cells[0]!, value: cells.slice(1).join(' ').trim() }
  }
  line = line.replace(/^\[[ xX]\]\s*/, '')
  const m = /^([^:|=—–]{1,48}?)\s*(?::|\||=|—|–|\s-\s)\s*(.*)$/.exec(line)
  if (!m) return undefined
  return { label: m[1]!.trim(), value: m[2]!.trim() }
}
