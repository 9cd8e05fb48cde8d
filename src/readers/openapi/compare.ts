import type { RepoSource } from '../../engine/types.js'
import { applyRules, type ReportedChange, type RuleSetting } from './apply-rules.js'
import { diffSpecs, type DiffOptions } from './diff.js'
import { loadSpec, type Spec } from './load.js'
import type { OpenApiRule } from './rule.js'

/** Where to read one side of a comparison. */
export interface DocumentAt {
  source: RepoSource
  ref: string
  path: string
}

export interface Comparison {
  breaking: boolean
  changes: ReportedChange[]
}

export interface CompareOptions extends DiffOptions {
  rules: readonly OpenApiRule[]
  settings?: Record<string, RuleSetting>
  /** Refuse documents that break the OpenAPI schema instead of comparing them with a warning. */
  strict?: boolean
}

/** Loads both documents (throws OpenApiDocumentError when one cannot be compared) and reports what changed. */
export async function compareDocuments(
  base: DocumentAt,
  head: DocumentAt,
  options: CompareOptions
): Promise<Comparison> {
  const baseSpec = await loadSpec(base.source, base.ref, base.path, {
    strict: options.strict,
    validate: options.strict === true
  })
  const headSpec = await loadSpec(head.source, head.ref, head.path, { strict: options.strict })
  return compareSpecs(baseSpec, headSpec, options)
}

export function compareSpecs(baseSpec: Spec, headSpec: Spec, options: CompareOptions): Comparison {
  const changes = applyRules(
    diffSpecs(baseSpec, headSpec, options),
    options.rules,
    options.settings ?? {},
    headSpec.root,
    (side, file, path) => (side === 'base' ? baseSpec : headSpec).files.get(file)?.lineOf(path)
  )
  return { breaking: changes.some((c) => c.level === 'breaking'), changes }
}
