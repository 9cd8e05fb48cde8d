import { applyCliV8Flags } from './v8-flags.js'

/* istanbul ignore next: the process entry point */
applyCliV8Flags(process.argv[2])
const { main } = await import('./main.js')

/* istanbul ignore next: the process entry point */
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
})
process.exitCode = code
