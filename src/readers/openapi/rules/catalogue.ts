import type { OpenApiRule } from '../rule.js'
import { documentRules } from './document.js'
import { ID_REASONS, KIND_REASONS } from './differences.js'
import { OASDIFF_LEVELS } from './oasdiff-levels.js'
import { lifecycleRules } from './operation-lifecycle.js'
import { operationRules } from './operations.js'
import { parameterPropertyRules, parameterRules } from './parameters.js'
import { requestBodyRules } from './request-body.js'
import { responseRules } from './responses.js'
import type { Direction, RuleDef, SchemaKindDef, Subject } from './rule-def.js'
import { additionalPropertiesKinds } from './schema-additional-properties.js'
import { itemsKinds } from './schema-items.js'
import { boundKinds } from './schema-bounds.js'
import { defaultKinds } from './schema-default.js'
import { discriminatorKinds } from './schema-discriminator.js'
import { enumKinds } from './schema-enum.js'
import { keywordKinds } from './schema-keywords.js'
import { patternKinds } from './schema-pattern.js'
import { propertyRules } from './schema-properties.js'
import { typeKinds } from './schema-type.js'
import { variantKinds } from './schema-variants.js'
import { securityRules } from './security.js'
import { securityComponentRules } from './security-components.js'
import { webhookRules } from './webhooks.js'

/** Every schema kind, each reported once per direction and subject below. */
export const schemaKindDefs: readonly SchemaKindDef[] = [
  ...typeKinds,
  ...enumKinds,
  ...boundKinds,
  ...patternKinds,
  ...defaultKinds,
  ...keywordKinds,
  ...additionalPropertiesKinds,
  ...itemsKinds,
  ...variantKinds,
  ...discriminatorKinds
]

const SUBJECTS: ReadonlyArray<readonly [Direction, Subject, string]> = [
  ['request', 'body', 'Request body'],
  ['request', 'property', 'Request property'],
  ['request', 'parameter', 'Request parameter'],
  ['response', 'body', 'Response body'],
  ['response', 'property', 'Response property'],
  ['response', 'header', 'Response header']
]

/** Rules with their own ids, by family. */
const namedRules: readonly RuleDef[] = [
  ...propertyRules,
  ...operationRules,
  ...lifecycleRules,
  ...parameterRules,
  ...parameterPropertyRules,
  ...requestBodyRules,
  ...responseRules,
  ...securityRules,
  ...securityComponentRules,
  ...webhookRules,
  ...documentRules
]

const oasdiffLevel = new Map<string, 'error' | 'warn' | 'info'>(
  (['error', 'warn', 'info'] as const).flatMap((level) =>
    OASDIFF_LEVELS[level].map((id) => [id, level] as const)
  )
)
const AS_OASDIFF = { breaking: 'error', warning: 'warn', info: 'info' } as const

/** KIND_REASONS with each key (`fragment|direction|subject`) split once. */
const kindReasons = Object.entries(KIND_REASONS).map(([key, text]) => {
  const [fragment, direction, subject] = key.split('|')
  return { fragment: fragment!, direction, subject, text }
})

function differences(rule: RuleDef, oasdiff: 'error' | 'warn' | 'info' | null): string | undefined {
  let reason = ID_REASONS[rule.id]
  if (!reason) {
    const kind = rule.kinds[0]!
    for (const { fragment, direction, subject, text } of kindReasons)
      if (
        kind.includes(fragment) &&
        (!direction || direction === rule.direction) &&
        (!subject || subject === rule.subject)
      )
        reason = text
  }
  if (!reason && oasdiff && AS_OASDIFF[rule.level] !== oasdiff)
    reason = `oasdiff reports this id as ${oasdiff}; we judge it by direction (${rule.direction ?? 'none'}): ${rule.level === 'breaking' ? 'clients that worked before can fail after this change' : 'no client that worked before fails because of this change alone'}.`
  return reason
}

/**
 * The rule catalogue, computed when the module loads from the families in this folder: the schema
 * kinds times the six direction/subject pairs, then the rules with their own ids. Sorted by id;
 * a duplicate id throws.
 */
export function buildCatalogue(): OpenApiRule[] {
  const defs: RuleDef[] = []
  for (const [direction, subject, word] of SUBJECTS)
    for (const def of schemaKindDefs) {
      const base = direction === 'request' ? def.request : def.response
      if (base === null) continue
      defs.push({
        id: `${direction}-${subject}-${def.kind}`,
        kinds: [def.kind],
        direction,
        subject,
        level: def.overrides?.[`${direction}|${subject}`] ?? base,
        description: `${word} ${def.phrase}.`
      })
    }
  defs.push(...namedRules)
  const seen = new Set<string>()
  const rules = defs.map((def): OpenApiRule => {
    if (seen.has(def.id)) throw new Error(`[openapi] duplicate rule id ${def.id}`)
    seen.add(def.id)
    const oasdiff = oasdiffLevel.get(def.id) ?? null
    const reason = differences(def, oasdiff)
    return {
      ...def,
      oasdiff,
      doc: `docs/openapi-rules.md#${def.id}`,
      ...(reason ? { differences: reason } : {})
    }
  })
  return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Every OpenAPI rule, sorted by id. */
export const openapiRules: readonly OpenApiRule[] = buildCatalogue()
