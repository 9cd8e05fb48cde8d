import { createClient, statusOf, type GitHubClient, type OctokitLike, type RetryOptions } from './client.js'
import { UnknownRefError, UnreadableFileError, UserError } from '../../engine/errors.js'
import { filterPaths } from '../../engine/globs.js'
import { decodeTextFile, MAX_FILE_BYTES } from '../../engine/text-file.js'
import type { ChangedFile, FileStatus, Logger, ReadOptions, RepoSource } from '../../engine/types.js'

/** GitHub lists at most this many files of a pull request (`GET /pulls/{n}/files`). */
export const PULL_FILES_CAP = 3000
/** GitHub lists at most this many files of a comparison, on its first page only. */
export const COMPARE_FILES_CAP = 300
const PER_PAGE = 100

interface RawFile {
  filename: string
  status: string
  previous_filename?: string
  patch?: string
}

interface CompareData {
  files?: RawFile[]
  merge_base_commit?: { sha: string }
}

function sortByPath(files: ChangedFile[]): ChangedFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

export interface RepoRef {
  owner: string
  repo: string
}

export interface GitHubApiSourceOptions extends RepoRef {
  /** When set, `changedFiles` lists the pull request's files instead of comparing. */
  pullNumber?: number
  /**
   * The pull request's head: with `pullNumber`, only this head's files come from the pull request's
   * list; another head (the older head a waiver was granted at) is compared.
   */
  pullHead?: string
  log?: Logger
  retry?: Partial<RetryOptions>
}

interface TreeEntry {
  path: string
  type: 'blob' | 'tree' | 'commit'
  mode: string
  sha: string
  size?: number
}

interface Tree {
  /** Blobs by path. */
  blobs: Map<string, TreeEntry>
  paths: string[]
}

/** GitHub's file statuses mapped to ours; `unchanged` files are dropped. */
export function mapStatus(status: string): FileStatus | undefined {
  switch (status) {
    case 'added':
    case 'removed':
    case 'modified':
    case 'renamed':
    case 'copied':
      return status
    case 'changed':
      return 'modified'
    default:
      return undefined
  }
}

/** One GitHub `files[]` entry (pull request files or comparison) as a ChangedFile. */
export function toChangedFile(file: {
  filename: string
  status: string
  previous_filename?: string
  patch?: string
}): ChangedFile | undefined {
  const status = mapStatus(file.status)
  if (!status) return undefined
  const changed: ChangedFile = { path: file.filename, status }
  if ((status === 'renamed' || status === 'copied') && file.previous_filename)
    changed.previousPath = file.previous_filename
  if (typeof file.patch === 'string') changed.patch = file.patch
  return changed
}

/**
 * A RepoSource that reads a repository through the GitHub REST API, without a checkout.
 * One recursive tree per ref (cached) lists files and maps paths to blob SHAs; each blob is
 * fetched once by SHA (cached), so a file unchanged between base and head costs one call.
 */
export class GitHubApiSource implements RepoSource {
  readonly client: GitHubClient
  private readonly trees = new Map<string, Promise<Tree>>()
  private readonly blobs = new Map<string, Promise<Uint8Array>>()
  private readonly comparisons = new Map<string, Promise<CompareData>>()

  constructor(
    octokit: OctokitLike | GitHubClient,
    private readonly options: GitHubApiSourceOptions
  ) {
    this.client = createClient(octokit, { retry: options.retry, log: options.log })
  }

  async readFile(path: string, ref: string, options?: ReadOptions): Promise<string | undefined> {
    const tree = await this.tree(ref)
    const entry = tree.blobs.get(path)
    if (!entry) return undefined
    if (entry.size !== undefined && entry.size > MAX_FILE_BYTES) {
      throw new UnreadableFileError(path, 'too-large', `(${entry.size} bytes; limit ${MAX_FILE_BYTES})`)
    }
    return decodeTextFile(path, await this.blob(entry.sha), MAX_FILE_BYTES, options)
  }

  async listFiles(ref: string, globs: string[]): Promise<string[]> {
    return filterPaths((await this.tree(ref)).paths, globs)
  }

  /** The merge base of `base` and `head`: the compare endpoint's `merge_base_commit` (one call, shared). */
  async mergeBase(base: string, head: string): Promise<string> {
    const sha = (await this.compareFirstPage(base, head)).merge_base_commit?.sha
    if (!sha) {
      throw new UserError(
        `[release-readiness] GitHub did not say where ${base} and ${head} meet (no merge_base_commit in the comparison), so the change cannot be judged exactly. Re-run the job; compare the two refs on GitHub to check that they share history.`
      )
    }
    return sha
  }

  /**
   * The pull request's own file list (`pullNumber`) or the comparison's. GitHub caps both without
   * an error (3,000 files per pull request; 300 files on compare's first page only): at the cap,
   * the change is computed again from the two recursive trees, compared by blob SHA.
   */
  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const { pullNumber, pullHead, log } = this.options
    // The pull request's list is its current head's: another head (a waiver's) is compared.
    const pull =
      pullNumber !== undefined && (pullHead === undefined || pullHead === head) ? pullNumber : undefined
    const listed =
      pull !== undefined
        ? await this.pullFiles(pull)
        : ((await this.compareFirstPage(base, head)).files ?? [])
    const cap = pull !== undefined ? PULL_FILES_CAP : COMPARE_FILES_CAP
    if (listed.length >= cap) {
      log?.info(
        `[github] GitHub lists at most ${cap} files ${pull !== undefined ? `of pull request #${pull}` : `for ${base}...${head}`}; comparing the two trees instead.`
      )
      return this.treeDiff(await this.mergeBase(base, head), head)
    }
    return sortByPath(listed.map(toChangedFile).filter((f): f is ChangedFile => f !== undefined))
  }

  private async pullFiles(pullNumber: number): Promise<RawFile[]> {
    const { owner, repo } = this.options
    const raw: RawFile[] = []
    for (let page = 1; raw.length < PULL_FILES_CAP; page++) {
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner,
        repo,
        pull_number: pullNumber,
        per_page: PER_PAGE,
        page
      })
      raw.push(...data)
      if (data.length < PER_PAGE) break
    }
    return raw
  }

  /**
   * The files changed from `base` to `head`, from their two recursive trees compared by blob SHA:
   * exact whatever the size (a removed and an added path with the same blob are a rename). No patches.
   */
  async treeDiff(base: string, head: string): Promise<ChangedFile[]> {
    const [before, after] = await Promise.all([this.tree(base), this.tree(head)])
    const files: ChangedFile[] = []
    const added: TreeEntry[] = []
    for (const [path, entry] of after.blobs) {
      const was = before.blobs.get(path)
      if (!was) added.push(entry)
      else if (was.sha !== entry.sha || was.mode !== entry.mode) files.push({ path, status: 'modified' })
    }
    const removed = new Map<string, string[]>()
    for (const [path, entry] of before.blobs) {
      if (after.blobs.has(path)) continue
      removed.set(entry.sha, [...(removed.get(entry.sha) ?? []), path])
    }
    for (const entry of added) {
      const from = removed.get(entry.sha)?.shift()
      files.push(
        from !== undefined
          ? { path: entry.path, status: 'renamed', previousPath: from }
          : { path: entry.path, status: 'added' }
      )
    }
    for (const paths of removed.values()) for (const path of paths) files.push({ path, status: 'removed' })
    return sortByPath(files)
  }

  /** The first page of `base...head` (its files and merge base), fetched once per pair. */
  private compareFirstPage(base: string, head: string): Promise<CompareData> {
    const key = `${base}...${head}`
    let page = this.comparisons.get(key)
    if (!page) {
      page = this.compare(base, head)
      page.catch(() => this.comparisons.delete(key))
      this.comparisons.set(key, page)
    }
    return page
  }

  private async compare(base: string, head: string): Promise<CompareData> {
    const { owner, repo } = this.options
    try {
      const response = await this.client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        owner,
        repo,
        basehead: `${base}...${head}`,
        per_page: PER_PAGE,
        page: 1
      })
      return response.data as CompareData
    } catch (error) {
      if (statusOf(error) === 404) {
        throw new UnknownRefError(
          `[release-readiness] Cannot compare ${base}...${head} in ${owner}/${repo}: one of them is not a branch, tag or commit there, or they share no history. Check the base-ref input.`,
          { cause: error }
        )
      }
      throw error
    }
  }

  private tree(ref: string): Promise<Tree> {
    let tree = this.trees.get(ref)
    if (!tree) {
      tree = this.fetchTree(ref)
      tree.catch(() => this.trees.delete(ref))
      this.trees.set(ref, tree)
    }
    return tree
  }

  private async fetchTree(ref: string): Promise<Tree> {
    const { owner, repo, log } = this.options
    let data
    try {
      data = await this.getTree(ref, true)
    } catch (error) {
      const status = statusOf(error)
      if (status === 404 || status === 422 || status === 409) {
        throw new UnknownRefError(
          `[release-readiness] ${ref} is not a branch, tag or commit of ${owner}/${repo}. Check the base-ref input, or that the commit was pushed.`,
          { cause: error }
        )
      }
      throw error
    }
    let entries = data.tree as TreeEntry[]
    if (data.truncated) {
      log?.warn(
        `[github] The tree of ${ref} is too large for one API response; reading it one directory at a time (more API calls).`
      )
      entries = await this.walkTree(data.sha)
    }
    const blobs = new Map<string, TreeEntry>()
    for (const entry of entries) {
      if (entry.type === 'blob' && entry.path) blobs.set(entry.path, entry)
    }
    const paths = [...blobs.keys()].sort()
    return { blobs, paths }
  }

  private async getTree(sha: string, recursive: boolean) {
    const { owner, repo } = this.options
    const response = await this.client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner,
      repo,
      tree_sha: sha,
      ...(recursive ? { recursive: '1' } : {})
    })
    return response.data
  }

  /** Every blob under the tree `rootSha`, one non-recursive call per directory, 8 at a time. */
  private async walkTree(rootSha: string): Promise<TreeEntry[]> {
    const blobs: TreeEntry[] = []
    const queue = [{ prefix: '', sha: rootSha }]
    while (queue.length > 0) {
      const batch = queue.splice(0, 8)
      const trees = await Promise.all(
        batch.map(async (dir) => ({ dir, data: await this.getTree(dir.sha, false) }))
      )
      for (const { dir, data } of trees) {
        if (data.truncated) {
          throw new UserError(
            `[release-readiness] GitHub cut short the listing of ${dir.prefix || 'the root directory'} in ${this.options.owner}/${this.options.repo} (truncated), so the change cannot be judged completely. Run the Action after actions/checkout with fetch-depth: 0 to read the repository from git instead.`
          )
        }
        for (const entry of data.tree as TreeEntry[]) {
          const path = `${dir.prefix}${entry.path}`
          if (entry.type === 'tree') queue.push({ prefix: `${path}/`, sha: entry.sha })
          else blobs.push({ ...entry, path })
        }
      }
    }
    return blobs
  }

  private blob(sha: string): Promise<Uint8Array> {
    let blob = this.blobs.get(sha)
    if (!blob) {
      const { owner, repo } = this.options
      blob = this.client
        .request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner, repo, file_sha: sha })
        .then(({ data }) => Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8'))
      blob.catch(() => this.blobs.delete(sha))
      this.blobs.set(sha, blob)
    }
    return blob
  }
}
