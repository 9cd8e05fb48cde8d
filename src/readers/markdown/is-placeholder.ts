/**
 * True when `value` is an unfilled template placeholder or says nothing: `<flag-key>`,
 * `[owner]`, `_TBD_`, `TODO`, `N/A`, `???`, `...`, `-`, or an empty string.
 */
export function isPlaceholder(value: string): boolean {
  const v = value
    .replace(/[`*_~"']/g, '')
    .replace(/[.:;,!]+$/, '')
    .trim()
    .replace(/^@(?=[<[{])/, '')
    .toLowerCase()
  if (v === '') return true
  if (/^<[^<>]*>$/.test(v) || /^\[[^[\]]*\]$/.test(v) || /^\{\{?[^{}]*\}?\}$/.test(v)) return true
  return /^(tbd|tbc|todo|to ?do|fixme|n\/?a|na|none|null|nil|unknown|pending|\?+|\.{2,}|…|x{2,}|-+|—|–|to be (decided|determined|defined|confirmed)|fill (me )?in|coming soon|later)$/.test(
    v
  )
}
