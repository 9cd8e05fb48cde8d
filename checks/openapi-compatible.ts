import type { Check, CheckContext, ChangedFile, Finding, RepoSource, Waiver } from '../src/engine/types.js'
import { filterPaths } from '../src/engine/globs.js'
import { UnreadableFileError } from '../src/engine/errors.js'
import { OpenApiDocumentError } from '../src/readers/openapi/errors.js'
import { loadSpec } from '../src/readers/openapi/load.js'
import { compareSpecs } from '../src/readers/openapi/compare.js'
import type { ReportedChange, RuleSetting } from '../src/readers/openapi/apply-rules.js'
import { openapiRules } from '../src/readers/openapi/rules/catalogue.js'
import type { DeprecationPolicy } from '../src/readers/openapi/rules/sunset.js'

interface Config {
  /** Globs of the OpenAPI documents; empty: every `.yaml`, `.yml` and `.json` file whose top level says `openapi:` or `swagger:`. */
  documents: string[]
  /** Per-rule levels: `error` (breaking), `warn` or `off`, by rule id (docs/openapi-rules.md). */
  rules: Record<string, RuleSetting>
  /** Refuse (fail on) a document that breaks the OpenAPI schema, instead of comparing it with a warning. */
  strict: boolean
  /** Days a deprecation must last before its x-sunset, by stability (`{ stable: 180, beta: 31 }`); empty: no policy. */
  deprecation: DeprecationPolicy
}

const DOCS = 'docs/checks/openapi-compatible.md'
/** Where documents are looked for by default: YAML and JSON outside dependencies and test fixtures. */
const CANDIDATES = [
  '**/*.yaml',
  '**/*.yml',
  '**/*.json',
  '!**/node_modules/**',
  '!**/vendor/**',
  '!**/.git/**',
  '!**/fixtures/**',
  '!**/__fixtures__/**',
  '!**/testdata/**'
]
const EXTERNAL_REF = /\$ref["']?\s*:\s*["']?(?!#)[^\s"'#]/

/** True when `text` looks like an OpenAPI or Swagger document (a top-level `openapi` / `swagger` key). */
export function looksLikeOpenApi(text: string): boolean {
  if (/^(?:openapi|swagger)\s*:/m.test(text)) return true
  const trimmed = text.trimStart()
  if (!trimmed.startsWith('{')) return false
  if (/^\{\s*"(?:openapi|swagger)"\s*:/.test(trimmed)) return true // the usual first key
  if (!/"(?:openapi|swagger)"\s*:/.test(trimmed)) return false
  try {
    const value = JSON.parse(trimmed) as Record<string, unknown>
    return value !== null && typeof value === 'object' && ('openapi' in value || 'swagger' in value)
  } catch {
    return false
  }
}

/**
 * A file's text; `undefined` only when it is not there. A file that exists but cannot be read as
 * text (binary, invalid UTF-8, over the size limit) is recorded in `unreadable` and reads as
 * `undefined` here; any other failure (the API failing after its retries) propagates, and the
 * engine ends the check in `error`: "could not read" never reads as "no document changed".
 */
async function readOrUnreadable(
  source: RepoSource,
  path: string,
  ref: string,
  unreadable: Finding[]
): Promise<string | undefined> {
  try {
    return await source.readFile(path, ref)
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error
    unreadable.push({
      message: `${error.message} It could not be read at ${ref.slice(0, 12)} to compare it as an OpenAPI document, so the check fails closed; if it is not an OpenAPI document, leave it out of \`documents\`. See ${DOCS}.`,
      file: path,
      ruleId: 'openapi-document-unreadable',
      severity: 'error'
    })
    return undefined
  }
}

interface Pair {
  basePath?: string
  headPath?: string
}

/** Which documents to compare: those that changed, and those whose `$ref`d files changed. */
async function findPairs(context: CheckContext<Config>, unreadable: Finding[]): Promise<Pair[]> {
  const { change, source, config } = context
  const configured = config.documents.length > 0
  const isCandidate = (p: string): boolean =>
    filterPaths([p], configured ? config.documents : CANDIDATES).length === 1
  const touched = change.files.filter(
    (f) => isCandidate(f.path) || (f.previousPath !== undefined && isCandidate(f.previousPath))
  )
  if (touched.length === 0) return []
  const pairs = new Map<string, Pair>()
  const fragments: ChangedFile[] = []
  for (const file of touched) {
    const basePath = file.status === 'added' ? undefined : (file.previousPath ?? file.path)
    const headPath = file.status === 'removed' ? undefined : file.path
    const baseText = basePath ? await readOrUnreadable(source, basePath, change.base, unreadable) : undefined
    const headText = headPath ? await readOrUnreadable(source, headPath, change.head, unreadable) : undefined
    // A side that exists but cannot be read is reported as such, never compared as "removed" or "new".
    if (unreadable.some((f) => f.file === basePath || f.file === headPath)) continue
    const baseIsDoc = baseText !== undefined && (configured || looksLikeOpenApi(baseText))
    const headIsDoc = headText !== undefined && (configured || looksLikeOpenApi(headText))
    if (baseIsDoc || headIsDoc)
      pairs.set(headPath ?? basePath!, {
        basePath: baseIsDoc ? basePath : undefined,
        headPath: headIsDoc ? headPath : undefined
      })
    else fragments.push(file)
  }
  if (fragments.length > 0) {
    // A changed fragment matters only to documents that reference other files: find them at head.
    const changedPaths = new Set(
      fragments.flatMap((f) => [f.path, f.previousPath].filter((p): p is string => p !== undefined))
    )
    const all = configured
      ? await source.listFiles(change.head, config.documents)
      : await source.listFiles(change.head, CANDIDATES)
    for (const path of all) {
      if (pairs.has(path) || changedPaths.has(path)) continue
      const text = await readOrUnreadable(source, path, change.head, unreadable)
      if (text === undefined || !(configured || looksLikeOpenApi(text)) || !EXTERNAL_REF.test(text)) continue
      try {
        const spec = await loadSpec(source, change.head, path, { validate: false })
        if ([...spec.files.keys()].some((f) => changedPaths.has(f)))
          pairs.set(path, { basePath: path, headPath: path })
      } catch (error) {
        if (!(error instanceof OpenApiDocumentError)) throw error
        pairs.set(path, { basePath: path, headPath: path }) // reported when compared
      }
    }
  }
  return [...pairs.values()].sort((a, b) =>
    (a.headPath ?? a.basePath!).localeCompare(b.headPath ?? b.basePath!)
  )
}

function memoizedSource(source: RepoSource): RepoSource {
  const reads = new Map<string, Promise<string | undefined>>()
  return {
    readFile(path, ref) {
      const key = `${ref}\0${path}`
      let read = reads.get(key)
      if (!read) {
        read = source.readFile(path, ref)
        reads.set(key, read)
      }
      return read
    },
    listFiles: (ref, globs) => source.listFiles(ref, globs),
    mergeBase: (base, head) => source.mergeBase(base, head),
    changedFiles: (base, head) => source.changedFiles(base, head)
  }
}

function waiverFor(waivers: readonly Waiver[], ruleId: string, operation: string): Waiver | undefined {
  return waivers.find(
    (w) =>
      w.check === 'openapi-compatible' &&
      w.target !== undefined &&
      (w.target.ruleId !== undefined || w.target.operation !== undefined) &&
      (w.target.ruleId === undefined || w.target.ruleId === ruleId) &&
      (w.target.operation === undefined || w.target.operation === operation)
  )
}

function toFinding(c: ReportedChange, waivers: readonly Waiver[]): Finding {
  const finding: Finding = {
    message: c.message,
    file: c.file,
    line: c.line,
    ruleId: c.id,
    operation: c.operation || undefined,
    severity: c.level === 'breaking' ? 'error' : c.level === 'warning' ? 'warning' : 'notice'
  }
  const waiver = waiverFor(waivers, c.id, c.operation)
  if (waiver) finding.waived = waiver
  return finding
}

export default {
  meta: {
    id: 'openapi-compatible',
    title: 'OpenAPI documents stay backward compatible',
    description:
      'No unwaived breaking change between the base and head version of every OpenAPI document (Swagger 2.0, OpenAPI 3.0, 3.1).',
    docs: DOCS,
    defaultLevel: 'error',
    ruleIds: openapiRules.map((r) => r.id),
    defaultConfig: {
      documents: [] as string[],
      rules: {} as Record<string, RuleSetting>,
      strict: false as boolean,
      deprecation: {} as DeprecationPolicy
    },
    schema: {
      properties: {
        documents: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'Globs of the OpenAPI documents to compare. Default: found by content (a top-level openapi: or swagger: key).'
        },
        rules: {
          type: 'object',
          description:
            'Level per OpenAPI rule id: error (breaking), warn or off. Ids: docs/openapi-rules.md.',
          propertyNames: { enum: openapiRules.map((r) => r.id) },
          additionalProperties: { enum: ['error', 'warn', 'off'] }
        },
        deprecation: {
          type: 'object',
          additionalProperties: false,
          description:
            'Deprecation policy: the least number of days between deprecating an operation or parameter and its x-sunset date, by x-stability-level (no level counts as stable). With a policy, a deprecation without x-sunset, or with a sooner one, is breaking. Example: { stable: 180, beta: 31 }.',
          properties: Object.fromEntries(
            ['stable', 'beta', 'alpha', 'draft'].map((level) => [level, { type: 'integer', minimum: 0 }])
          )
        },
        strict: {
          type: 'boolean',
          description:
            'Refuse (fail on) a document that breaks the OpenAPI schema. Default false: a document whose operations can be followed is compared, and its schema problems are one warning (openapi-document-schema-problems).'
        }
      }
    }
  },
  async run(rawContext) {
    // Each file is read once per run (the App reads through the GitHub API: every read is a request).
    const context = { ...rawContext, source: memoizedSource(rawContext.source) }
    const { change, source, log } = context
    const unreadable: Finding[] = []
    const pairs = await findPairs(context, unreadable)
    if (pairs.length === 0 && unreadable.length === 0)
      return { status: 'skip', summary: 'No OpenAPI document changed.' }
    const findings: Finding[] = [...unreadable]
    let invalid = unreadable.length
    let infos = 0
    for (const pair of pairs) {
      const path = pair.headPath ?? pair.basePath!
      if (!pair.basePath) {
        log.debug(`openapi-compatible: ${path} is new; nothing to compare.`)
        continue
      }
      if (!pair.headPath) {
        if (context.config.rules['openapi-document-removed'] === 'off') continue
        const operation = ''
        const level = context.config.rules['openapi-document-removed'] === 'warn' ? 'warning' : 'breaking'
        findings.push(
          toFinding(
            {
              id: 'openapi-document-removed',
              level,
              operation,
              location: '#',
              message: `${pair.basePath} was removed. An OpenAPI document was removed from the repository.`,
              file: pair.basePath,
              line: undefined
            },
            context.waivers
          )
        )
        continue
      }
      try {
        const strict = context.config.strict
        const base = await loadSpec(source, change.base, pair.basePath, { strict, validate: strict }).catch(
          (error: unknown) => {
            if (error instanceof OpenApiDocumentError)
              throw new OpenApiDocumentError(
                error.file,
                error.line,
                `(base version, ${change.base}) ${error.problem}`,
                { cause: error }
              )
            throw error
          }
        )
        const head = await loadSpec(source, change.head, pair.headPath, { strict })
        const result = compareSpecs(base, head, {
          rules: openapiRules,
          settings: context.config.rules,
          deprecation: context.config.deprecation
        })
        for (const c of result.changes) {
          if (c.level === 'info') infos++
          else findings.push(toFinding(c, context.waivers))
        }
      } catch (error) {
        // An invalid document is a finding; anything else (the API failing) ends the check in error.
        if (!(error instanceof OpenApiDocumentError)) throw error
        invalid++
        findings.push({
          message: `${error.problem} See ${DOCS}.`,
          file: error.file,
          line: error.line,
          ruleId: 'openapi-document-invalid',
          severity: 'error'
        })
      }
    }
    const blocking = findings.filter((f) => f.severity === 'error' && !f.waived)
    const waived = findings.filter((f) => f.waived).length
    const warnings = findings.filter((f) => f.severity === 'warning' && !f.waived)
    const docs = `${pairs.length} OpenAPI document${pairs.length === 1 ? '' : 's'}`
    if (unreadable.length > 0 && invalid === unreadable.length)
      return {
        status: 'fail',
        summary: `${unreadable.length} changed file(s) that may be OpenAPI documents could not be read; the check fails closed.`,
        findings
      }
    if (invalid > 0)
      return {
        status: 'fail',
        summary: `${invalid} of ${docs} could not be compared (invalid or refused); the check fails closed.`,
        findings
      }
    if (blocking.length > 0)
      return {
        status: 'fail',
        summary: `${blocking.length} breaking change(s) in ${docs}${waived ? ` (${waived} waived)` : ''}.`,
        findings
      }
    if (warnings.length > 0)
      return {
        status: 'warn',
        summary: `No unwaived breaking change in ${docs}; ${warnings.length} warning(s)${waived ? `, ${waived} waived` : ''}.`,
        findings
      }
    return {
      status: 'pass',
      summary: `No unwaived breaking change in ${docs}${waived ? ` (${waived} waived)` : ''}${infos ? `; ${infos} compatible change(s)` : ''}.`,
      findings
    }
  }
} satisfies Check<Config>
