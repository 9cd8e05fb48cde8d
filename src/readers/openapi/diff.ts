import type { Spec } from './load.js'
import { buildModel, type OperationModel } from './model.js'
import { detectSchemaProblems } from './rules/document.js'
import { detectLifecycle } from './rules/operation-lifecycle.js'
import type { ApiChange, OperationDetector, OperationPair } from './rules/operation-pair.js'
import { detectOperationSet } from './rules/operations.js'
import { detectParameters, PARAMETER_PROPERTY_KINDS } from './rules/parameters.js'
import { detectRequestBody } from './rules/request-body.js'
import { detectResponses } from './rules/responses.js'
import type { Subject } from './rules/rule-def.js'
import { detectSecurity } from './rules/security.js'
import { detectSecurityComponents } from './rules/security-components.js'
import type { DeprecationPolicy } from './rules/sunset.js'
import { detectWebhookPayload, detectWebhookSet } from './rules/webhooks.js'
import { SchemaDiffer } from './schema-diff.js'

export type { ApiChange, Subject }

export interface DiffOptions {
  /** "Today" for sunset dates (tests pin it). */
  now?: Date
  /** Days a deprecation must last before its sunset, by stability (`{ stable: 180, beta: 31 }`). */
  deprecation?: DeprecationPolicy
}

/** The operation families, run on every operation both documents have. */
const OPERATION_DETECTORS: readonly OperationDetector[] = [
  detectLifecycle,
  detectParameters,
  detectRequestBody,
  detectResponses,
  detectSecurity
]

/** The webhook families, run on every webhook operation both documents have. */
const WEBHOOK_DETECTORS: readonly OperationDetector[] = [detectWebhookPayload]

/** The structured difference between two loaded documents, which the rules read. */
export function diffSpecs(base: Spec, head: Spec, options: DiffOptions = {}): ApiChange[] {
  const bm = buildModel(base)
  const hm = buildModel(head)
  const differ = new SchemaDiffer({ spec: base, origins: bm.origins }, { spec: head, origins: hm.origins })
  const now = options.now ?? new Date()
  const out: ApiChange[] = []
  detectSchemaProblems(base, head, out)
  detectOperationSet(bm, hm, now, out)
  for (const [opKey, ho] of hm.operations) {
    const bo = bm.operations.get(opKey)
    if (bo) compareOperation(differ, bo, ho, { now, deprecation: options.deprecation }, out)
  }
  detectWebhookSet(bm, hm, out)
  for (const [key, ho] of hm.webhookOperations) {
    const bo = bm.webhookOperations.get(key)
    if (bo)
      compareOperation(differ, bo, ho, { now, deprecation: options.deprecation }, out, WEBHOOK_DETECTORS)
  }
  detectSecurityComponents(base, head, out)
  return out
}

function compareOperation(
  differ: SchemaDiffer,
  bo: OperationModel,
  ho: OperationModel,
  when: { now: Date; deprecation?: DeprecationPolicy },
  out: ApiChange[],
  detectors: readonly OperationDetector[] = OPERATION_DETECTORS
): void {
  const operation = ho.label
  const unstable = bo.stability === 'draft' || bo.stability === 'alpha'
  const push = (change: ApiChange): void => {
    out.push(unstable ? { ...change, unstable } : change)
  }
  const pair: OperationPair = {
    bo,
    ho,
    ...when,
    at: (kind, detail, loc, extra = {}) => push({ kind, operation, loc, side: 'head', detail, ...extra }),
    schemas: (b, h, direction, subject, label, wire = false) => {
      if (!b || !h) return
      for (const c of differ.compare(b, h, direction, wire)) {
        // Array items of a parameter or body are still that parameter or body.
        const onProperty = c.path.some((seg) => seg !== '[]')
        const root = label.startsWith('(') ? `${direction} body ${label}` : label
        const where = onProperty
          ? `property "${formatPath(c.path)}" ${label.startsWith('(') ? label : `of ${label}`}`
          : c.path.length > 0
            ? `items of ${root}`
            : root
        push({
          kind: c.kind,
          direction,
          subject: !onProperty
            ? subject
            : subject === 'parameter' && PARAMETER_PROPERTY_KINDS.has(c.kind)
              ? 'parameter-property'
              : 'property',
          operation,
          loc: c.loc,
          side: c.side,
          detail: `${where}: ${c.detail}`
        })
      }
    }
  }
  for (const detect of detectors) detect(pair)
}

export function formatPath(path: readonly string[]): string {
  return path.reduce((acc, seg) => (seg === '[]' ? `${acc}[]` : acc === '' ? seg : `${acc}.${seg}`), '')
}
