import { B, I, W, type SchemaKindDecl } from './rule-def.js'
import { stable, type SchemaPair } from './schema-pair.js'

/** Enumerations (`enum`, `x-extensible-enum`) and `const`. */
export const enumKinds = [
  { kind: 'became-enum', phrase: 'restricted to an enum', request: B, response: I },
  { kind: 'enum-value-removed', phrase: 'enum value removed', request: B, response: I },
  { kind: 'enum-value-added', phrase: 'enum value added', request: I, response: W },
  {
    kind: 'x-extensible-enum-value-removed',
    phrase: 'x-extensible-enum value removed',
    request: B,
    response: I
  },
  { kind: 'const-added', phrase: 'const value set', request: B, response: I },
  { kind: 'const-removed', phrase: 'const value removed', request: I, response: B },
  { kind: 'const-changed', phrase: 'const value changed', request: B, response: B }
] as const satisfies readonly SchemaKindDecl[]

const values = (list: unknown[]): Map<string, unknown> =>
  new Map(list.filter((v) => v !== null).map((v) => [stable(v), v]))

export function detectEnum({ b, h, add }: SchemaPair): void {
  const bs = b.node
  const hs = h.node
  if (Array.isArray(hs.enum) && !Array.isArray(bs.enum))
    add('became-enum', `restricted to the values ${stable(hs.enum.filter((v: unknown) => v !== null))}`)
  else if (Array.isArray(hs.enum) && Array.isArray(bs.enum)) {
    const bv = values(bs.enum)
    const hv = values(hs.enum)
    for (const k of bv.keys()) if (!hv.has(k)) add('enum-value-removed', `enum value ${k} removed`)
    for (const k of hv.keys()) if (!bv.has(k)) add('enum-value-added', `enum value ${k} added`)
  }
  const bx = bs['x-extensible-enum']
  const hx = hs['x-extensible-enum']
  if (Array.isArray(bx) && Array.isArray(hx)) {
    const hv = new Set(hx.map((v) => stable(v)))
    for (const v of bx)
      if (!hv.has(stable(v)))
        add('x-extensible-enum-value-removed', `x-extensible-enum value ${stable(v)} removed`)
  }
  if (bs.const === undefined && hs.const !== undefined) add('const-added', `const set to ${stable(hs.const)}`)
  else if (bs.const !== undefined && hs.const === undefined)
    add('const-removed', `const ${stable(bs.const)} removed`)
  else if (bs.const !== undefined && stable(bs.const) !== stable(hs.const))
    add('const-changed', `const changed from ${stable(bs.const)} to ${stable(hs.const)}`)
}
