import { main } from './main.js'

/* istanbul ignore next: the process entry point, imported by index.ts once the V8 flags are set */
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
})
process.exitCode = code
