import { forEachMember, isJsonObject as isObject, type JsonObject } from './json.js'
import { resolveRef, type Resolved, type Spec } from './load.js'
import { childLoc, type Loc } from './pointer.js'

/** A schema node and where it lives (after following `$ref`s lazily, at comparison time). */
export interface SchemaRef {
  node: unknown
  loc: Loc
}

export interface ParamModel {
  name: string
  in: string
  required: boolean
  deprecated: boolean
  /** `x-sunset` as written (a YAML date becomes YYYY-MM-DD). */
  sunset?: string
  schema?: SchemaRef
  loc: Loc
}

export interface MediaModel {
  schema?: SchemaRef
  loc: Loc
}

export interface BodyModel {
  required: boolean
  content: Map<string, MediaModel>
  loc: Loc
}

export interface HeaderModel {
  required: boolean
  deprecated: boolean
  schema?: SchemaRef
  loc: Loc
}

export interface ResponseModel {
  content: Map<string, MediaModel>
  headers: Map<string, HeaderModel>
  loc: Loc
}

export type SecurityRequirement = Record<string, string[]>

/** One operation in the 3.x shape, whatever the document's version (Swagger 2.0 is normalised here). */
export interface OperationModel {
  method: string
  path: string
  /** `METHOD /path` as written in the document. */
  label: string
  loc: Loc
  operationId?: string
  tags: string[]
  deprecated: boolean
  sunset?: string
  stability?: string
  parameters: Map<string, ParamModel>
  requestBody?: BodyModel
  responses: Map<string, ResponseModel>
  security: SecurityRequirement[]
}

export interface ApiModel {
  spec: Spec
  /** Keyed by `METHOD normalised-path` (parameter names erased, so `{id}` and `{petId}` match). */
  operations: Map<string, OperationModel>
  /** Normalised path → path as written and its location. */
  paths: Map<string, { path: string; loc: Loc; operations: string[] }>
  webhooks: Map<string, Loc>
  /** Webhook operations (OpenAPI 3.1), keyed and labelled `METHOD webhook:name` (as oasdiff names them). */
  webhookOperations: Map<string, OperationModel>
  /** Where synthesized schema nodes (Swagger 2.0 form parameters) really live. */
  origins: WeakMap<object, Loc>
}

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

export function normalizePath(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '') || '/'
}

/** Builds the operation model of a loaded document. */
export function buildModel(spec: Spec): ApiModel {
  const doc = spec.doc
  const rootLoc: Loc = { file: spec.root, path: [] }
  const model: ApiModel = {
    spec,
    operations: new Map(),
    paths: new Map(),
    webhooks: new Map(),
    webhookOperations: new Map(),
    origins: new WeakMap()
  }
  const resolve = (node: unknown, loc: Loc): Resolved => resolveRef(spec, node, loc)
  const paths = isObject(doc.paths) ? doc.paths : {}
  forEachMember(paths, (path, rawItem) => {
    if (!path.startsWith('/')) return
    const item = resolve(rawItem, childLoc(rootLoc, 'paths', path))
    if (!isObject(item.node)) return
    const key = normalizePath(path)
    const entry = { path, loc: childLoc(rootLoc, 'paths', path), operations: [] as string[] }
    model.paths.set(key, entry)
    const pathParams = readParameters(spec, path, item.node.parameters, childLoc(item.loc, 'parameters'))
    for (let m = 0; m < METHODS.length; m++) {
      const method = METHODS[m]!
      const op = item.node[method] === null ? {} : item.node[method] // `get:` with nothing: an empty operation
      if (!isObject(op)) continue
      const loc = childLoc(item.loc, method)
      const opKey = `${method.toUpperCase()} ${key}`
      entry.operations.push(opKey)
      model.operations.set(opKey, buildOperation(spec, model, method, path, op, loc, pathParams))
    }
  })
  if (isObject(doc.webhooks))
    for (const [name, rawItem] of Object.entries(doc.webhooks)) {
      const loc = childLoc(rootLoc, 'webhooks', name)
      model.webhooks.set(name, loc)
      const item = resolve(rawItem, loc)
      if (!isObject(item.node)) continue
      for (const method of METHODS) {
        const op = item.node[method] === null ? {} : item.node[method]
        if (!isObject(op)) continue
        const operation = buildOperation(
          spec,
          model,
          method,
          `webhook:${name}`,
          op,
          childLoc(item.loc, method),
          new Map()
        )
        model.webhookOperations.set(operation.label, operation)
      }
    }
  return model
}

interface RawParam {
  param: JsonObject
  /** `param.name` and `param.in`, known to be strings. */
  name: string
  in: string
  loc: Loc
}

/**
 * Parameters by `in:name`; header names are case-insensitive, and path parameters are keyed by their
 * position in the template, so renaming `{id}` to `{petId}` is no change.
 */
function readParameters(spec: Spec, path: string, list: unknown, loc: Loc): Map<string, RawParam> {
  const out = new Map<string, RawParam>()
  if (!Array.isArray(list)) return out
  const templateNames = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1])
  list.forEach((raw, i) => {
    const r = resolveRef(spec, raw, childLoc(loc, String(i)))
    const param = r.node
    if (!isObject(param) || typeof param.name !== 'string' || typeof param.in !== 'string') return
    const where = param.in
    const position = where === 'path' ? templateNames.indexOf(param.name) : -1
    const name = where === 'header' ? param.name.toLowerCase() : position >= 0 ? `#${position}` : param.name
    out.set(`${where}:${name}`, { param, name: param.name, in: where, loc: r.loc })
  })
  return out
}

function buildOperation(
  spec: Spec,
  model: ApiModel,
  method: string,
  path: string,
  op: JsonObject,
  loc: Loc,
  pathParams: Map<string, RawParam>
): OperationModel {
  const doc = spec.doc
  const v2 = spec.version === '2.0'
  const raw = new Map(pathParams)
  readParameters(spec, path, op.parameters, childLoc(loc, 'parameters')).forEach((v, k) => raw.set(k, v))
  const parameters = new Map<string, ParamModel>()
  let requestBody: BodyModel | undefined
  const consumes = mediaTypes(op.consumes) ?? mediaTypes(doc.consumes) ?? ['application/json']
  const produces = mediaTypes(op.produces) ?? mediaTypes(doc.produces) ?? ['application/json']
  const formParams: RawParam[] = []
  raw.forEach((rawParam, key) => {
    const { param, loc: pLoc } = rawParam
    if (v2 && param.in === 'body') {
      const content = new Map<string, MediaModel>()
      for (const mt of consumes)
        content.set(mt, { schema: { node: param.schema, loc: childLoc(pLoc, 'schema') }, loc: pLoc })
      requestBody = { required: param.required === true, content, loc: pLoc }
      return
    }
    if (v2 && param.in === 'formData') {
      formParams.push(rawParam)
      return
    }
    const schema: SchemaRef | undefined = v2
      ? { node: param, loc: pLoc }
      : param.schema !== undefined
        ? { node: param.schema, loc: childLoc(pLoc, 'schema') }
        : firstContentSchema(param.content, pLoc)
    parameters.set(key, {
      name: rawParam.name,
      in: rawParam.in,
      required: param.in === 'path' ? true : param.required === true,
      deprecated: param.deprecated === true,
      sunset: sunsetOf(param['x-sunset']),
      schema,
      loc: pLoc
    })
  })
  if (formParams.length > 0) {
    const properties: Record<string, unknown> = {}
    const required: string[] = []
    for (const { param, name, loc: pLoc } of formParams) {
      properties[name] = param
      model.origins.set(param, pLoc)
      if (param.required === true) required.push(name)
    }
    const synthesized = { type: 'object', properties, required }
    const mt = consumes.find((c) => /multipart\/form-data/i.test(c)) ?? 'application/x-www-form-urlencoded'
    const where = formParams[0]!.loc
    requestBody = {
      // Whether a form is sent at all follows from its required fields; report those, not the body.
      required: false,
      content: new Map([[mt, { schema: { node: synthesized, loc: where }, loc: where }]]),
      loc: where
    }
  }
  if (!v2 && op.requestBody !== undefined) {
    const r = resolveRef(spec, op.requestBody, childLoc(loc, 'requestBody'))
    if (isObject(r.node))
      requestBody = {
        required: r.node.required === true,
        content: readContent(r.node.content, childLoc(r.loc, 'content')),
        loc: r.loc
      }
  }
  const responses = new Map<string, ResponseModel>()
  if (isObject(op.responses)) {
    forEachMember(op.responses, (status, rawResponse) => {
      if (status.startsWith('x-')) return
      const r = resolveRef(spec, rawResponse, childLoc(loc, 'responses', status))
      if (!isObject(r.node)) return
      const headers = new Map<string, HeaderModel>()
      if (isObject(r.node.headers))
        forEachMember(r.node.headers, (name, rawHeader) => {
          const h = resolveRef(spec, rawHeader, childLoc(r.loc, 'headers', name))
          if (!isObject(h.node)) return
          headers.set(name.toLowerCase(), {
            required: h.node.required === true,
            deprecated: h.node.deprecated === true,
            schema: v2
              ? { node: h.node, loc: h.loc }
              : h.node.schema !== undefined
                ? { node: h.node.schema, loc: childLoc(h.loc, 'schema') }
                : undefined,
            loc: h.loc
          })
        })
      let content: Map<string, MediaModel>
      if (v2) {
        content = new Map()
        if (r.node.schema !== undefined)
          for (const mt of produces)
            content.set(mt, { schema: { node: r.node.schema, loc: childLoc(r.loc, 'schema') }, loc: r.loc })
      } else content = readContent(r.node.content, childLoc(r.loc, 'content'))
      responses.set(status, { content, headers, loc: r.loc })
    })
  }
  const security: unknown[] = Array.isArray(op.security)
    ? op.security
    : Array.isArray(doc.security)
      ? doc.security
      : []
  return {
    method: method.toUpperCase(),
    path,
    label: `${method.toUpperCase()} ${path}`,
    loc,
    operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
    tags: Array.isArray(op.tags) ? op.tags.filter((t: unknown): t is string => typeof t === 'string') : [],
    deprecated: op.deprecated === true,
    sunset: sunsetOf(op['x-sunset']),
    stability: typeof op['x-stability-level'] === 'string' ? op['x-stability-level'] : undefined,
    parameters,
    requestBody,
    responses,
    security: security.filter(isObject) as SecurityRequirement[]
  }
}

/** A Swagger 2.0 `consumes` / `produces` list, entries as text; undefined when it is not a list. */
function mediaTypes(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map((entry: unknown) => String(entry)) : undefined
}

/** An `x-sunset` value as text: a YAML date becomes YYYY-MM-DD; anything else is kept to be reported. */
export function sunsetOf(value: unknown): string | undefined {
  if (value === undefined) return undefined
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value)
}

function readContent(content: unknown, loc: Loc): Map<string, MediaModel> {
  const out = new Map<string, MediaModel>()
  if (!isObject(content)) return out
  forEachMember(content, (mt, media) => {
    const mLoc = childLoc(loc, mt)
    out.set(mt, {
      schema:
        isObject(media) && media.schema !== undefined
          ? { node: media.schema, loc: childLoc(mLoc, 'schema') }
          : undefined,
      loc: mLoc
    })
  })
  return out
}

function firstContentSchema(content: unknown, loc: Loc): SchemaRef | undefined {
  if (!isObject(content)) return undefined
  const [mt, media] = Object.entries(content)[0] ?? []
  if (mt === undefined || !isObject(media) || media.schema === undefined) return undefined
  return { node: media.schema, loc: childLoc(loc, 'content', mt, 'schema') }
}
