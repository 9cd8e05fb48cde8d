import { LineCounter, parseDocument, isMap, isPair, isScalar } from 'yaml'

/** A flag declared in a flagd flag definition file. */
export interface FlagdFlag {
  key: string
  line: number
  state?: string
  defaultVariant?: string
  /** The value of the default variant, when the file declares it. */
  defaultValue?: unknown
}

export type FlagdRead =
  { ok: true; flags: FlagdFlag[] } | { ok: false; error: string; line?: number } | { ok: 'not-flagd' }

/**
 * Reads a flagd flag definition file (`{"flags": {"key": {"state", "variants", "defaultVariant"}}}`),
 * JSON or YAML. `not-flagd` when the text is some other JSON or YAML.
 */
export function readFlagd(text: string): FlagdRead {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false })
  if (doc.errors.length > 0) {
    if (!/defaultVariant/.test(text)) return { ok: 'not-flagd' }
    const e = doc.errors[0]!
    return { ok: false, error: e.message.split('\n')[0]!, line: e.linePos?.[0].line }
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { ok: false, error: (error as Error).message }
  }
  const root = doc.contents
  if (!isMap(root) || typeof data !== 'object' || data === null) return { ok: 'not-flagd' }
  const flagsData = (data as { flags?: Record<string, Record<string, unknown>> }).flags ?? {}
  const flagsNode = root.get('flags', true)
  if (!isMap(flagsNode)) return { ok: 'not-flagd' }
  const flags: FlagdFlag[] = []
  for (const pair of flagsNode.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue
    const key = String(pair.key.value)
    const line = pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : 1
    const body = (
      typeof flagsData[key] === 'object' && flagsData[key] !== null ? flagsData[key] : {}
    ) as Record<string, unknown>
    const variants = (body.variants ?? {}) as Record<string, unknown>
    const defaultVariant = typeof body.defaultVariant === 'string' ? body.defaultVariant : undefined
    flags.push({
      key,
      line,
      state: typeof body.state === 'string' ? body.state : undefined,
      defaultVariant,
      defaultValue:
        defaultVariant !== undefined && variants && typeof variants === 'object'
          ? variants[defaultVariant]
          : undefined
    })
  }
  return { ok: true, flags }
}

/** True when a flagd flag is on by default: its default variant is named "on" or is truthy. */
export function isOnByDefault(flag: FlagdFlag): boolean {
  if (flag.state !== undefined && flag.state.toUpperCase() === 'DISABLED') return false
  const v = flag.defaultValue
  if (typeof v === 'boolean') return v
  if (typeof v === 'string') return /^(on|true|enabled|yes)$/i.test(v)
  if (v === undefined && flag.defaultVariant !== undefined)
    return /^(on|true|enabled|yes)$/i.test(flag.defaultVariant)
  return false
}
