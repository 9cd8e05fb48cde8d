// The CLI's process entry (dist/cli.js). It sets the V8 flags (v8-flags.ts) before the CLI itself is
// loaded: the build keeps `./cli-main.js` a separate bundle (dist/cli-main.js), because on Node
// versions that cannot restart the process the run-time flags only help code V8 has not compiled yet
// (about 15-20 MB less peak memory on the GitHub pair than setting them inside the same bundle).
import { applyCliV8Flags } from './v8-flags.js'

/* istanbul ignore next: the process entry point */
applyCliV8Flags()
await import('./cli-main.js')
