import { setFlagsFromString } from 'node:v8'

/**
 * V8 flags the CLI runs with (ADR 0018). The CLI is a short-lived process whose largest job,
 * `openapi-diff`, parses two large documents once:
 * - `--max-semi-space-size=2` keeps the young generation at 2 MB per semi-space instead of letting
 *   it grow to 16-32 MB while the documents are parsed (about 30-65 MB less peak memory, a few more
 *   scavenges);
 * - `--no-turbofan` and `--no-maglev` skip the optimizing compilers, whose compilation zones for
 *   the large validator and rule functions cost more memory and CPU than their code saves in a run
 *   of a second or two.
 */
export const CLI_V8_FLAGS = ['--max-semi-space-size=2', '--no-turbofan', '--no-maglev'] as const

/** Flags V8 accepts after start (the semi-space size is fixed when the heap is created). */
const RUNTIME_FLAGS = ['--no-turbofan', '--no-maglev'] as const

/**
 * The arguments to restart this process with so that V8 starts with {@link CLI_V8_FLAGS}, or
 * `undefined` when it already did (so it never restarts twice) or the user set the semi-space
 * size themselves (`node --max-semi-space-size=N dist/cli.js`, or in `NODE_OPTIONS`).
 */
export function restartArgs(
  execPath: string,
  execArgv: readonly string[],
  argv: readonly string[],
  nodeOptions: string | undefined
): string[] | undefined {
  const setsSemiSpace = (arg: string) => /^--max-semi-space-size(=|$)/.test(arg)
  if (execArgv.some(setsSemiSpace) || (nodeOptions ?? '').split(/\s+/).some(setsSemiSpace)) return undefined
  return [execPath, ...execArgv, ...CLI_V8_FLAGS, ...argv.slice(1)]
}

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never

/**
 * Applies {@link CLI_V8_FLAGS} to this process: replaces it (same process id, stdio and exit
 * code; nothing has been written yet) with one started with the flags where Node can
 * (`process.execve`, Node 22.15 and later, not on Windows), and otherwise sets the flags V8 accepts at
 * run time. Call before any large module is loaded.
 */
export function applyCliV8Flags(): void {
  const execve = (process as unknown as { execve?: Execve }).execve
  const args = restartArgs(process.execPath, process.execArgv, process.argv, process.env.NODE_OPTIONS)
  if (typeof execve === 'function' && args) {
    try {
      execve(process.execPath, args, process.env)
    } catch {
      // execve refused (e.g. in a worker thread or a sandbox): run here with the run-time flags
    }
  }
  for (const flag of RUNTIME_FLAGS) setFlagsFromString(flag)
}
