import { openapiDiffCommand } from './openapi-diff-command.js'

/* istanbul ignore next: a thin process entry used by the benchmark until dist/cli.js exists */
process.exitCode = await openapiDiffCommand(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd()
})
