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

// A reader that stops early (`release-readiness openapi-diff … | head`) closes the pipe: what is
// left to write is dropped, and the exit code stays the verdict's. Any other write error throws.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })

/* istanbul ignore next: the process entry point */
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd()
})
process.exitCode = code
