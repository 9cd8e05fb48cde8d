import { UserError } from '../engine/errors.js'
import type { CliIo } from './io.js'
import { MAIN_USAGE } from './usage.js'

type Command = (argv: string[], io: CliIo) => Promise<number>

/**
 * Each command is imported when it runs, so one command never pays for loading the others (in the
 * bundle, esbuild keeps a dynamically imported module's top-level code until it is imported:
 * `openapi-diff` starts without compiling the rollback-file or configuration schemas).
 */
const commands: Record<string, () => Promise<Command>> = {
  board: async () => (await import('./board-command.js')).boardCommand,
  check: async () => (await import('./check-command.js')).checkCommand,
  init: async () => (await import('./init-command.js')).initCommand,
  'openapi-diff': async () => (await import('./openapi-diff-command.js')).openapiDiffCommand,
  report: async () => (await import('./report-command.js')).reportCommand,
  'validate-config': async () => (await import('./validate-config-command.js')).validateConfigCommand
}

/**
 * Runs one CLI invocation and returns its exit code: 0 GO / valid, 1 NO-GO, 2 could not
 * evaluate. User errors print one paragraph on stderr, never a stack trace.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(MAIN_USAGE + '\n')
    return name ? 0 : 2
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!load) {
    io.stderr(`release-readiness: unknown command "${name}".\n\n${MAIN_USAGE}\n`)
    return 2
  }
  try {
    const command = await load()
    return await command(rest, io)
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`release-readiness: ${error.message}\n`)
    } else {
      const detail = process.env.RELEASE_READINESS_DEBUG ? `\n${(error as Error).stack}` : ''
      io.stderr(
        `release-readiness: internal error: ${(error as Error)?.message ?? String(error)}. ` +
          `This is a bug; please report it with the command you ran (set RELEASE_READINESS_DEBUG=1 for details).${detail}\n`
      )
    }
    return 2
  }
}
