import { posix } from 'node:path'
import type { ReadOptions, RepoSource } from '../../engine/types.js'
import { UnreadableFileError } from '../../engine/errors.js'
import { OpenApiDocumentError } from './errors.js'
import { isJsonObject, type JsonObject } from './json.js'
import {
  MAX_DEPTH,
  parseJsonText,
  parseText,
  refuseTooDeep,
  startsLikeJson,
  type ParsedFile
} from './parse-text.js'
import { formatPointer, getAt, parsePointer, type Loc } from './pointer.js'
import { describeViolation, meaningfulViolations, schemaViolations } from './validate.js'

export type SpecVersion = '2.0' | '3.0' | '3.1'

/** Most files one document may pull in through `$ref`. */
export const MAX_REF_FILES = 500
/** Longest chain of `$ref` to `$ref` followed before giving up. */
const MAX_REF_HOPS = 64

/** A place where the root document breaks the OpenAPI schema, with its line. */
export interface SchemaProblem {
  path: string[]
  line: number
  /** What is wrong, in words (`must have required property 'description'`). */
  text: string
}

/** A loaded document: its root file, every file it references, and a `$ref` resolver. */
export interface Spec {
  root: string
  version: SpecVersion
  doc: JsonObject
  files: Map<string, ParsedFile>
  /** Where the document breaks the OpenAPI schema (empty when it is valid); compared anyway. */
  problems: SchemaProblem[]
}

export interface LoadOptions {
  /**
   * Refuse a document that breaks the OpenAPI schema (OpenApiDocumentError), as swagger-parser
   * does. Default false: such a document is compared when its structure can be followed, and its
   * problems are kept in `Spec.problems`.
   */
  strict?: boolean
  /**
   * Check the document against the OpenAPI schema (default true). Lenient comparisons skip it for
   * the base side: only the document a change brings gets the schema-problems warning, and
   * validating GitHub's 12 MB description takes about half a second.
   */
  validate?: boolean
}

export interface Resolved {
  node: unknown
  loc: Loc
  /** `file#pointer` of the reference target, when `node` came through a `$ref`. */
  refKey?: string
}

/**
 * Reads `path` at `ref` from the repository, with every file it `$ref`s (relative paths inside the
 * repository only; URLs, absolute paths and paths that leave the repository are refused, never
 * fetched or read), and validates it with swagger-parser's schema validator.
 */
export async function loadSpec(
  source: RepoSource,
  ref: string,
  path: string,
  options: LoadOptions = {}
): Promise<Spec> {
  const { file: root, refs: rootRefs } = await readParsed(source, ref, path, undefined)
  const doc = root.value
  if (!isJsonObject(doc))
    throw new OpenApiDocumentError(
      path,
      1,
      'is not an OpenAPI document (expected a mapping at the top level).'
    )
  const version = detectVersion(path, doc)
  const files = new Map<string, ParsedFile>([[path, root]])
  const refsOf = new Map<string, RefSite[]>([[path, rootRefs]])
  const queue: ParsedFile[] = [root]
  while (queue.length > 0) {
    const file = queue.shift()!
    const refs = refsOf.get(file.path)!
    for (const { ref: target, at } of refs) {
      const hash = target.indexOf('#')
      const filePart = hash === -1 ? target : target.slice(0, hash)
      if (filePart === '') continue
      const resolved = resolveRefPath(file, at, filePart)
      if (files.has(resolved)) continue
      if (files.size >= MAX_REF_FILES)
        throw new OpenApiDocumentError(
          file.path,
          file.lineOf(at),
          `references more than ${MAX_REF_FILES} files.`
        )
      const loaded = await readParsed(source, ref, resolved, { from: file, at })
      files.set(resolved, loaded.file)
      refsOf.set(resolved, loaded.refs)
      queue.push(loaded.file)
    }
  }
  const spec: Spec = {
    root: path,
    version,
    doc,
    files,
    problems: []
  }
  for (const file of files.values())
    for (const { ref: target, at } of refsOf.get(file.path) ?? []) {
      const hash = target.indexOf('#')
      const filePart = hash === -1 ? '' : target.slice(0, hash)
      const targetFile =
        hash === -1
          ? resolveRefPath(file, at, target)
          : filePart === ''
            ? file.path
            : resolveRefPath(file, at, filePart)
      const pointer = hash === -1 ? [] : parsePointer(target.slice(hash))
      if (getAt(files.get(targetFile)?.value, pointer) === undefined)
        throw new OpenApiDocumentError(
          file.path,
          file.lineOf([...at, '$ref']),
          `has a $ref to "${target}", which points at nothing; fix the reference.`
        )
    }
  if (options.validate !== false || options.strict === true)
    spec.problems = validate(spec, options.strict === true)
  checkFollowable(spec)
  return spec
}

function detectVersion(path: string, doc: JsonObject): SpecVersion {
  const openapi = doc.openapi
  const swagger = doc.swagger
  if (typeof openapi === 'string' && /^3\.0(\.\d+)?$/.test(openapi)) return '3.0'
  if (typeof openapi === 'string' && /^3\.1(\.\d+)?$/.test(openapi)) return '3.1'
  // An unquoted `openapi: 3.0` / `3.1` is a YAML number: a schema problem (reported), not another version.
  if (openapi === 3) return '3.0'
  if (openapi === 3.1) return '3.1'
  if (swagger === '2.0' || swagger === 2) return '2.0'
  if (openapi !== undefined || swagger !== undefined)
    throw new OpenApiDocumentError(
      path,
      1,
      `declares version ${JSON.stringify(openapi ?? swagger)}, which is not supported; use swagger: "2.0" or openapi: 3.0.x / 3.1.x.`
    )
  throw new OpenApiDocumentError(
    path,
    1,
    'is not an OpenAPI document (no top-level "openapi" or "swagger" key).'
  )
}

/** A `$ref` text and the pointer path of the first object that holds it. */
interface RefSite {
  ref: string
  at: string[]
}

/**
 * Reads and parses one file, and collects its `$ref`s in the same walk that refuses JSON nested
 * deeper than MAX_DEPTH (one pass over the value instead of two; the refusal is the one
 * parseText would give, at the same moment).
 */
async function readParsed(
  source: RepoSource,
  ref: string,
  path: string,
  from: { from: ParsedFile; at: string[] } | undefined
): Promise<{ file: ParsedFile; refs: RefSite[] }> {
  // JSON comes with its non-ASCII characters as escapes, which decodes and parses faster (ADR
  // 0020); text that turns out not to be JSON is read again as it is, for the YAML parser and
  // for an error message that quotes it.
  const jsonText = await readText(source, ref, path, from, { json: true })
  const file =
    parseJsonText(path, jsonText, { checkJsonDepth: false }) ??
    parseText(path, startsLikeJson(jsonText) ? await readText(source, ref, path, from, {}) : jsonText, {
      checkJsonDepth: false
    })
  return { file, refs: collectRefs(file.value, () => refuseTooDeep(path, file.value, file.lineOf)) }
}

/** The text of one file of the document; refuses a missing or unreadable file with where it was referenced. */
async function readText(
  source: RepoSource,
  ref: string,
  path: string,
  from: { from: ParsedFile; at: string[] } | undefined,
  options: ReadOptions
): Promise<string> {
  let text: string | undefined
  try {
    text = await source.readFile(path, ref, options)
  } catch (error) {
    if (error instanceof UnreadableFileError)
      throw new OpenApiDocumentError(
        from?.from.path ?? path,
        from ? from.from.lineOf(from.at) : undefined,
        error.message,
        { cause: error }
      )
    throw error
  }
  if (text === undefined) {
    if (from)
      throw new OpenApiDocumentError(
        from.from.path,
        from.from.lineOf([...from.at, '$ref']),
        `has a $ref to "${path}", which does not exist at ${ref}; add the file or fix the reference.`
      )
    throw new OpenApiDocumentError(path, undefined, `does not exist at ${ref}.`)
  }
  return text
}

/**
 * The repository path a `$ref` file part points to, relative to the referencing file. Refuses
 * URLs, absolute paths and anything that would leave the repository.
 */
export function resolveRefPath(from: ParsedFile, at: string[], filePart: string): string {
  const refuse = (why: string): never => {
    throw new OpenApiDocumentError(
      from.path,
      from.lineOf([...at, '$ref']),
      `has a $ref to "${filePart}", ${why}; only relative files inside the repository are followed (never fetched or read from outside). Copy the schema into the repository and reference it with a relative path.`
    )
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) refuse('which is a URL')
  if (filePart.startsWith('/') || filePart.startsWith('\\') || filePart.startsWith('~'))
    refuse('which is an absolute path')
  let decoded = filePart
  try {
    decoded = decodeURIComponent(filePart)
  } catch {
    refuse('which is not a valid URI reference')
  }
  if (decoded.includes('\\') || decoded.includes('\0')) refuse('which is not a plain relative path')
  const joined = posix.normalize(posix.join(posix.dirname(from.path), decoded))
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined))
    refuse('which leaves the repository')
  return joined
}

/**
 * Every distinct `$ref` string in a value, with the pointer path of the first object that holds it
 * (the same text in the same file resolves the same way, so one place is enough to check it and
 * to report it). `tooDeep` is called (to throw the refusal) at an object nested deeper than
 * MAX_DEPTH; nothing deeper is walked.
 */
export function collectRefs(value: unknown, tooDeep?: () => void): RefSite[] {
  const out: RefSite[] = []
  const seen = new Set<string>()
  const path: string[] = []
  // Recursive over one shared path, at most MAX_DEPTH deep (parseText or `tooDeep` bounds the
  // nesting), and nothing is allocated per node but the path of a new reference.
  const walk = (node: unknown): void => {
    if (path.length > MAX_DEPTH && tooDeep) return tooDeep()
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i]
        if (child !== null && typeof child === 'object') {
          path.push(String(i))
          walk(child)
          path.pop()
        }
      }
      return
    }
    const object = node as Record<string, unknown>
    const ref = object.$ref
    if (typeof ref === 'string' && !seen.has(ref)) {
      seen.add(ref)
      out.push({ ref, at: [...path] })
    }
    for (const key in object) {
      const child = object[key]
      if (child !== null && typeof child === 'object') {
        path.push(key)
        walk(child)
        path.pop()
      }
    }
  }
  if (value !== null && typeof value === 'object') walk(value)
  return out
}

/**
 * Follows `$ref`s from `node` (which lives at `loc`) to a non-reference value. A chain longer than
 * MAX_REF_HOPS (a cycle of pure references) ends with an error.
 */
/**
 * Parsed `$ref` targets by referencing file, then reference text (paths are never mutated). Two
 * levels, so that a lookup builds no key string: the comparison follows a reference at nearly every
 * schema it visits.
 */
const refTargets = new Map<string, Map<string, { file: string; path: string[]; key: string }>>()
let refTargetCount = 0

export function resolveRef(spec: Spec, node: unknown, loc: Loc): Resolved {
  let current: Resolved = { node, loc }
  for (let hops = 0; hops < MAX_REF_HOPS; hops++) {
    const ref = isJsonObject(current.node) ? current.node.$ref : undefined
    if (typeof ref !== 'string') return current
    let byRef = refTargets.get(current.loc.file)
    let target = byRef?.get(ref)
    if (!target) {
      const hash = ref.indexOf('#')
      const filePart = hash === -1 ? ref : ref.slice(0, hash)
      const file = filePart === '' ? current.loc.file : normalizeFrom(current.loc.file, filePart)
      const path = hash === -1 ? [] : parsePointer(ref.slice(hash))
      target = { file, path, key: `${file}#${path.join('/')}` }
      if (refTargetCount > 200_000) {
        refTargets.clear() // bounded in a long-running App process
        refTargetCount = 0
        byRef = undefined
      }
      if (!byRef) refTargets.set(current.loc.file, (byRef = new Map()))
      byRef.set(ref, target)
      refTargetCount++
    }
    const parsed = spec.files.get(target.file)
    current = {
      node: getAt(parsed?.value, target.path),
      loc: { file: target.file, path: target.path },
      refKey: target.key
    }
  }
  const file = spec.files.get(loc.file)
  throw new OpenApiDocumentError(
    loc.file,
    file?.lineOf(loc.path),
    'has a $ref chain that never reaches a value (references refer only to each other).'
  )
}

function normalizeFrom(fromFile: string, filePart: string): string {
  let decoded = filePart
  try {
    decoded = decodeURIComponent(filePart)
  } catch {
    /* checked at load time */
  }
  return posix.normalize(posix.join(posix.dirname(fromFile), decoded))
}

/**
 * The document's schema problems, with lines. In strict mode the first one is thrown as an
 * OpenApiDocumentError (the document is refused).
 */
function validate(spec: Spec, strict: boolean): SchemaProblem[] {
  const violations = meaningfulViolations(schemaViolations(spec.version, spec.doc))
  const root = spec.files.get(spec.root)!
  const problems = violations.map((v) => {
    const path = v.instancePath ? parsePointer(v.instancePath) : []
    const place = v.instancePath ? `at ${v.instancePath}` : 'at the top level'
    return { path, line: root.lineOf(path), text: `${place}, ${describeViolation(v)}` }
  })
  const first = problems[0]
  if (strict && first)
    throw new OpenApiDocumentError(
      spec.root,
      first.line,
      `is not a valid ${versionName(spec.version)} document: ${first.text}. Fix the document (an editor with OpenAPI validation shows the place).`
    )
  return problems
}

export function versionName(version: SpecVersion): string {
  return version === '2.0' ? 'Swagger 2.0' : `OpenAPI ${version}`
}

const METHOD_KEYS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/**
 * Refuses a document whose operations cannot be found: `paths` or `webhooks` that is not a
 * mapping, a path item or an operation that is a scalar or a list. (An empty value, `get:` with
 * nothing after it, is read as empty.) Anything else the model skips is only a schema problem.
 */
function checkFollowable(spec: Spec): void {
  const refuse = (at: Loc, what: string): never => {
    throw new OpenApiDocumentError(
      at.file,
      spec.files.get(at.file)?.lineOf(at.path),
      `cannot be compared: ${what} at ${formatPointer(at.path).slice(1) || '/'} is not a mapping, so its operations cannot be found. Fix the document.`
    )
  }
  const top = (...path: string[]): Loc => ({ file: spec.root, path })
  const isMapping = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v)
  for (const section of ['paths', 'webhooks']) {
    const value = spec.doc[section]
    if (value === undefined || value === null) continue
    if (!isMapping(value)) refuse(top(section), `"${section}"`)
    for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
      if (key.startsWith('x-')) continue
      const item = resolveRef(spec, raw, { file: spec.root, path: [section, key] })
      if (item.node === null || item.node === undefined) continue
      if (!isMapping(item.node)) refuse(item.loc, 'the path item')
      for (const method of METHOD_KEYS) {
        const op = (item.node as Record<string, unknown>)[method]
        if (op !== undefined && op !== null && !isMapping(op))
          refuse({ file: item.loc.file, path: [...item.loc.path, method] }, `the ${method} operation`)
      }
    }
  }
}
