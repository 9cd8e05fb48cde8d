/** A JSON report as text: two-space indentation and a final newline, for every report. */
export function jsonText(value: object): string {
  return JSON.stringify(value, null, 2) + '\n'
}
