/** A flag key read in source code, with its 1-based line. */
export interface FlagUse {
  key: string
  line: number
  /** The SDK call that reads it, e.g. `getBooleanValue`. */
  call: string
}

/**
 * Flag evaluation calls of OpenFeature (`getBooleanValue('key', …)`, `getStringDetails`, …),
 * LaunchDarkly (`variation('key', …)`, `boolVariation`, Go `BoolVariation`) and Unleash
 * (`isEnabled('key')`, `is_enabled`, `getVariant`) whose key is a string literal.
 */
const CALL =
  /\b((?:get|Get)(?:Boolean|String|Number|Integer|Int|Float|Double|Object)(?:Value|Details)|get_(?:boolean|string|integer|float|object)_(?:value|details)|(?:[bB]ool|[sS]tring|[nN]umber|[iI]nt|[dD]ouble|[fF]loat|[jJ]son|JSON)?(?:[vV]ariation)(?:Detail)?|isEnabled|IsEnabled|is_enabled|getVariant|GetVariant|get_variant)\s*\(\s*(?:\w+\s*,\s*)?(['"`])([A-Za-z0-9][\w.:/-]{0,199})\2/g

/** Flag keys that `code` reads through a feature-flag SDK, in order of appearance. */
export function findFlagKeys(code: string): FlagUse[] {
  const uses: FlagUse[] = []
  let lineStart = 0
  let line = 1
  for (const m of code.matchAll(CALL)) {
    const at = m.index ?? 0
    while (lineStart < at) {
      const nl = code.indexOf('\n', lineStart)
      if (nl === -1 || nl >= at) break
      line++
      lineStart = nl + 1
    }
    const call = m[1]!
    // `variation` alone is too common a word; require the call shape `x.variation(`.
    if (/^[vV]ariation/.test(call) && code[at - 1] !== '.') continue
    uses.push({ key: m[3]!, line, call })
  }
  return uses
}
