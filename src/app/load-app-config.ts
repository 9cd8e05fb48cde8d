import { stringify } from 'yaml'
import { CONFIG_PATH, ConfigError, defaultConfig, parseConfig, type Config } from '../engine/config.js'
import type { Check, RepoSource } from '../engine/types.js'

/**
 * Reads the configuration as Probot does (`context.octokit.config.get`): the repository's file,
 * else the organization's `.github` repository, with `_extends` resolved and merged. `null` when
 * there is no file anywhere.
 */
export type ReadMergedConfig = (
  ref: string,
  where: 'repository' | 'organization'
) => Promise<Record<string, unknown> | null>

/**
 * The configuration at `ref` (the base branch: a pull request cannot weaken its own gate).
 * The repository's own file is validated from its raw text, so errors name its lines; when it
 * uses `_extends` (resolved from the repository), or is absent (the organization's `.github`
 * repository is read instead), the merged result is validated too.
 */
export async function loadAppConfig(
  source: RepoSource,
  ref: string,
  checks: readonly Check[],
  readMerged: ReadMergedConfig
): Promise<Config> {
  const text = await source.readFile(CONFIG_PATH, ref)
  let own: Config | undefined
  if (text !== undefined) {
    own = parseConfig(text, CONFIG_PATH, checks)
    if (!own.extends) return own
  }
  let merged: Record<string, unknown> | null
  try {
    merged = await readMerged(ref, own ? 'repository' : 'organization')
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new ConfigError([
      { file: CONFIG_PATH, message: `could not be read${own ? ' with its _extends' : ''}: ${message}` }
    ])
  }
  if (merged === null) return own ?? defaultConfig(checks)
  const { _extends: _ignored, ...rest } = merged
  const origin = own
    ? `${CONFIG_PATH} (merged with _extends: ${own.extends})`
    : `${CONFIG_PATH} of the organization's .github repository`
  try {
    return {
      ...parseConfig(stringify(rest), origin, checks),
      ...(own?.extends ? { extends: own.extends } : {})
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    // Lines of the merged document are not lines of any file: keep the key and the message.
    throw new ConfigError(error.issues.map(({ line: _l, column: _c, ...issue }) => issue))
  }
}
