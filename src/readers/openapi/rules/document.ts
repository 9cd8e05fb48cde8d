import { versionName, type Spec } from '../load.js'
import { B, W, type RuleDef } from './rule-def.js'
import type { ApiChange } from './operation-pair.js'

/** Whole documents: removed from the repository (reported by the check), or compared despite schema problems. */
export const documentKinds = ['openapi-document-removed', 'document-schema-problems'] as const

export const documentRules: RuleDef[] = [
  {
    id: 'openapi-document-removed',
    kinds: ['openapi-document-removed'],
    level: B,
    description: 'An OpenAPI document was removed from the repository.'
  },
  {
    id: 'openapi-document-schema-problems',
    kinds: ['document-schema-problems'],
    level: W,
    description:
      'The document breaks the OpenAPI schema in places that do not stop the comparison (for example a response without a description); it was compared anyway. Fix the listed places, or set `strict: true` to refuse such documents.'
  }
]

/** Most schema problems listed in the one finding a document gets. */
const MAX_LISTED_PROBLEMS = 10

/**
 * One change per document that breaks the OpenAPI schema (it was compared anyway). Lenient
 * comparisons validate only the head (the document the change brings), so the base has problems
 * only when a caller validated it; then it is reported unless the head has exactly the same ones.
 */
export function detectSchemaProblems(base: Spec | undefined, head: Spec, out: ApiChange[]): void {
  const texts = (spec: Spec): string => spec.problems.map((p) => p.text).join('\n')
  const sides: Array<['base' | 'head', Spec]> = [['head', head]]
  if (base && base.problems.length > 0 && texts(base) !== texts(head)) sides.unshift(['base', base])
  for (const [side, spec] of sides) {
    const n = spec.problems.length
    if (n === 0) continue
    const listed = spec.problems
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((p) => `line ${p.line} ${p.text}`)
      .join('; ')
    const more = n > MAX_LISTED_PROBLEMS ? `; and ${n - MAX_LISTED_PROBLEMS} more` : ''
    out.push({
      kind: 'document-schema-problems',
      loc: { file: spec.root, path: spec.problems[0]!.path },
      side,
      detail: `the ${side} document ${spec.root} is not a valid ${versionName(spec.version)} document (${n} problem${n === 1 ? '' : 's'}, compared anyway): ${listed}${more}`
    })
  }
}
