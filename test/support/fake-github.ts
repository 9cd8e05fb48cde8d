import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, relative, sep } from 'node:path'
import { createOpenApiValidator, type SeenRequest } from './openapi-validator.js'

/** Files of one commit: path → bytes. */
export type Files = Map<string, Buffer>

interface Commit {
  sha: string
  parent?: string
  /** All parents, first parent first (a merge commit has two); absent: `[parent]`. */
  parents?: string[]
  message?: string
  author?: string
  date?: string
  files: Files
}

export interface FakeUser {
  login: string
  type?: 'User' | 'Bot'
}

export interface FakeComment {
  id: number
  body: string
  user: FakeUser
  created_at: string
  updated_at: string
}

export interface FakePull {
  number: number
  title: string
  body: string
  user: FakeUser
  labels: string[]
  base: { ref: string; sha: string }
  head: { ref: string; sha: string; fork?: boolean }
  merged_at?: string | null
  /** The commit the merge put on the base branch (merge, squash, or the last rebased commit). */
  merge_commit_sha?: string
  /** Earlier commits a rebase merge put on the base branch (GitHub associates them with the pull). */
  rebased?: string[]
  state?: 'open' | 'closed'
  updated_at?: string
  /** Heads it had before `head.sha`, oldest first (what `GET /pulls/{n}/commits` lists). */
  earlierHeads?: string[]
}

export interface FakeRelease {
  id: number
  tag_name: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  published_at: string
}

export interface FakeDeployment {
  id: number
  sha: string
  environment: string
  /** Oldest first; GitHub lists them newest first. */
  statuses: { id: number; state: string }[]
}

export interface Failure {
  method?: string
  path: RegExp
  status: number
  /** How many matching requests fail; Infinity for all. */
  times: number
  /**
   * Seconds in a `retry-after` header: the failure is then GitHub's secondary rate limit (403 or
   * 429 with its message), as GitHub answers too many requests or content created too fast.
   */
  retryAfter?: number
}

/** One attempt to deliver an event to the App's webhook, as `GET /app/hook/deliveries` lists it. */
export interface FakeHookDelivery {
  id: number
  guid: string
  delivered_at: string
  redelivery: boolean
  duration: number
  status: string
  status_code: number
  event: string
  action: string | null
  installation_id: number | null
  repository_id: number | null
}

export interface RecordedRequest extends SeenRequest {
  status: number
  violations: string[]
  /** When the answer was sent (ms since epoch). */
  at: number
}

/** Reads a folder into `Files` (paths with forward slashes). */
export function readFolder(root: string): Files {
  const files: Files = new Map()
  if (!existsSync(root)) return files
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) visit(full)
      else files.set(relative(root, full).split(sep).join('/'), readFileSync(full))
    }
  }
  visit(root)
  return files
}

/** GitHub lists at most this many files of a pull request, and of a comparison (first page only). */
export const PULL_FILES_CAP = 3000
export const COMPARE_FILES_CAP = 300

export const gitBlobSha = (bytes: Buffer): string =>
  createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')

/**
 * A local HTTP server on 127.0.0.1 that plays the part of GitHub's REST API for one repository,
 * backed by an in-memory model (commits built from fixture folders, refs, pull requests,
 * comments, releases, permissions). Records every request and checks each against GitHub's
 * OpenAPI description; can be told to fail requests.
 */
export class FakeGitHub {
  readonly owner: string
  readonly repo: string
  readonly commits = new Map<string, Commit>()
  readonly refs = new Map<string, string>()
  readonly pulls = new Map<number, FakePull>()
  readonly comments = new Map<number, FakeComment[]>()
  readonly releases: FakeRelease[] = []
  /** Deployments, oldest first (GitHub lists them newest first). */
  readonly deployments: FakeDeployment[] = []
  /** Bodies written with `PATCH /releases/{id}`. */
  readonly releaseEdits: Array<{ id: number; body: string }> = []
  /** login → role_name on the repository (absent: not a collaborator). */
  readonly roles = new Map<string, string>()
  /** `org/team` → logins. */
  readonly teams = new Map<string, string[]>()
  /**
   * Commit SHA → when it was pushed: the `created_at` of its check suite. A commit not listed was
   * pushed before the fake's clock starts (so before every comment); `null`: it has no suite.
   */
  readonly pushedAt = new Map<string, string | null>()
  /** Issue (pull request) number → its `labeled` events, oldest first: who added which label. */
  readonly labelEvents = new Map<number, Array<{ login: string; label: string }>>()
  readonly requests: RecordedRequest[] = []
  readonly failures: Failure[] = []
  /** When true, creating or editing comments answers 403 (a fork pull request's read-only token). */
  readOnlyToken = false
  /** Who the token comments as: the Action's `github-actions[bot]`, or an App's `<slug>[bot]`. */
  commentAuthor: FakeUser = { login: 'github-actions[bot]', type: 'Bot' }
  /**
   * Extra routes, tried in order before the built-in ones: return `[status, data]` to answer,
   * `undefined` to pass. The App's tests add check runs, contents and deployment gates here.
   */
  readonly routes: ((request: SeenRequest) => [number, unknown] | undefined)[] = []
  /**
   * The App webhook's delivery attempts, oldest first (GitHub lists them newest first, 30 a page
   * by default, 100 at most, with a `cursor` in the `Link` header's `next` URL). A redelivery
   * (`POST /app/hook/deliveries/{id}/attempts`, 202) appends an attempt with `hookRedeliveryStatus`.
   */
  readonly hookDeliveries: FakeHookDelivery[] = []
  /** Ids whose redelivery was asked for, in order. */
  readonly redeliveries: number[] = []
  hookRedeliveryStatus = { status: 'OK', status_code: 200 }
  /** Delay before each answer, to play a remote API's round trip (milliseconds). */
  latencyMs = 0
  /** A recursive tree with more entries than this answers `truncated: true`, as GitHub's does past its limit. */
  maxTreeEntries = 100_000
  /** Tree SHAs handed out, so that trees can be fetched by SHA (one directory at a time). */
  private readonly trees = new Map<string, { commit: Commit; dir: string }>()
  private nextId = 1000
  private clock = Date.parse('2026-11-20T10:00:00Z')
  private server?: Server
  private readonly validate = createOpenApiValidator()

  constructor(fullName = 'acme/shop') {
    const [owner, repo] = fullName.split('/')
    this.owner = owner!
    this.repo = repo!
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined
    if (!address) throw new Error('fake GitHub is not listening')
    return `http://127.0.0.1:${address.port}`
  }

  /** Every OpenAPI violation seen so far. */
  get violations(): string[] {
    return this.requests.flatMap((r) => r.violations)
  }

  /** Adds a commit with `files`; returns its SHA. */
  commit(files: Files, parent?: string): string {
    const hash = createHash('sha1').update(parent ?? 'root')
    for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1)))
      hash.update(`${path}\0${gitBlobSha(bytes)}\n`)
    const sha = hash.digest('hex')
    this.commits.set(sha, { sha, files, ...(parent ? { parent } : {}) })
    return sha
  }

  /** Adds a commit with several parents (a merge), a message, an author and a date; returns its SHA. */
  commitWith(files: Files, options: { parents: string[]; message: string; author?: string }): string {
    const hash = createHash('sha1').update(options.parents.join(',')).update(options.message)
    for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1)))
      hash.update(`${path}\0${gitBlobSha(bytes)}\n`)
    const sha = hash.digest('hex')
    this.commits.set(sha, {
      sha,
      files,
      parents: options.parents,
      ...(options.parents[0] ? { parent: options.parents[0] } : {}),
      message: options.message,
      author: options.author ?? 'someone',
      date: new Date((this.clock += 60_000)).toISOString().replace(/\.\d{3}Z$/, 'Z')
    })
    return sha
  }

  addPull(pull: Omit<FakePull, 'labels'> & { labels?: string[] }): FakePull {
    const full = { labels: [], ...pull }
    this.pulls.set(pull.number, full)
    this.comments.set(pull.number, this.comments.get(pull.number) ?? [])
    return full
  }

  addComment(number: number, user: FakeUser, body: string): FakeComment {
    const at = new Date((this.clock += 60_000)).toISOString()
    const comment = { id: this.nextId++, body, user, created_at: at, updated_at: at }
    const list = this.comments.get(number) ?? []
    list.push(comment)
    this.comments.set(number, list)
    return comment
  }

  addRelease(tag: string, sha: string, options: Partial<FakeRelease> = {}): FakeRelease {
    this.refs.set(`tags/${tag}`, sha)
    const release: FakeRelease = {
      id: this.nextId++,
      tag_name: tag,
      name: tag,
      body: '',
      draft: false,
      prerelease: false,
      published_at: new Date((this.clock += 3_600_000)).toISOString(),
      ...options
    }
    this.releases.push(release)
    return release
  }

  /** A deployment of `sha` to `environment` whose statuses were `states`, in order (the last is its state now). */
  addDeployment(environment: string, sha: string, states: string[] = ['success']): FakeDeployment {
    const deployment: FakeDeployment = {
      id: this.nextId++,
      sha,
      environment,
      statuses: states.map((state) => ({ id: this.nextId++, state }))
    }
    this.deployments.push(deployment)
    return deployment
  }

  fail(failure: Omit<Failure, 'times'> & { times?: number }): void {
    this.failures.push({ times: 1, ...failure })
  }

  resolve(ref: string): Commit | undefined {
    const decoded = decodeURIComponent(ref)
    return (
      this.commits.get(decoded) ??
      this.commits.get(this.refs.get(`heads/${decoded}`) ?? '') ??
      this.commits.get(this.refs.get(`tags/${decoded}`) ?? '') ??
      this.commits.get(this.refs.get(decoded.replace(/^refs\//, '')) ?? '')
    )
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>(
      (resolve, reject) => this.server?.close((e) => (e ? reject(e) : resolve())) ?? resolve()
    )
  }

  /** API calls made so far (for budget assertions). */
  count(filter?: { method?: string; path?: RegExp }): number {
    return this.requests.filter(
      (r) => (!filter?.method || r.method === filter.method) && (!filter?.path || filter.path.test(r.path))
    ).length
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    let body: unknown
    if (raw !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
      }
    }
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      ...(body !== undefined ? { body } : {})
    }
    const violations = this.validate(seen)
    if (!/^(token|Bearer) \S+/i.test(req.headers.authorization ?? ''))
      violations.push(`${seen.method} ${seen.path}: no token sent`)
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs))
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}): void => {
      if (Object.keys(headers).length > 0) this.responseHeaders.set(this.requests.length, headers)
      this.requests.push({ ...seen, status, violations, at: Date.now() })
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(data === undefined ? '' : JSON.stringify(data))
    }
    const failure = this.failures.find(
      (f) => f.times > 0 && (!f.method || f.method === seen.method) && f.path.test(seen.path)
    )
    if (failure) {
      failure.times--
      if (failure.retryAfter !== undefined) {
        return send(
          failure.status,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
          },
          { 'retry-after': String(failure.retryAfter) }
        )
      }
      return send(failure.status, { message: `Injected failure ${failure.status}` })
    }
    try {
      for (const extra of this.routes) {
        const answer = extra(seen)
        if (answer) return send(...answer)
      }
      const hook = this.hookRoute(seen, req.headers.authorization ?? '')
      if (hook) return send(...hook)
      const [status, data] = this.route(seen)
      send(status, data)
    } catch (error) {
      send(500, { message: String(error) })
    }
  }

  /** Headers sent with the answer to `requests[i]`, when any. */
  readonly responseHeaders = new Map<number, Record<string, string>>()

  /** Adds a delivery attempt (`at`: its time; a failure unless `status_code` is 2xx). */
  addHookDelivery(
    delivery: Partial<FakeHookDelivery> & { guid: string; delivered_at: string }
  ): FakeHookDelivery {
    const full: FakeHookDelivery = {
      id: this.nextId++,
      redelivery: false,
      duration: 0.1,
      status: 'OK',
      status_code: 200,
      event: 'pull_request',
      action: 'opened',
      installation_id: 1,
      repository_id: 1,
      ...delivery
    }
    this.hookDeliveries.push(full)
    return full
  }

  /**
   * `GET /app/hook/deliveries` (cursor pages, newest first) and `POST …/{id}/attempts`; like
   * GitHub, only with the App's JWT (`Bearer` and three dot-separated parts), never an
   * installation token.
   */
  private hookRoute(
    { method, path, query }: SeenRequest,
    authorization: string
  ): [number, unknown, Record<string, string>?] | undefined {
    if (path.startsWith('/app/hook/') && !/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/i.test(authorization))
      return [
        401,
        {
          message: 'A JSON web token could not be decoded',
          documentation_url: 'https://docs.github.com/rest'
        }
      ]
    if (path === '/app/hook/deliveries' && method === 'GET') {
      const perPage = Math.min(Number(query.get('per_page') ?? '30'), 100)
      const newestFirst = [...this.hookDeliveries].reverse()
      const cursor = query.get('cursor')
      const start = cursor === null ? 0 : newestFirst.findIndex((d) => `c${d.id}` === cursor)
      if (start < 0) return [422, { message: 'Validation Failed: cursor is invalid' }]
      const page = newestFirst.slice(start, start + perPage)
      const next = newestFirst[start + perPage]
      return [
        200,
        page,
        next
          ? { link: `<${this.url}/app/hook/deliveries?per_page=${perPage}&cursor=c${next.id}>; rel="next"` }
          : {}
      ]
    }
    let m: RegExpExecArray | null
    if ((m = /^\/app\/hook\/deliveries\/(\d+)\/attempts$/.exec(path)) && method === 'POST') {
      const original = this.hookDeliveries.find((d) => d.id === Number(m![1]))
      if (!original) return [404, { message: 'Not Found' }]
      this.redeliveries.push(original.id)
      this.addHookDelivery({
        guid: original.guid,
        event: original.event,
        action: original.action,
        installation_id: original.installation_id,
        repository_id: original.repository_id,
        redelivery: true,
        delivered_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        ...this.hookRedeliveryStatus
      })
      return [202, {}]
    }
    return undefined
  }

  private route(request: SeenRequest): [number, unknown] {
    const { method, path, query, body } = request
    const notFound: [number, unknown] = [
      404,
      { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
    ]
    const prefix = `/repos/${this.owner}/${this.repo}`
    let m: RegExpExecArray | null
    const page = Number(query.get('page') ?? '1')
    const perPage = Number(query.get('per_page') ?? '30')
    const paginate = <T>(items: T[]): T[] => items.slice((page - 1) * perPage, page * perPage)

    if (
      path.startsWith('/orgs/') &&
      (m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(path)) &&
      method === 'GET'
    ) {
      const members = this.teams.get(`${m[1]}/${m[2]}`)
      if (!members?.includes(m[3]!)) return notFound
      return [200, { url: '', role: 'member', state: 'active' }]
    }
    if (!path.startsWith(prefix)) return notFound
    const rest = path.slice(prefix.length)

    if ((m = /^\/git\/trees\/(.+)$/.exec(rest)) && method === 'GET') {
      const tree = this.trees.get(m[1]!) ?? this.rootTree(m[1]!)
      if (!tree) return notFound
      const recursive = query.get('recursive') !== null
      const prefix = tree.dir === '' ? '' : `${tree.dir}/`
      const entries = new Map<
        string,
        { path: string; mode: string; type: string; sha: string; size?: number; url: string }
      >()
      for (const [file, bytes] of tree.commit.files) {
        if (!file.startsWith(prefix)) continue
        const parts = file.slice(prefix.length).split('/')
        for (let i = 1; i < parts.length && (recursive || i === 1); i++) {
          const dir = parts.slice(0, i).join('/')
          entries.set(dir, {
            path: dir,
            mode: '040000',
            type: 'tree',
            sha: this.treeSha(tree.commit, `${prefix}${dir}`),
            url: ''
          })
        }
        if (!recursive && parts.length > 1) continue
        entries.set(parts.join('/'), {
          path: parts.join('/'),
          mode: '100644',
          type: 'blob',
          sha: gitBlobSha(bytes),
          size: bytes.length,
          url: ''
        })
      }
      let list = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
      const truncated = recursive && list.length > this.maxTreeEntries
      if (truncated) list = list.slice(0, this.maxTreeEntries)
      return [200, { sha: this.treeSha(tree.commit, tree.dir), url: '', tree: list, truncated }]
    }
    if ((m = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET') {
      for (const commit of this.commits.values()) {
        for (const bytes of commit.files.values()) {
          if (gitBlobSha(bytes) === m[1]) {
            return [
              200,
              {
                sha: m[1],
                node_id: '',
                url: '',
                size: bytes.length,
                content: bytes.toString('base64'),
                encoding: 'base64'
              }
            ]
          }
        }
      }
      return notFound
    }
    if ((m = /^\/compare\/(.+)\.\.\.(.+)$/.exec(rest)) && method === 'GET') {
      const base = this.resolve(m[1]!)
      const head = this.resolve(m[2]!)
      if (!base || !head) return notFound
      const mergeBase = this.mergeBase(base, head)
      if (!mergeBase) return notFound
      const commits = this.between(base, head).map((c) => this.commitJson(c))
      const behind = this.between(head, base).length
      // As GitHub: `behind` when head is an ancestor of base (a rollback); files from the merge
      // base, at most 300, and on the first page only.
      const firstPage = page === 1
      return [
        200,
        {
          status:
            commits.length === 0
              ? behind === 0
                ? 'identical'
                : 'behind'
              : behind === 0
                ? 'ahead'
                : 'diverged',
          ahead_by: commits.length,
          behind_by: behind,
          total_commits: commits.length,
          merge_base_commit: this.commitJson(mergeBase),
          commits: paginate(commits),
          ...(firstPage ? { files: this.diff(mergeBase, head).slice(0, COMPARE_FILES_CAP) } : {})
        }
      ]
    }
    if (rest === '/deployments' && method === 'GET') {
      const environment = query.get('environment')
      const list = this.deployments
        .filter((d) => environment === null || d.environment === environment)
        .slice()
        .reverse()
      return [
        200,
        paginate(list).map((d) => ({
          id: d.id,
          sha: d.sha,
          ref: d.sha,
          task: 'deploy',
          environment: d.environment,
          url: '',
          created_at: '2026-11-20T10:00:00Z'
        }))
      ]
    }
    if ((m = /^\/deployments\/(\d+)\/statuses$/.exec(rest)) && method === 'GET') {
      const deployment = this.deployments.find((d) => d.id === Number(m![1]))
      if (!deployment) return notFound
      return [
        200,
        paginate(deployment.statuses.slice().reverse()).map((st) => ({ id: st.id, state: st.state, url: '' }))
      ]
    }
    if (rest === '/pulls' && method === 'GET') {
      const state = query.get('state') ?? 'open'
      const list = [...this.pulls.values()]
        .filter((p) => state === 'all' || (p.state ?? (p.merged_at ? 'closed' : 'open')) === state)
        .sort((a, b) => ((a.updated_at ?? '') < (b.updated_at ?? '') ? 1 : -1))
      return [200, paginate(list).map((p) => this.pullJson(p))]
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pull = this.pulls.get(Number(m[1]))
      return pull ? [200, this.pullJson(pull)] : notFound
    }
    if ((m = /^\/pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
      const pull = this.pulls.get(Number(m[1]))
      if (!pull) return notFound
      const head = this.resolve(pull.head.sha)!
      const mergeBase = this.mergeBase(this.resolve(pull.base.sha)!, head)!
      // As GitHub: the diff from the merge base, at most 3,000 files, 100 a page at most.
      const files = this.diff(mergeBase, head).slice(0, PULL_FILES_CAP)
      const size = Math.min(perPage, 100)
      return [200, files.slice((page - 1) * size, page * size)]
    }
    if ((m = /^\/issues\/(\d+)\/events$/.exec(rest)) && method === 'GET') {
      const events = (this.labelEvents.get(Number(m[1])) ?? []).map((e, i) => ({
        id: i + 1,
        event: 'labeled',
        actor: { login: e.login, type: 'User' },
        label: { name: e.label, color: 'ededed' },
        created_at: '2026-11-20T09:30:00Z'
      }))
      return [200, paginate(events)]
    }
    if ((m = /^\/contents\/(.+)$/.exec(rest)) && method === 'GET') {
      // Without `ref`: the default branch (`heads/main`), as GitHub reads it.
      const commit = this.resolve(query.get('ref') ?? 'main')
      const path = decodeURIComponent(m[1]!)
      const bytes = commit?.files.get(path)
      if (!bytes) return notFound
      return [
        200,
        {
          type: 'file',
          encoding: 'base64',
          path,
          name: path.split('/').pop(),
          size: bytes.length,
          content: bytes.toString('base64')
        }
      ]
    }
    if ((m = /^\/pulls\/(\d+)\/commits$/.exec(rest)) && method === 'GET') {
      const pull = this.pulls.get(Number(m[1]))
      if (!pull) return notFound
      const shas = [...(pull.earlierHeads ?? []), pull.head.sha]
      return [200, paginate(shas).map((sha) => ({ sha, commit: { message: '' }, parents: [] }))]
    }
    if ((m = /^\/commits\/([^/]+)\/check-suites$/.exec(rest)) && method === 'GET') {
      const at = this.pushedAt.has(m[1]!) ? this.pushedAt.get(m[1]!) : '2026-11-20T09:00:00Z'
      const suites = at === null ? [] : [{ id: 1, head_sha: m[1], status: 'completed', created_at: at }]
      return [200, { total_count: suites.length, check_suites: suites }]
    }
    if ((m = /^\/commits\/([^/]+)\/pulls$/.exec(rest)) && method === 'GET') {
      return [
        200,
        [...this.pulls.values()]
          .filter(
            (p) =>
              p.head.sha === m![1] ||
              p.merge_commit_sha === m![1] ||
              p.rebased?.includes(m![1]!) ||
              (p.merged_at && !p.merge_commit_sha)
          )
          .map((p) => this.pullJson(p))
      ]
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const number = Number(m[1])
      if (!this.comments.has(number)) return notFound
      if (method === 'GET')
        return [200, paginate(this.comments.get(number)!).map((c) => this.commentJson(c, number))]
      if (method === 'POST') {
        if (this.readOnlyToken) return [403, { message: 'Resource not accessible by integration' }]
        const comment = this.addComment(number, this.commentAuthor, (body as { body: string }).body)
        return [201, this.commentJson(comment, number)]
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      if (this.readOnlyToken) return [403, { message: 'Resource not accessible by integration' }]
      for (const [number, list] of this.comments) {
        const comment = list.find((c) => c.id === Number(m![1]))
        if (comment) {
          comment.body = (body as { body: string }).body
          comment.updated_at = new Date((this.clock += 60_000)).toISOString()
          return [200, this.commentJson(comment, number)]
        }
      }
      return notFound
    }
    if (rest === '/releases' && method === 'GET') {
      const sorted = [...this.releases].sort((a, b) => (a.published_at < b.published_at ? 1 : -1))
      return [
        200,
        paginate(sorted).map((r) => ({
          ...r,
          html_url: '',
          url: '',
          author: null,
          assets: [],
          target_commitish: 'main'
        }))
      ]
    }
    if ((m = /^\/releases\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const release = this.releases.find((r) => r.id === Number(m![1]))
      if (!release) return notFound
      if (this.readOnlyToken) return [403, { message: 'Resource not accessible by integration' }]
      const edit = body as { body?: string }
      if (edit.body !== undefined) {
        release.body = edit.body
        this.releaseEdits.push({ id: release.id, body: edit.body })
      }
      return [200, { ...release, html_url: '', url: '', author: null, assets: [], target_commitish: 'main' }]
    }
    if ((m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest)) && method === 'GET') {
      const role = this.roles.get(m[1]!)
      if (!role) return notFound
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
      return [200, { permission, role_name: role, user: { login: m[1] } }]
    }
    return notFound
  }

  /** The changed files between two commits, as GitHub lists them (renames detected by content). */
  diff(
    base: Commit,
    head: Commit
  ): {
    filename: string
    status: string
    previous_filename?: string
    sha: string
    additions: number
    deletions: number
    changes: number
    patch?: string
  }[] {
    const files = []
    const added: string[] = []
    const removed: string[] = []
    for (const [path, bytes] of head.files) {
      const before = base.files.get(path)
      if (!before) added.push(path)
      else if (!before.equals(bytes))
        files.push({
          filename: path,
          status: 'modified',
          sha: gitBlobSha(bytes),
          additions: 1,
          deletions: 1,
          changes: 2,
          ...wholeFilePatch(before, bytes)
        })
    }
    for (const path of base.files.keys()) if (!head.files.has(path)) removed.push(path)
    for (const path of added) {
      const sha = gitBlobSha(head.files.get(path)!)
      const from = removed.findIndex((r) => gitBlobSha(base.files.get(r)!) === sha)
      if (from !== -1) {
        files.push({
          filename: path,
          status: 'renamed',
          previous_filename: removed[from]!,
          sha,
          additions: 0,
          deletions: 0,
          changes: 0
        })
        removed.splice(from, 1)
      } else
        files.push({
          filename: path,
          status: 'added',
          sha,
          additions: 1,
          deletions: 0,
          changes: 1,
          ...wholeFilePatch(undefined, head.files.get(path)!)
        })
    }
    for (const path of removed)
      files.push({
        filename: path,
        status: 'removed',
        sha: gitBlobSha(base.files.get(path)!),
        additions: 0,
        deletions: 1,
        changes: 1
      })
    return files.sort((a, b) => (a.filename < b.filename ? -1 : 1))
  }

  /** The best common ancestor of two commits (one that no other common ancestor descends from). */
  mergeBase(base: Commit, head: Commit): Commit | undefined {
    const fromBase = this.ancestors(base)
    const common = [...this.ancestors(head)].filter((sha) => fromBase.has(sha))
    const best = common.find((sha) =>
      common.every((other) => other === sha || !this.ancestors(this.commits.get(other)!).has(sha))
    )
    return best ? this.commits.get(best) : undefined
  }

  /** A commit and everything it descends from. */
  ancestors(from: Commit): Set<string> {
    const seen = new Set<string>()
    const stack = [from.sha]
    while (stack.length > 0) {
      const sha = stack.pop()!
      if (seen.has(sha)) continue
      seen.add(sha)
      const c = this.commits.get(sha)
      for (const p of c?.parents ?? (c?.parent ? [c.parent] : [])) stack.push(p)
    }
    return seen
  }

  /** Commits reachable from `head` and not from `base`, oldest first (creation order). */
  between(base: Commit, head: Commit): Commit[] {
    const reach = (from: Commit): Set<string> => {
      const seen = new Set<string>()
      const stack = [from.sha]
      while (stack.length > 0) {
        const sha = stack.pop()!
        if (seen.has(sha)) continue
        seen.add(sha)
        const c = this.commits.get(sha)
        for (const p of c?.parents ?? (c?.parent ? [c.parent] : [])) stack.push(p)
      }
      return seen
    }
    const fromBase = reach(base)
    const fromHead = reach(head)
    return [...this.commits.values()].filter((c) => fromHead.has(c.sha) && !fromBase.has(c.sha))
  }

  private commitJson(c: Commit): unknown {
    const parents = c.parents ?? (c.parent ? [c.parent] : [])
    const date = c.date ?? '2026-11-20T10:00:00Z'
    const who = { name: c.author ?? 'someone', email: 'someone@example.com', date }
    return {
      sha: c.sha,
      node_id: '',
      url: '',
      html_url: `https://github.com/${this.owner}/${this.repo}/commit/${c.sha}`,
      comments_url: '',
      commit: {
        url: '',
        author: who,
        committer: who,
        message: c.message ?? 'A commit',
        comment_count: 0,
        tree: { sha: c.sha, url: '' }
      },
      author: null,
      committer: null,
      parents: parents.map((sha) => ({ sha, url: '' }))
    }
  }

  private rootTree(ref: string): { commit: Commit; dir: string } | undefined {
    const commit = this.resolve(ref)
    return commit ? { commit, dir: '' } : undefined
  }

  private treeSha(commit: Commit, dir: string): string {
    const sha = createHash('sha1').update(`${commit.sha}:${dir}`).digest('hex')
    this.trees.set(sha, { commit, dir })
    return sha
  }

  private pullJson(pull: FakePull): unknown {
    const repo = { full_name: `${this.owner}/${this.repo}`, name: this.repo, owner: { login: this.owner } }
    return {
      number: pull.number,
      title: pull.title,
      body: pull.body,
      state: pull.state ?? (pull.merged_at ? 'closed' : 'open'),
      user: { login: pull.user.login, type: pull.user.type ?? 'User' },
      labels: pull.labels.map((name) => ({ name })),
      base: { ref: pull.base.ref, sha: pull.base.sha, repo },
      head: {
        ref: pull.head.ref,
        sha: pull.head.sha,
        label: `${pull.head.fork ? 'fork' : this.owner}:${pull.head.ref}`,
        repo: pull.head.fork ? { ...repo, full_name: `fork/${this.repo}` } : repo
      },
      merged_at: pull.merged_at ?? null,
      merge_commit_sha: pull.merge_commit_sha ?? null,
      updated_at: pull.updated_at ?? pull.merged_at ?? '2026-11-20T10:00:00Z',
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pull.number}`
    }
  }

  private commentJson(comment: FakeComment, number: number): unknown {
    return {
      id: comment.id,
      body: comment.body,
      user: { login: comment.user.login, type: comment.user.type ?? 'User' },
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${number}#issuecomment-${comment.id}`
    }
  }
}

/**
 * A unified diff that replaces the whole file (one hunk), as GitHub's `patch` field would list it
 * for a text file (GitHub's own hunks are smaller, but read the same way). None for binary files.
 */
function wholeFilePatch(before: Buffer | undefined, after: Buffer): { patch?: string } {
  if (after.includes(0) || before?.includes(0)) return {}
  const lines = (bytes: Buffer | undefined): string[] =>
    bytes === undefined || bytes.length === 0 ? [] : bytes.toString('utf8').replace(/\n$/, '').split('\n')
  const old = lines(before)
  const now = lines(after)
  const header = `@@ -${old.length === 0 ? 0 : 1},${old.length} +${now.length === 0 ? 0 : 1},${now.length} @@`
  return { patch: [header, ...old.map((l) => `-${l}`), ...now.map((l) => `+${l}`)].join('\n') }
}
