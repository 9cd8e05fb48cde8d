import { childLoc } from '../pointer.js'
import { B, I, W, ownKindRule, type RuleDef, type RuleLevel } from './rule-def.js'
import type { OperationPair } from './operation-pair.js'

/** Response statuses, media types and headers; schemas compared as `response-body-*` and `response-header-*`. */
export const responseKinds = [
  'response-success-status-removed',
  'response-non-success-status-removed',
  'response-success-status-added',
  'response-non-success-status-added',
  'response-media-type-removed',
  'response-media-type-added',
  'required-response-header-removed',
  'optional-response-header-removed',
  'response-header-became-optional',
  'response-header-added'
] as const

type ResponseKind = (typeof responseKinds)[number]

const rule = (
  id: ResponseKind,
  level: RuleLevel,
  description: string,
  subject?: 'body' | 'header'
): RuleDef => ownKindRule(id, level, description, { direction: 'response', ...(subject ? { subject } : {}) })

export const responseRules: RuleDef[] = [
  rule('response-success-status-removed', B, 'A success (2xx) response status was removed.'),
  rule('response-non-success-status-removed', I, 'A non-success response status was removed.'),
  rule('response-success-status-added', I, 'A success (2xx) response status was added.'),
  rule('response-non-success-status-added', I, 'A non-success response status was added.'),
  rule(
    'response-media-type-removed',
    B,
    'A response media type was removed: clients that ask for it get nothing usable.',
    'body'
  ),
  rule('response-media-type-added', I, 'A response media type was added.', 'body'),
  rule(
    'required-response-header-removed',
    B,
    'A required response header (or header of a webhook request) was removed.',
    'header'
  ),
  rule(
    'optional-response-header-removed',
    W,
    'An optional response header (or header of a webhook request) was removed.',
    'header'
  ),
  rule(
    'response-header-became-optional',
    B,
    'A response header (or header of a webhook request) became optional: clients that rely on it may not get it.',
    'header'
  ),
  rule('response-header-added', I, 'A response header (or header of a webhook request) was added.', 'header')
]

const success = (status: string): boolean => /^2/.test(status)

export function detectResponses({ bo, ho, at, schemas }: OperationPair): void {
  const body = { direction: 'response', subject: 'body' } as const
  const header = { direction: 'response', subject: 'header' } as const
  // Maps are walked with forEach: without the optimizing compilers each `for…of` step allocates (ADR 0020).
  bo.responses.forEach((br, status) => {
    const hr = ho.responses.get(status)
    if (!hr) {
      at(
        success(status) ? 'response-success-status-removed' : 'response-non-success-status-removed',
        `response ${status} removed`,
        childLoc(ho.loc, 'responses'),
        { direction: 'response' }
      )
      return
    }
    br.content.forEach((bmedia, mt) => {
      const hmedia = hr.content.get(mt)
      if (!hmedia)
        at('response-media-type-removed', `response ${status} media type ${mt} removed`, hr.loc, body)
      else schemas(bmedia.schema, hmedia.schema, 'response', 'body', `(${status} ${mt})`)
    })
    hr.content.forEach((hmedia, mt) => {
      if (!br.content.has(mt))
        at('response-media-type-added', `response ${status} media type ${mt} added`, hmedia.loc, body)
    })
    br.headers.forEach((bh, name) => {
      const hh = hr.headers.get(name)
      const label = `header "${name}" (${status})`
      if (!hh) {
        at(
          bh.required ? 'required-response-header-removed' : 'optional-response-header-removed',
          `response ${label} removed`,
          hr.loc,
          header
        )
        return
      }
      if (bh.required && !hh.required)
        at('response-header-became-optional', `response ${label} became optional`, hh.loc, header)
      schemas(bh.schema, hh.schema, 'response', 'header', label)
    })
    hr.headers.forEach((hh, name) => {
      if (!br.headers.has(name))
        at('response-header-added', `response header "${name}" (${status}) added`, hh.loc, header)
    })
  })
  ho.responses.forEach((hr, status) => {
    if (!bo.responses.has(status))
      at(
        success(status) ? 'response-success-status-added' : 'response-non-success-status-added',
        `response ${status} added`,
        hr.loc,
        { direction: 'response' }
      )
  })
}
