import { UserError } from '../engine/errors.js'
import { readSettings } from './server-settings.js'
import { startServer } from './start-server.js'

/** `node dist/app.js`: settings from the environment, then the server. Bad settings: one line, exit 2. */
async function main(): Promise<void> {
  let running
  try {
    running = await startServer(readSettings(process.env))
  } catch (error) {
    process.stderr.write(
      `${error instanceof UserError ? error.message : `[release-readiness] Cannot start: ${(error as Error).message}`}\n`
    )
    process.exit(2)
  }
  const stop = (signal: string): void => {
    running.probot.log.info(`[release-readiness] ${signal}: finishing queued evaluations, then exiting`)
    void running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        running.probot.log.error(`[release-readiness] Shutdown failed: ${(error as Error).message}`)
        process.exit(1)
      }
    )
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
}

void main()
