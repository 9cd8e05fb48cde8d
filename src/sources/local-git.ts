import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { UnknownRefError, UnreadableFileError, UserError } from '../engine/errors.js'
import { filterPaths } from '../engine/globs.js'
import { MAX_FILE_BYTES, decodeTextFile } from '../engine/text-file.js'
import type { ChangedFile, ReadOptions, RepoSource } from '../engine/types.js'
import { CatFileBatch } from './cat-file-batch.js'
import { parseNameStatus } from './parse-name-status.js'
import { parseTree } from './parse-tree.js'

const run = promisify(execFile)

/**
 * A RepoSource over a local git repository. A handful of git processes per evaluation: one
 * `rev-parse` per ref, one `diff` per change, and a single `cat-file --batch` process for every
 * file read and every tree listed (subtrees cached by id).
 */
export class LocalGitSource implements RepoSource {
  private readonly commits = new Map<string, Promise<string>>()
  private readonly trees = new Map<string, Promise<readonly string[]>>()
  private readonly commitFiles = new Map<string, Promise<string[]>>()
  private readonly mergeBases = new Map<string, Promise<string>>()
  private readonly batch: CatFileBatch
  /** Git processes started so far (for debug logs and benchmarks). */
  gitCalls = 0

  private constructor(readonly dir: string) {
    this.batch = new CatFileBatch(dir, MAX_FILE_BYTES)
  }

  /** The repository that contains `dir`, or `undefined` when `dir` is not inside one. */
  static async open(dir: string): Promise<LocalGitSource | undefined> {
    try {
      const { stdout } = await run('git', ['-C', dir, 'rev-parse', '--show-toplevel'])
      return new LocalGitSource(stdout.trim())
    } catch {
      return undefined
    }
  }

  async git(args: string[]): Promise<string> {
    this.gitCalls++
    const { stdout } = await run('git', ['-C', this.dir, ...args], { maxBuffer: 512 * 1024 * 1024 })
    return stdout
  }

  /** The full SHA of the commit `ref` names; `UnknownRefError` when there is none. */
  resolveCommit(ref: string): Promise<string> {
    let sha = this.commits.get(ref)
    if (!sha) {
      sha = this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then(
        (out) => out.trim(),
        () => {
          throw new UnknownRefError(
            `Unknown ref "${ref}" in ${this.dir}: no commit has that name. Check the spelling, or fetch it first ` +
              `(git fetch origin ${ref}; in a GitHub workflow, use actions/checkout with fetch-depth: 0).`
          )
        }
      )
      this.commits.set(ref, sha)
    }
    return sha
  }

  /**
   * Records full SHAs that git itself just reported (e.g. by `git log`) as known commits, so
   * reading files at them starts no `rev-parse` each: a release report reads at hundreds of them.
   */
  assumeCommits(shas: readonly string[]): void {
    for (const sha of shas) {
      if (/^[0-9a-f]{40}$/.test(sha) && !this.commits.has(sha)) this.commits.set(sha, Promise.resolve(sha))
    }
  }

  async hasCommit(ref: string): Promise<boolean> {
    try {
      await this.resolveCommit(ref)
      return true
    } catch {
      return false
    }
  }

  async readFile(path: string, ref: string, options?: ReadOptions): Promise<string | undefined> {
    const sha = await this.resolveCommit(ref)
    const object = await this.batch.read(`${sha}:${path}`)
    switch (object.kind) {
      case 'missing':
      case 'other':
        return undefined
      case 'too-large':
        throw new UnreadableFileError(path, 'too-large', `(${object.size} bytes; limit ${MAX_FILE_BYTES})`)
      case 'blob':
        return decodeTextFile(path, object.bytes, MAX_FILE_BYTES, options)
    }
  }

  async listFiles(ref: string, globs: string[]): Promise<string[]> {
    const sha = await this.resolveCommit(ref)
    let files = this.commitFiles.get(sha)
    if (!files) {
      files = this.treeFiles(`${sha}^{tree}`).then((paths) => [...paths].sort())
      this.commitFiles.set(sha, files)
    }
    return filterPaths(await files, globs)
  }

  /**
   * Every file below a tree, read through the cat-file process. Subtrees are cached by their id,
   * so listing the heads of 200 pull requests reads each unchanged directory once.
   */
  private treeFiles(spec: string): Promise<readonly string[]> {
    let files = this.trees.get(spec)
    if (!files) {
      files = this.batch.read(spec).then(async (object) => {
        if (object.kind !== 'tree') throw new Error(`git cat-file: ${spec} is not a tree`)
        const lists = await Promise.all(
          parseTree(object.bytes).map(async (entry) =>
            entry.kind === 'tree'
              ? (await this.treeFiles(entry.sha)).map((path) => `${entry.name}/${path}`)
              : entry.kind === 'blob'
                ? [entry.name]
                : []
          )
        )
        return lists.flat()
      })
      this.trees.set(spec, files)
    }
    return files
  }

  mergeBase(base: string, head: string): Promise<string> {
    const key = `${base}...${head}`
    let found = this.mergeBases.get(key)
    if (!found) {
      found = Promise.all([this.resolveCommit(base), this.resolveCommit(head)]).then(async ([from, to]) => {
        try {
          return (await this.git(['merge-base', from, to])).trim()
        } catch {
          throw new UserError(
            `${base} and ${head} share no history in ${this.dir}, so there is no change to judge between them. ` +
              'Pass a base that the head branched from (fetch full history with fetch-depth: 0 in CI).'
          )
        }
      })
      found.catch(() => this.mergeBases.delete(key))
      this.mergeBases.set(key, found)
    }
    return found
  }

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const [mergeBase, to] = await Promise.all([this.mergeBase(base, head), this.resolveCommit(head)])
    const out = await this.git([
      'diff',
      '--name-status',
      '-z',
      '-M',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      mergeBase,
      to
    ])
    return parseNameStatus(out)
  }

  close(): void {
    this.batch.close()
  }
}
