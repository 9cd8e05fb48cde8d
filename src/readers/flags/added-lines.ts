/** One line a patch adds, with its 1-based line number in the new version of the file. */
export interface AddedLine {
  line: number
  text: string
}

/** The lines a unified-diff patch (`@@ -a,b +c,d @@` hunks) adds, with their new line numbers. */
export function addedLines(patch: string): AddedLine[] {
  const added: AddedLine[] = []
  let line = 0
  for (const raw of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw)
    if (hunk) {
      line = Number(hunk[1])
      continue
    }
    if (line === 0) continue
    if (raw.startsWith('+')) added.push({ line: line++, text: raw.slice(1) })
    else if (raw.startsWith(' ')) line++
    else if (raw === '' || raw.startsWith('\\')) continue
  }
  return added
}
