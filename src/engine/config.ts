import { Ajv, type ErrorObject } from 'ajv'
import {
  LineCounter,
  parseDocument,
  isMap,
  isScalar,
  isPair,
  type Document,
  type Node as YamlNode
} from 'yaml'
import { UserError } from './errors.js'
import { buildConfigSchema } from './config-schema.js'
import { globProblem } from './globs.js'
import { closest } from './suggest.js'
import type { Check, Level, Mode, RepoSource } from './types.js'

export const CONFIG_PATH = '.github/release-readiness.yml'
/** A configuration file larger than this is refused: real ones are a few kilobytes. */
export const MAX_CONFIG_BYTES = 256 * 1024

export interface CheckConfig {
  level: Level
  /** The check's options: its `meta.defaultConfig` with the user's keys laid over it. */
  options: Record<string, unknown>
}

/** What a rollback (deploying an ancestor of what runs in the environment) gets. */
export type RollbackPolicy = 'approve' | 'judge'

export interface Config {
  mode: Mode
  checks: Record<string, CheckConfig>
  waivers: { allowed: string[] }
  comment: { enabled: boolean }
  /** `approve` (default): a rollback is approved without running the checks; `judge`: judged like any deployment. */
  deployments: { rollbacks: RollbackPolicy }
  /** `_extends` as written; the App resolves it through Probot, the CLI and Action report it. */
  extends?: string
  /**
   * Where this configuration came from, as every report names it: `file@ref`, with its `_extends`
   * chain (`… extends owner/repo:file`), or "defaults (…)".
   */
  origin: string
}

export interface ConfigIssue {
  file: string
  line?: number
  column?: number
  /** Dotted path of the offending key, e.g. `checks.docs-updated.rulez`. */
  key?: string
  message: string
}

/** An invalid configuration. `message` lists every issue as `file:line:column: key: problem`. */
export class ConfigError extends UserError {
  override name = 'ConfigError'
  constructor(readonly issues: ConfigIssue[]) {
    super(
      `Invalid configuration:\n${issues.map(formatIssue).join('\n')}\n` +
        `Fix the file (its JSON Schema is schema/release-readiness.schema.json; \`release-readiness validate-config\` checks it) and run again.`
    )
  }
}

export function formatIssue(issue: ConfigIssue): string {
  const where = [issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(':')
  return `  ${where}: ${issue.key ? `${issue.key}: ` : ''}${issue.message}`
}

/** The configuration that applies when the repository has none. */
export function defaultConfig(checks: readonly Check[]): Config {
  return resolve({}, checks, 'defaults')
}

const validators = new WeakMap<readonly Check[], ReturnType<Ajv['compile']>>()

function validatorFor(checks: readonly Check[]): ReturnType<Ajv['compile']> {
  let validate = validators.get(checks)
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true })
    ajv.addFormat('glob', { type: 'string', validate: (glob: string) => globProblem(glob) === undefined })
    validate = ajv.compile(buildConfigSchema(checks))
    validators.set(checks, validate)
  }
  return validate
}

/**
 * Parses and validates a configuration file's text. Throws `ConfigError` naming file, line,
 * column and key for malformed YAML, alias bombs, unknown keys (with a "did you mean"), wrong
 * types and bad globs. Never ignores a typo.
 */
export function parseConfig(text: string, file: string, checks: readonly Check[]): Config {
  if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) {
    throw new ConfigError([
      {
        file,
        message: `is larger than ${MAX_CONFIG_BYTES / 1024} KiB; a configuration is a few lines of YAML.`
      }
    ])
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const at = (offset: number | undefined): Pick<ConfigIssue, 'line' | 'column'> => {
    if (offset === undefined) return {}
    const pos = lineCounter.linePos(offset)
    return { line: pos.line, column: pos.col }
  }
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((error) => ({
        file,
        ...at(error.pos[0]),
        message: `is not valid YAML: ${firstLine(error.message)}`
      }))
    )
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 50 })
  } catch (error) {
    throw new ConfigError([
      {
        file,
        message: `could not be read: ${(error as Error).message}. Use plain values instead of many YAML aliases.`
      }
    ])
  }
  if (data === null || data === undefined) data = {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError([
      {
        file,
        ...at(doc.contents?.range?.[0]),
        message: 'must be a mapping of keys (mode, checks, waivers, comment, deployments).'
      }
    ])
  }
  const validate = validatorFor(checks)
  if (!validate(data)) {
    const issues = dedupe(
      (validate.errors ?? []).map((error) => describeError(error, doc, file, at, checks))
    ).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    throw new ConfigError(issues)
  }
  return resolve(data as RawConfig, checks, file)
}

/**
 * Reads the configuration at `path` from `ref` through the source (the base branch, so a pull
 * request cannot weaken its own gate). Defaults when the file does not exist.
 */
export async function loadConfig(
  source: RepoSource,
  ref: string,
  checks: readonly Check[],
  path = CONFIG_PATH
): Promise<Config> {
  const text = await source.readFile(path, ref)
  if (text === undefined)
    return { ...defaultConfig(checks), origin: `defaults (no ${path} at ${shortRef(ref)})` }
  return { ...parseConfig(text, path, checks), origin: `${path}@${shortRef(ref)}` }
}

/** A 40-hex SHA shortened to 7 characters; any other ref as it is. */
export function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref
}

interface RawConfig {
  mode?: Mode
  _extends?: string
  checks?: Record<string, Record<string, unknown> & { level?: Level }>
  waivers?: { allowed?: string[] }
  comment?: { enabled?: boolean }
  deployments?: { rollbacks?: RollbackPolicy }
}

function resolve(raw: RawConfig, checks: readonly Check[], origin: string): Config {
  const resolved: Config['checks'] = {}
  for (const check of checks) {
    const { level, ...options } = raw.checks?.[check.meta.id] ?? {}
    resolved[check.meta.id] = {
      level: level ?? check.meta.defaultLevel,
      options: { ...(check.meta.defaultConfig as Record<string, unknown>), ...options }
    }
  }
  return {
    mode: raw.mode ?? 'enforce',
    checks: resolved,
    waivers: { allowed: (raw.waivers?.allowed ?? []).map((who) => (who.startsWith('@') ? who : `@${who}`)) },
    comment: { enabled: raw.comment?.enabled ?? true },
    deployments: { rollbacks: raw.deployments?.rollbacks ?? 'approve' },
    ...(raw._extends ? { extends: raw._extends } : {}),
    origin
  }
}

function describeError(
  error: ErrorObject,
  doc: Document,
  file: string,
  at: (offset: number | undefined) => Pick<ConfigIssue, 'line' | 'column'>,
  checks: readonly Check[]
): ConfigIssue {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  const keyPath = (parts: string[]): string => parts.join('.')
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty)
    const parent = doc.getIn(path, true) as YamlNode | undefined
    const keyNode = isMap(parent)
      ? parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === extra)?.key
      : undefined
    const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {})
    const isCheckId = path.length === 1 && path[0] === 'checks'
    const guess = closest(extra, allowed)
    const what = isCheckId ? `unknown check "${extra}"` : `unknown key "${extra}"`
    const list = isCheckId ? checks.map((c) => c.meta.id).sort() : allowed
    return {
      file,
      ...at((keyNode as YamlNode | undefined)?.range?.[0]),
      key: keyPath([...path, extra]),
      message: `${what}.${guess ? ` Did you mean "${guess}"?` : ''} Allowed: ${list.join(', ') || '(none)'}.`
    }
  }
  const node = doc.getIn(path, true) as YamlNode | undefined
  const position = at(node?.range?.[0])
  const key = keyPath(path) || undefined
  const value = JSON.stringify(doc.getIn(path))
  switch (error.keyword) {
    case 'enum':
      return {
        file,
        ...position,
        key,
        message: `is ${value}; allowed values: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}.`
      }
    case 'type':
      return {
        file,
        ...position,
        key,
        message: `must be ${article((error.params as { type: string }).type)}, not ${describeType(doc.getIn(path))}.`
      }
    case 'format':
      if ((error.params as { format: string }).format === 'glob') {
        return { file, ...position, key, message: `glob ${value} ${globProblem(String(doc.getIn(path)))}.` }
      }
      return { file, ...position, key, message: `${value} ${error.message ?? 'has the wrong format'}.` }
    case 'pattern':
      return {
        file,
        ...position,
        key,
        message: `${value} is not a GitHub login or team; write "@login" or "@org/team".`
      }
    case 'required':
      return {
        file,
        ...position,
        key,
        message: `needs the key "${(error.params as { missingProperty: string }).missingProperty}".`
      }
    default:
      return { file, ...position, key, message: `${error.message ?? 'is invalid'}.` }
  }
}

function article(type: string): string {
  return type === 'array'
    ? 'a list'
    : type === 'object'
      ? 'a mapping'
      : /^[aeiou]/.test(type)
        ? `an ${type}`
        : `a ${type}`
}

function describeType(value: unknown): string {
  if (value === null) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${article(typeof value)} (${JSON.stringify(value)})`
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

function dedupe(issues: ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>()
  return issues.filter((issue) => {
    const key = formatIssue(issue)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
