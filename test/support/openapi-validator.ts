import { Ajv, type ValidateFunction } from 'ajv'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** A request as the fake server saw it. */
export interface SeenRequest {
  method: string
  /** Path without the query string, still percent-encoded. */
  path: string
  query: URLSearchParams
  body?: unknown
}

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema?: Record<string, unknown>
}

interface Operation {
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> }
}

interface Route {
  template: string
  regex: RegExp
  literals: number
  operations: Record<string, Operation>
}

const require = createRequire(import.meta.url)

/** OpenAPI 3.0's `nullable` and `#/` refs rewritten for Ajv (JSON Schema draft 7). */
function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert)
  if (!node || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (
      key === 'nullable' ||
      key === 'example' ||
      key === 'examples' ||
      key === 'discriminator' ||
      key === 'xml'
    )
      continue
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out.$ref = `github${value}`
    else out[key] = convert(value)
  }
  if ((node as { nullable?: boolean }).nullable) return { anyOf: [out, { type: 'null' }] }
  return out
}

let shared: { routes: Route[]; ajv: Ajv; spec: any } | undefined

function load(): { routes: Route[]; ajv: Ajv; spec: any } {
  if (shared) return shared
  const spec = JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')
  )
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, coerceTypes: false })
  ajv.addSchema({ $id: 'github', components: convert(spec.components) } as object)
  const routes: Route[] = Object.entries(spec.paths as Record<string, Record<string, Operation>>).map(
    ([template, item]) => {
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)')
      return {
        template,
        regex: new RegExp(`^${pattern}$`),
        literals: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        operations: item
      }
    }
  )
  routes.sort((a, b) => b.literals - a.literals)
  shared = { routes, ajv, spec }
  return shared
}

/**
 * Checks requests against GitHub's REST API description (`@octokit/openapi`): the method and
 * path exist, query parameters are declared and well-typed, the JSON body matches the schema.
 * Returns the violations (empty when GitHub would accept the request's shape).
 */
export function createOpenApiValidator(): (request: SeenRequest) => string[] {
  const { routes, ajv, spec } = load()
  const bodyValidators = new Map<string, ValidateFunction>()
  const queryValidators = new Map<string, ValidateFunction>()
  const resolveParameter = (p: Parameter | { $ref: string }): Parameter =>
    '$ref' in p
      ? (p.$ref
          .split('/')
          .slice(1)
          .reduce((node: any, key) => node[key], spec) as Parameter)
      : p

  const describe = (errors: ValidateFunction['errors']): string =>
    (errors ?? [])
      .map((e) => {
        const extra = (e.params as { additionalProperty?: string }).additionalProperty
        return `${e.instancePath || '(root)'} ${e.message}${extra ? ` ("${extra}")` : ''}`
      })
      .join('; ')

  return (request) => {
    const method = request.method.toLowerCase()
    const route = routes.find((r) => r.regex.test(request.path) && r.operations[method])
    const what = `${request.method} ${request.path}`
    if (!route) {
      const pathOnly = routes.find((r) => r.regex.test(request.path))
      return [
        pathOnly
          ? `${what}: GitHub has no ${request.method} on ${pathOnly.template}`
          : `${what}: no such path in GitHub's REST API`
      ]
    }
    const key = `${method} ${route.template}`
    const operation = route.operations[method]!
    const violations: string[] = []

    let validateQuery = queryValidators.get(key)
    if (!validateQuery) {
      const parameters = (operation.parameters ?? []).map(resolveParameter).filter((p) => p.in === 'query')
      validateQuery = ajv.compile({
        type: 'object',
        properties: Object.fromEntries(parameters.map((p) => [p.name, convert(p.schema ?? {})])),
        required: parameters.filter((p) => p.required).map((p) => p.name),
        additionalProperties: false
      })
      queryValidators.set(key, validateQuery)
    }
    const query: Record<string, unknown> = {}
    for (const [name, value] of request.query) query[name] = /^-?\d+$/.test(value) ? Number(value) : value
    // Numeric-looking strings (recursive=1) are fine where a string is expected.
    if (!validateQuery(query)) {
      const retry = Object.fromEntries([...request.query].map(([k, v]) => [k, v]))
      if (!validateQuery(retry))
        violations.push(`${what}: query ${describe(validateQuery.errors)} (see ${key})`)
    }

    const schema = operation.requestBody?.content?.['application/json']?.schema
    if (request.body === undefined) {
      if (operation.requestBody?.required) violations.push(`${what}: a JSON body is required`)
    } else if (!schema) {
      violations.push(`${what}: sends a body, but ${key} takes none`)
    } else {
      let validateBody = bodyValidators.get(key)
      if (!validateBody) {
        validateBody = ajv.compile(convert(schema) as object)
        bodyValidators.set(key, validateBody)
      }
      if (!validateBody(request.body)) violations.push(`${what}: body ${describe(validateBody.errors)}`)
    }
    return violations
  }
}
