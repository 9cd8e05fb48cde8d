import { B, I, W, type SchemaKindDecl } from './rule-def.js'
import type { SchemaPair } from './schema-pair.js'

/** `pattern`. An empty pattern matches every string: it counts as no pattern, so `''` to `'^a'` is a pattern added. */
export const patternKinds = [
  { kind: 'pattern-added', phrase: 'pattern set', request: B, response: I },
  { kind: 'pattern-removed', phrase: 'pattern removed', request: I, response: W },
  { kind: 'pattern-changed', phrase: 'pattern changed', request: W, response: I }
] as const satisfies readonly SchemaKindDecl[]

export function detectPattern({ b, h, add }: SchemaPair): void {
  const bp = b.node.pattern === '' ? undefined : b.node.pattern
  const hp = h.node.pattern === '' ? undefined : h.node.pattern
  if (bp === hp) return
  if (bp === undefined) add('pattern-added', `pattern ${JSON.stringify(hp)} added`)
  else if (hp === undefined) add('pattern-removed', `pattern ${JSON.stringify(bp)} removed`)
  else add('pattern-changed', `pattern changed from ${JSON.stringify(bp)} to ${JSON.stringify(hp)}`)
}
