import { setFlagsFromString } from 'node:v8'

/**
 * V8 flags the CLI sets for itself when it starts (ADR 0018). The CLI is a short-lived process
 * whose largest job, `openapi-diff`, parses two large documents once:
 * - `--semi-space-growth-factor=1` keeps the young generation at its initial size instead of
 *   letting it double up to its maximum (16 MB per semi-space or more) while the documents are
 *   parsed (on GitHub's REST description 45-85 MB less peak memory, at no measurable CPU cost);
 * - `--no-turbofan` and `--no-maglev` skip the optimizing compilers, whose compilation zones for
 *   the large validator and rule functions cost more memory and CPU than their code saves in a run
 *   of a second or two.
 * All three are read by V8 while it runs, so they apply to this process without restarting it.
 * The compiler flags are set for `openapi-diff` only: `check`, `report --since` and `board` can run
 * long enough over a big history for optimized code to pay off.
 */
export const CLI_V8_FLAGS = ['--semi-space-growth-factor=1', '--no-turbofan', '--no-maglev'] as const

/** The flags of {@link CLI_V8_FLAGS} every command gets; the others are for `openapi-diff` only. */
const EVERY_COMMAND = new Set<string>(['--semi-space-growth-factor=1'])

/** `--no-turbofan` → `turbofan`, `--semi-space-growth-factor=1` → `semi-space-growth-factor`. */
function flagName(flag: string): string {
  return flag
    .replace(/^--(no-)?/, '')
    .replace(/=.*$/, '')
    .replaceAll('_', '-')
}

/**
 * The flags of {@link CLI_V8_FLAGS} to set: those the user did not set themselves on node's
 * command line (`node --turbofan dist/cli.js …`) or in `NODE_OPTIONS`, whose choice wins.
 */
export function cliV8Flags(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  command: string | undefined
): string[] {
  const chosen = new Set(
    [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].filter((arg) => arg.startsWith('--')).map(flagName)
  )
  return CLI_V8_FLAGS.filter(
    (flag) => !chosen.has(flagName(flag)) && (command === 'openapi-diff' || EVERY_COMMAND.has(flag))
  )
}

/**
 * Sets {@link cliV8Flags} on this process and returns them; call before the commands are compiled
 * (the code cache of the CLI's main bundle is kept per set of flags, ADR 0020).
 */
export function applyCliV8Flags(command: string | undefined): string[] {
  const flags = cliV8Flags(process.execArgv, process.env.NODE_OPTIONS, command)
  for (const flag of flags) setFlagsFromString(flag)
  return flags
}
