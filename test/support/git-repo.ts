import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

export type Files = Record<string, string | Buffer | null>

/** A throw-away git repository in a temporary folder, for tests that need real git. */
export class GitRepo {
  readonly dir: string

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'rr-repo-'))
    this.git('init', '-q', '-b', 'main')
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  }

  /** Writes (or, for `null`, deletes) files and commits them; returns the new commit's SHA. */
  commit(files: Files, message = 'change'): string {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path)
      if (content === null) {
        rmSync(full, { force: true })
      } else {
        mkdirSync(dirname(full), { recursive: true })
        writeFileSync(full, content)
      }
    }
    this.git('add', '-A')
    this.git('commit', '-q', '--allow-empty', '-m', message)
    return this.git('rev-parse', 'HEAD').trim()
  }

  branch(name: string, from = 'HEAD'): void {
    this.git('checkout', '-q', '-b', name, from)
  }

  checkout(name: string): void {
    this.git('checkout', '-q', name)
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
