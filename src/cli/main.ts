import { UserError } from '../engine/errors.js'
import { boardCommand } from './board-command.js'
import { checkCommand } from './check-command.js'
import { initCommand } from './init-command.js'
import type { CliIo } from './io.js'
import { openapiDiffCommand } from './openapi-diff-command.js'
import { reportCommand } from './report-command.js'
import { MAIN_USAGE } from './usage.js'
import { validateConfigCommand } from './validate-config-command.js'

type Command = (argv: string[], io: CliIo) => Promise<number>

const commands: Record<string, Command> = {
  board: boardCommand,
  check: checkCommand,
  init: initCommand,
  'openapi-diff': openapiDiffCommand,
  report: reportCommand,
  'validate-config': validateConfigCommand
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
  const command = commands[name]
  if (!command) {
    io.stderr(`release-readiness: unknown command "${name}".\n\n${MAIN_USAGE}\n`)
    return 2
  }
  try {
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
