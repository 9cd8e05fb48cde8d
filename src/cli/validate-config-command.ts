import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { checks as allChecks } from '../../checks/index.js'
import { CONFIG_PATH, parseConfig } from '../engine/config.js'
import { UserError } from '../engine/errors.js'
import { decodeTextFile } from '../engine/text-file.js'
import type { Check } from '../engine/types.js'
import type { CliIo } from './io.js'
import { parseOptions } from './parse-options.js'
import { VALIDATE_USAGE } from './usage.js'

/** `release-readiness validate-config [FILE]`: 0 when valid; a ConfigError (exit 2) otherwise. */
export async function validateConfigCommand(
  argv: string[],
  io: CliIo,
  checks: readonly Check[] = allChecks
): Promise<number> {
  const { values, positionals } = parseOptions(
    argv,
    { help: { type: 'boolean', short: 'h' } },
    VALIDATE_USAGE,
    true
  )
  if (values.help) {
    io.stdout(VALIDATE_USAGE + '\n')
    return 0
  }
  if (positionals.length > 1)
    throw new UserError(`validate-config takes one file, got ${positionals.length}.\n\n${VALIDATE_USAGE}`)
  const file = positionals[0] ?? CONFIG_PATH
  let bytes: Buffer
  try {
    bytes = await readFile(resolve(io.cwd, file))
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new UserError(
      missing
        ? `${file} does not exist. Create it (see the README's Configuration section), or pass the path of your configuration file.`
        : `Cannot read ${file}: ${(error as Error).message}.`
    )
  }
  const config = parseConfig(decodeTextFile(file, bytes), file, checks)
  const levels = Object.entries(config.checks)
    .map(([id, c]) => `${id}: ${c.level}`)
    .join(', ')
  io.stdout(`${file} is valid (mode: ${config.mode}; ${levels}).\n`)
  if (config.extends)
    io.stdout(
      `Note: _extends: ${config.extends} is resolved by the GitHub App and Action, not checked here.\n`
    )
  return 0
}
