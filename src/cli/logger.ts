import type { Logger } from '../engine/types.js'

/** The CLI's logger: warnings and errors on stderr; debug and info only with --verbose. */
export function stderrLogger(write: (text: string) => void, verbose: boolean): Logger {
  return {
    debug: (m) => verbose && write(`debug: ${m}\n`),
    info: (m) => verbose && write(`${m}\n`),
    warn: (m) => write(`warning: ${m}\n`),
    error: (m) => write(`error: ${m}\n`)
  }
}
