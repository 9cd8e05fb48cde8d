import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UserError } from '../engine/errors.js'

/** `parseArgs` that turns Node's argument errors into a UserError that shows the usage. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  usage: string,
  allowPositionals = false
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals, strict: true })
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals }
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]}\n\n${usage}`)
  }
}

/** The value of `--name` when it is one of `allowed`, else a UserError that lists them. */
export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UserError(`--${name} must be one of ${allowed.join(', ')}; got "${value}".`)
}
