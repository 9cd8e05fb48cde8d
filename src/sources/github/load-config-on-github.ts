import { parse, stringify } from 'yaml'
import {
  CONFIG_PATH,
  ConfigError,
  defaultConfig,
  parseConfig,
  shortRef,
  type Config
} from '../../engine/config.js'
import type { Check, RepoSource } from '../../engine/types.js'
import { statusOf, type GitHubClient } from './client.js'

/** A configuration file in some repository of the organization (at its default branch unless `ref`). */
export interface ConfigFileRef {
  owner: string
  repo: string
  path: string
}

/** Reads such a file: its text, or `undefined` when GitHub answers 404. Any other failure throws. */
export type ReadConfigFile = (file: ConfigFileRef) => Promise<string | undefined>

/** Probot's `_extends` syntax: `repo`, `owner/repo`, `repo:path.yml` or `owner/repo:path.yml`. */
const EXTENDS = /^(?:([a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38})\/)?([-_.\w\d]+)(?::([-_./\w\d]+\.ya?ml))?$/i
/** An `_extends` chain longer than this is refused (a loop, or a mistake). */
const MAX_CHAIN = 5

export interface LoadConfigOnGitHubOptions {
  owner: string
  repo: string
  readFile: ReadConfigFile
  path?: string
}

/**
 * The configuration at `ref` (the base: a pull request cannot weaken its own gate), resolved the
 * same way in the App and the Action: the repository's file (else the organization's `.github`
 * repository's), then its `_extends` chain, merged key by key (the extending file wins, as
 * Probot's configuration plugin does). Fails closed: an `_extends` target that cannot be read is a
 * `ConfigError` with the reason, never a silently smaller policy. `origin` names the whole chain.
 */
export async function loadConfigOnGitHub(
  source: RepoSource,
  ref: string,
  checks: readonly Check[],
  options: LoadConfigOnGitHubOptions
): Promise<Config> {
  const path = options.path ?? CONFIG_PATH
  const text = await source.readFile(path, ref)
  let first: { text: string; name: string }
  if (text !== undefined) {
    first = { text, name: `${path}@${shortRef(ref)}` }
  } else {
    const org = { owner: options.owner, repo: '.github', path: CONFIG_PATH }
    const orgText = options.repo === '.github' ? undefined : await readOrFail(options, org, undefined)
    if (orgText === undefined)
      return { ...defaultConfig(checks), origin: `defaults (no ${path} at ${shortRef(ref)})` }
    first = { text: orgText, name: describe(org) }
  }
  // The first file is validated from its own text, so its errors name its lines.
  const own = parseConfig(first.text, text !== undefined ? path : first.name, checks)
  if (!own.extends) return { ...own, origin: first.name }

  const layers: Record<string, unknown>[] = [rawOf(first.text, first.name)]
  const names = [first.name]
  const seen = new Set<string>()
  let extendsValue: unknown = own.extends
  let from = first.name
  while (extendsValue !== undefined) {
    if (layers.length > MAX_CHAIN)
      throw configError(from, `_extends chain is longer than ${MAX_CHAIN} files; shorten it.`)
    const target = parseExtends(extendsValue, options.owner, from)
    const key = describe(target)
    if (seen.has(key)) throw configError(from, `_extends: ${key} loops back to a file already read.`)
    seen.add(key)
    const extended = await readOrFail(options, target, from)
    if (extended === undefined)
      throw configError(
        from,
        `_extends: ${String(extendsValue)} points to ${key}, which could not be read (GitHub answered 404: the repository or file does not exist, or this App or token cannot see it). ` +
          `Fix the _extends value, or give access to ${target.owner}/${target.repo} (install the App there, or use a token that can read it). The gate fails closed rather than drop the organization's policy.`
      )
    const raw = rawOf(extended, key)
    layers.push(raw)
    names.push(key)
    extendsValue = raw._extends
    from = key
  }
  const merged: Record<string, unknown> = Object.assign({}, ...layers.reverse())
  delete merged._extends
  const origin = `${names[0]} extends ${names.slice(1).join(' extends ')}`
  try {
    return { ...parseConfig(stringify(merged), origin, checks), extends: own.extends, origin }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    // Lines of the merged document are not lines of any file: keep the key and the message.
    throw new ConfigError(error.issues.map(({ line: _l, column: _c, ...issue }) => issue))
  }
}

/** Reads configuration files of the organization through the contents API (raw), 404 as absent. */
export function contentsReader(client: GitHubClient): ReadConfigFile {
  return async ({ owner, repo, path }) => {
    try {
      const { data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner,
        repo,
        path,
        mediaType: { format: 'raw' }
      })
      if (typeof data !== 'string')
        throw new Error(`${owner}/${repo}:${path} is a directory or a submodule, not a file`)
      return data
    } catch (error) {
      if (statusOf(error) === 404) return undefined
      throw error
    }
  }
}

async function readOrFail(
  options: LoadConfigOnGitHubOptions,
  file: ConfigFileRef,
  from: string | undefined
): Promise<string | undefined> {
  try {
    return await options.readFile(file)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw configError(
      from ?? describe(file),
      `${from ? '_extends target ' : ''}${describe(file)} could not be read: ${reason}. The gate fails closed; re-run when GitHub answers, or fix the access.`
    )
  }
}

function parseExtends(value: unknown, owner: string, from: string): ConfigFileRef {
  const match = typeof value === 'string' ? EXTENDS.exec(value) : null
  if (!match)
    throw configError(
      from,
      `_extends: ${JSON.stringify(value)} is not a repository; write "repo", "owner/repo" or "owner/repo:path.yml".`
    )
  return { owner: match[1] ?? owner, repo: match[2]!, path: match[3] ?? CONFIG_PATH }
}

function rawOf(text: string, name: string): Record<string, unknown> {
  let data: unknown
  try {
    data = parse(text, { maxAliasCount: 50 })
  } catch (error) {
    throw configError(name, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data))
    throw configError(name, 'must be a mapping of keys (mode, checks, waivers, comment, deployments).')
  return data as Record<string, unknown>
}

function describe(file: ConfigFileRef): string {
  return `${file.owner}/${file.repo}:${file.path}`
}

function configError(file: string, message: string): ConfigError {
  return new ConfigError([{ file, message }])
}
