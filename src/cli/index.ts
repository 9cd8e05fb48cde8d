import { fileURLToPath } from 'node:url'
import { loadCompiledModule } from './load-compiled-module.js'
import { applyCliV8Flags } from './v8-flags.js'

/* istanbul ignore next: the process entry point, run only as the built dist/cli.js */
const flags = applyCliV8Flags(process.argv[2])
// The commands are in dist/cli-main.cjs, compiled with the code cache the build made (ADR 0020).
const { main } = loadCompiledModule<typeof import('./main.js')>(
  fileURLToPath(new URL('./cli-main.cjs', import.meta.url)),
  flags
).exports

/* istanbul ignore next: the process entry point */
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
})
process.exitCode = code
