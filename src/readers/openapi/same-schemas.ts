import { resolveRef, type Spec } from './load.js'

/** Deepest chain of distinct references followed while proving two schemas the same. */
const MAX_REF_DEPTH = 1000

type JsonObject = Record<string, unknown>

/**
 * Proves that two schemas (base and head) are the same JSON, with everything they reference
 * compared the same way, so that comparing them can find no change and can be skipped. On
 * GitHub's description most schemas do not change between releases: walking an unchanged pair
 * once, without allocating, costs a fraction of running every rule family on it.
 *
 * Answers are conservative: `false` means only "not proven" (the rules then run as usual). Two
 * `$ref`s are the same when their targets are (a pair met again while it is being compared, a
 * recursive schema, is assumed the same; such a `true` is remembered only once every assumption it
 * rests on is proven). Pairs of reference targets are remembered; nothing else is stored.
 */
export class SameSchemas {
  private readonly proven = new Map<string, boolean>()
  /** Reference pairs being compared, with their depth. */
  private readonly active = new Map<string, number>()
  private depth = 0
  /** Smallest depth of an active pair assumed the same in the current computation. */
  private lowestAssumption = Infinity

  constructor(
    private readonly base: Spec,
    private readonly head: Spec
  ) {}

  /** Whether `b` (in base file `bFile`) and `h` (in head file `hFile`) are provably the same. */
  same(b: unknown, bFile: string, h: unknown, hFile: string): boolean {
    try {
      return this.values(b, bFile, h, hFile)
    } catch {
      return false // a reference that cannot be followed: the comparison itself reports it
    }
  }

  private values(b: unknown, bFile: string, h: unknown, hFile: string): boolean {
    if (b === h) return true
    if (b === null || h === null || typeof b !== 'object' || typeof h !== 'object') return false
    if (Array.isArray(b) || Array.isArray(h)) {
      if (!Array.isArray(b) || !Array.isArray(h) || b.length !== h.length) return false
      for (let i = 0; i < b.length; i++) if (!this.values(b[i], bFile, h[i], hFile)) return false
      return true
    }
    const bObject = b as JsonObject
    const hObject = h as JsonObject
    const keys = Object.keys(bObject)
    if (keys.length !== Object.keys(hObject).length) return false
    const bRef = bObject.$ref
    const hRef = hObject.$ref
    // Indexed, not `for…of`: without the optimizing compilers each iterator step allocates (ADR 0020).
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!
      if (!Object.prototype.hasOwnProperty.call(hObject, key)) return false
      if (key === '$ref' && typeof bRef === 'string' && typeof hRef === 'string') continue
      if (!this.values(bObject[key], bFile, hObject[key], hFile)) return false
    }
    return typeof bRef === 'string' && typeof hRef === 'string'
      ? this.references(bObject, bFile, hObject, hFile)
      : true
  }

  private references(b: JsonObject, bFile: string, h: JsonObject, hFile: string): boolean {
    const bTarget = resolveRef(this.base, b, { file: bFile, path: [] })
    const hTarget = resolveRef(this.head, h, { file: hFile, path: [] })
    if (bTarget.refKey === undefined || hTarget.refKey === undefined) return false
    const key = `${bTarget.refKey}\0${hTarget.refKey}`
    const known = this.proven.get(key)
    if (known !== undefined) return known
    const activeAt = this.active.get(key)
    if (activeAt !== undefined) {
      this.lowestAssumption = Math.min(this.lowestAssumption, activeAt)
      return true
    }
    if (this.depth >= MAX_REF_DEPTH) return false
    const outer = this.lowestAssumption
    this.lowestAssumption = Infinity
    const depth = ++this.depth
    this.active.set(key, depth)
    let result = false
    try {
      result = this.values(bTarget.node, bTarget.loc.file, hTarget.node, hTarget.loc.file)
    } finally {
      this.active.delete(key)
      this.depth--
    }
    // A difference is a difference whatever was assumed; a sameness holds once every pair it
    // assumed (this one or pairs inside it, all finished now) is proven, i.e. none is outside it.
    const restsOnOuter = this.lowestAssumption < depth
    if (!result || !restsOnOuter) this.proven.set(key, result)
    this.lowestAssumption = Math.min(outer, restsOnOuter ? this.lowestAssumption : Infinity)
    return result
  }
}
