// Shared by the benchmarks that generate git histories: a fixed identity, the `data` block of a
// `git fast-import` stream, and one call that creates the repository from a stream.
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'

export const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@b',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@b',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

/** A fast-import `data` block holding `text`. */
export const blob = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`

/** Creates a git repository in `dir` from a fast-import stream. */
export function importRepo(dir, stream) {
  mkdirSync(dir, { recursive: true })
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env: gitEnv })
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    env: gitEnv,
    input: stream,
    maxBuffer: 1 << 30
  })
}
