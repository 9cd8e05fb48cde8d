import { versionName, type Spec } from './load.js'
import {
  buildModel,
  type ApiModel,
  type OperationModel,
  type SchemaRef,
  type SecurityRequirement
} from './model.js'
import { childLoc, type Loc } from './pointer.js'
import { SchemaDiffer, type Direction, type SchemaChange } from './schema-diff.js'

/** Where a schema change sits: the root of a body, a parameter or a header, or a property inside one. */
export type Subject = 'body' | 'property' | 'parameter' | 'header'

/** One difference between two documents, before a rule gives it an id and a level. */
export interface ApiChange {
  /** What changed, e.g. `max-length-decreased` or `endpoint-removed-without-deprecation`. */
  kind: string
  /** For schema and parameter changes: request (contravariant) or response (covariant). */
  direction?: Direction
  subject?: Subject
  /** `METHOD /path` as written in the head (or, when removed, the base) document. */
  operation?: string
  loc: Loc
  /** Which document `loc` points into. */
  side: 'base' | 'head'
  /** What changed, in words, with the place (property path, media type, status). */
  detail: string
  /** The operation is `x-stability-level: draft` or `alpha` in the base: breaking changes are allowed. */
  unstable?: boolean
}

export interface DiffOptions {
  /** "Today" for sunset dates (tests pin it). */
  now?: Date
}

const STABILITY = ['draft', 'alpha', 'beta', 'stable']

/** The structured difference between two loaded documents, which the rules read. */
export function diffSpecs(base: Spec, head: Spec, options: DiffOptions = {}): ApiChange[] {
  const bm = buildModel(base)
  const hm = buildModel(head)
  const differ = new SchemaDiffer({ spec: base, origins: bm.origins }, { spec: head, origins: hm.origins })
  const now = options.now ?? new Date()
  const out: ApiChange[] = []
  const headPaths: Loc = { file: head.root, path: ['paths'] }
  for (const change of schemaProblems(base, head)) out.push(change)

  for (const [key, bp] of bm.paths) {
    const hp = hm.paths.get(key)
    for (const opKey of bp.operations) {
      const bo = bm.operations.get(opKey)!
      if (hm.operations.has(opKey)) continue
      const unstable = bo.stability === 'draft' || bo.stability === 'alpha'
      const prefix = hp ? 'api-removed' : 'api-path-removed'
      const loc = hp ? hp.loc : headPaths
      let kind: string
      if (!bo.deprecated) kind = `${prefix}-without-deprecation`
      else if (bo.sunset !== undefined && Number.isNaN(Date.parse(bo.sunset)))
        kind = hp ? 'api-sunset-parse' : 'api-path-sunset-parse'
      else if (bo.sunset !== undefined && Date.parse(bo.sunset) > now.getTime())
        kind = `${prefix}-before-sunset`
      else kind = `${prefix}-with-deprecation`
      out.push({
        kind,
        operation: bo.label,
        loc,
        side: 'head',
        detail: `${bo.label} was removed${bo.deprecated ? ` (deprecated${bo.sunset ? `, sunset ${bo.sunset}` : ''})` : ''}`,
        unstable
      })
    }
  }
  for (const [opKey, ho] of hm.operations) {
    const bo = bm.operations.get(opKey)
    if (!bo) {
      out.push({
        kind: 'endpoint-added',
        operation: ho.label,
        loc: ho.loc,
        side: 'head',
        detail: `${ho.label} was added`
      })
      continue
    }
    const changes: ApiChange[] = []
    compareOperation(differ, bo, ho, now, changes)
    const unstable = bo.stability === 'draft' || bo.stability === 'alpha'
    for (const c of changes) out.push(unstable ? { ...c, unstable } : c)
  }
  for (const name of bm.webhooks.keys())
    if (!hm.webhooks.has(name))
      out.push({
        kind: 'webhook-removed',
        loc: { file: head.root, path: ['webhooks'] },
        side: 'head',
        detail: `webhook "${name}" was removed`,
        operation: `webhook ${name}`
      })
  for (const [name, loc] of hm.webhooks)
    if (!bm.webhooks.has(name))
      out.push({
        kind: 'webhook-added',
        loc,
        side: 'head',
        detail: `webhook "${name}" was added`,
        operation: `webhook ${name}`
      })
  return out
}

/** Most schema problems listed in the one finding a document gets. */
const MAX_LISTED_PROBLEMS = 10

/**
 * One change per document that breaks the OpenAPI schema (it was compared anyway). The base's is
 * left out when the head has exactly the same problems: the change did not touch them.
 */
function schemaProblems(base: Spec, head: Spec): ApiChange[] {
  const texts = (spec: Spec): string => spec.problems.map((p) => p.text).join('\n')
  const sides: Array<['base' | 'head', Spec]> = [['head', head]]
  if (base.problems.length > 0 && texts(base) !== texts(head)) sides.unshift(['base', base])
  return sides
    .filter(([, spec]) => spec.problems.length > 0)
    .map(([side, spec]) => {
      const n = spec.problems.length
      const listed = spec.problems
        .slice(0, MAX_LISTED_PROBLEMS)
        .map((p) => `line ${p.line} ${p.text}`)
        .join('; ')
      const more = n > MAX_LISTED_PROBLEMS ? `; and ${n - MAX_LISTED_PROBLEMS} more` : ''
      return {
        kind: 'document-schema-problems',
        loc: { file: spec.root, path: spec.problems[0]!.path },
        side,
        detail: `the ${side} document ${spec.root} is not a valid ${versionName(spec.version)} document (${n} problem${n === 1 ? '' : 's'}, compared anyway): ${listed}${more}`
      }
    })
}

function compareOperation(
  differ: SchemaDiffer,
  bo: OperationModel,
  ho: OperationModel,
  now: Date,
  out: ApiChange[]
): void {
  const op = ho.label
  const at = (kind: string, detail: string, loc: Loc, extra: Partial<ApiChange> = {}): void => {
    out.push({ kind, operation: op, loc, side: 'head', detail, ...extra })
  }
  if (!bo.deprecated && ho.deprecated) at('endpoint-deprecated', `${op} is now deprecated`, ho.loc)
  if (bo.deprecated && !ho.deprecated) at('endpoint-reactivated', `${op} is no longer deprecated`, ho.loc)
  if (bo.deprecated && ho.deprecated && bo.sunset !== undefined && ho.sunset === undefined)
    at('sunset-deleted', `x-sunset "${bo.sunset}" was removed from a deprecated operation`, ho.loc)
  if (
    bo.deprecated &&
    ho.deprecated &&
    bo.sunset !== undefined &&
    ho.sunset !== undefined &&
    Date.parse(ho.sunset) < Date.parse(bo.sunset)
  )
    at(
      'api-sunset-date-moved-earlier',
      `x-sunset moved earlier, from ${bo.sunset} to ${ho.sunset}`,
      childLoc(ho.loc, 'x-sunset')
    )
  // A malformed x-sunset or x-stability-level is reported when the change brings it, never again on
  // an unchanged operation (a self-diff finds nothing).
  if (
    ho.deprecated &&
    ho.sunset !== undefined &&
    ho.sunset !== bo.sunset &&
    Number.isNaN(Date.parse(ho.sunset))
  )
    at(
      'api-deprecated-sunset-parse',
      `x-sunset "${ho.sunset}" is not a date (use YYYY-MM-DD)`,
      childLoc(ho.loc, 'x-sunset')
    )
  if (ho.stability !== undefined && ho.stability !== bo.stability && !STABILITY.includes(ho.stability))
    at(
      'api-invalid-stability-level',
      `x-stability-level "${ho.stability}" is not one of ${STABILITY.join(', ')}`,
      childLoc(ho.loc, 'x-stability-level')
    )
  else if (
    bo.stability !== undefined &&
    ho.stability !== undefined &&
    STABILITY.includes(ho.stability) &&
    STABILITY.indexOf(ho.stability) < STABILITY.indexOf(bo.stability)
  )
    at(
      'api-stability-decreased',
      `stability decreased from ${bo.stability} to ${ho.stability}`,
      childLoc(ho.loc, 'x-stability-level')
    )
  if (bo.operationId !== undefined && bo.operationId !== ho.operationId)
    at(
      'api-operation-id-removed',
      `operationId "${bo.operationId}" ${ho.operationId ? `changed to "${ho.operationId}"` : 'removed'}`,
      ho.loc
    )
  else if (bo.operationId === undefined && ho.operationId !== undefined)
    at('api-operation-id-added', `operationId "${ho.operationId}" added`, ho.loc)
  for (const t of bo.tags) if (!ho.tags.includes(t)) at('api-tag-removed', `tag "${t}" removed`, ho.loc)
  for (const t of ho.tags) if (!bo.tags.includes(t)) at('api-tag-added', `tag "${t}" added`, ho.loc)

  // parameters
  for (const [key, bp] of bo.parameters) {
    const hp = ho.parameters.get(key)
    const label = `${bp.in} parameter "${bp.name}"`
    if (!hp) {
      at(
        bp.deprecated ? 'request-parameter-removed-with-deprecation' : 'request-parameter-removed',
        `${label} removed`,
        ho.loc,
        { direction: 'request', subject: 'parameter' }
      )
      continue
    }
    if (!bp.required && hp.required)
      at('request-parameter-became-required', `${label} became required`, hp.loc, {
        direction: 'request',
        subject: 'parameter'
      })
    if (bp.required && !hp.required)
      at('request-parameter-became-optional', `${label} became optional`, hp.loc, {
        direction: 'request',
        subject: 'parameter'
      })
    if (!bp.deprecated && hp.deprecated)
      at('request-parameter-deprecated', `${label} deprecated`, hp.loc, {
        direction: 'request',
        subject: 'parameter'
      })
    if (bp.deprecated && !hp.deprecated)
      at('request-parameter-reactivated', `${label} no longer deprecated`, hp.loc, {
        direction: 'request',
        subject: 'parameter'
      })
    schemas(differ, bp.schema, hp.schema, 'request', 'parameter', label, op, out, hp.in !== 'cookie')
  }
  for (const [key, hp] of ho.parameters) {
    if (bo.parameters.has(key)) continue
    const label = `${hp.in} parameter "${hp.name}"`
    const kind =
      hp.in === 'path'
        ? 'new-request-path-parameter'
        : hp.required
          ? 'new-required-request-parameter'
          : 'new-optional-request-parameter'
    at(kind, `${label} added${hp.required ? ' (required)' : ''}`, hp.loc, {
      direction: 'request',
      subject: 'parameter'
    })
  }

  // request body
  const bb = bo.requestBody
  const hb = ho.requestBody
  if (!bb && hb)
    at(
      hb.required ? 'request-body-added-required' : 'request-body-added-optional',
      `request body added${hb.required ? ' (required)' : ''}`,
      hb.loc,
      { direction: 'request', subject: 'body' }
    )
  else if (bb && !hb)
    at('request-body-removed', 'request body removed', ho.loc, { direction: 'request', subject: 'body' })
  else if (bb && hb) {
    if (!bb.required && hb.required)
      at('request-body-became-required', 'request body became required', hb.loc, {
        direction: 'request',
        subject: 'body'
      })
    if (bb.required && !hb.required)
      at('request-body-became-optional', 'request body became optional', hb.loc, {
        direction: 'request',
        subject: 'body'
      })
    for (const [mt, bmedia] of bb.content) {
      const hmedia = hb.content.get(mt)
      if (!hmedia)
        at('request-body-media-type-removed', `media type ${mt} removed`, hb.loc, {
          direction: 'request',
          subject: 'body'
        })
      else schemas(differ, bmedia.schema, hmedia.schema, 'request', 'body', `(${mt})`, op, out)
    }
    for (const [mt, hmedia] of hb.content)
      if (!bb.content.has(mt))
        at('request-body-media-type-added', `media type ${mt} added`, hmedia.loc, {
          direction: 'request',
          subject: 'body'
        })
  }

  // responses
  const success = (s: string): boolean => /^2/.test(s)
  for (const [status, br] of bo.responses) {
    const hr = ho.responses.get(status)
    if (!hr) {
      at(
        success(status) ? 'response-success-status-removed' : 'response-non-success-status-removed',
        `response ${status} removed`,
        childLoc(ho.loc, 'responses'),
        { direction: 'response' }
      )
      continue
    }
    for (const [mt, bmedia] of br.content) {
      const hmedia = hr.content.get(mt)
      if (!hmedia)
        at('response-media-type-removed', `response ${status} media type ${mt} removed`, hr.loc, {
          direction: 'response',
          subject: 'body'
        })
      else schemas(differ, bmedia.schema, hmedia.schema, 'response', 'body', `(${status} ${mt})`, op, out)
    }
    for (const [mt, hmedia] of hr.content)
      if (!br.content.has(mt))
        at('response-media-type-added', `response ${status} media type ${mt} added`, hmedia.loc, {
          direction: 'response',
          subject: 'body'
        })
    for (const [name, bh] of br.headers) {
      const hh = hr.headers.get(name)
      const label = `header "${name}" (${status})`
      if (!hh) {
        at(
          bh.required ? 'required-response-header-removed' : 'optional-response-header-removed',
          `response ${label} removed`,
          hr.loc,
          { direction: 'response', subject: 'header' }
        )
        continue
      }
      if (bh.required && !hh.required)
        at('response-header-became-optional', `response ${label} became optional`, hh.loc, {
          direction: 'response',
          subject: 'header'
        })
      schemas(differ, bh.schema, hh.schema, 'response', 'header', label, op, out)
    }
    for (const [name, hh] of hr.headers)
      if (!br.headers.has(name))
        at('response-header-added', `response header "${name}" (${status}) added`, hh.loc, {
          direction: 'response',
          subject: 'header'
        })
  }
  for (const [status, hr] of ho.responses)
    if (!bo.responses.has(status))
      at(
        success(status) ? 'response-success-status-added' : 'response-non-success-status-added',
        `response ${status} added`,
        hr.loc,
        { direction: 'response' }
      )

  security(bo.security, ho.security, (kind, detail) => at(kind, detail, ho.loc))
}

function schemas(
  differ: SchemaDiffer,
  b: SchemaRef | undefined,
  h: SchemaRef | undefined,
  direction: Direction,
  subject: Subject,
  label: string,
  operation: string,
  out: ApiChange[],
  wire = false
): void {
  if (!b || !h) return
  const changes: SchemaChange[] = differ.compare(b, h, direction, wire)
  for (const c of changes) {
    const onProperty = c.path.some((seg) => seg !== '[]') // array items of a parameter or body are still that parameter or body
    const root = label.startsWith('(') ? `${direction} body ${label}` : label
    const where = onProperty
      ? `property "${formatPath(c.path)}" ${label.startsWith('(') ? label : `of ${label}`}`
      : c.path.length > 0
        ? `items of ${root}`
        : root
    out.push({
      kind: c.kind,
      direction,
      subject: onProperty ? 'property' : subject,
      operation,
      loc: c.loc,
      side: c.side,
      detail: `${where}: ${c.detail}`
    })
  }
}

export function formatPath(path: readonly string[]): string {
  return path.reduce((acc, seg) => (seg === '[]' ? `${acc}[]` : acc === '' ? seg : `${acc}.${seg}`), '')
}

function alternatives(list: SecurityRequirement[]): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>()
  for (const req of list) {
    const schemes = Object.keys(req).sort()
    out.set(schemes.join('+'), new Map(schemes.map((s) => [s, new Set(Array.isArray(req[s]) ? req[s] : [])])))
  }
  return out
}

function security(
  b: SecurityRequirement[],
  h: SecurityRequirement[],
  emit: (kind: string, detail: string) => void
): void {
  const ba = alternatives(b)
  const ha = alternatives(h)
  const isPublic = (a: Map<string, unknown>): boolean => a.size === 0 || a.has('')
  if (!isPublic(ba) && isPublic(ha)) {
    emit(
      'api-security-made-public',
      'every security requirement was removed: the operation needs no authentication now'
    )
    return
  }
  if (isPublic(ba) && !isPublic(ha)) {
    emit(
      'api-security-added-to-public-operation',
      `security requirement ${[...ha.keys()].join(' or ')} added to an operation that needed none`
    )
    return
  }
  for (const [key, schemes] of ba) {
    if (key === '') continue
    const hs = ha.get(key)
    if (!hs) {
      emit('api-security-removed', `security alternative ${key} removed`)
      continue
    }
    for (const [scheme, scopes] of hs)
      for (const scope of scopes)
        if (!schemes.get(scheme)?.has(scope))
          emit('api-security-scope-added', `scope "${scope}" added to security scheme ${scheme}`)
    for (const [scheme, scopes] of schemes)
      for (const scope of scopes)
        if (!hs.get(scheme)?.has(scope))
          emit('api-security-scope-removed', `scope "${scope}" removed from security scheme ${scheme}`)
  }
  for (const key of ha.keys())
    if (!ba.has(key) && key !== '' && !isPublic(ba))
      emit('api-security-added', `security alternative ${key} added`)
}

export type { ApiModel }
