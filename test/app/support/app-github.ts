import type { FakeGitHub } from '../../support/fake-github.js'
import type { SeenRequest } from '../../support/openapi-validator.js'

export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  external_id: string | null
  output: { title?: string; summary?: string; annotations: Record<string, unknown>[] }
  actions: { label: string; identifier: string; description: string }[]
  html_url: string
  started_at?: string
  /** When each PATCH that completed it arrived (ms since epoch). */
  completedAt: number[]
}

export interface GateAnswer {
  runId: number
  body: { environment_name: string; state: string; comment: string }
  at: number
}

export interface AppState {
  checkRuns: FakeCheckRun[]
  gateAnswers: GateAnswer[]
  /** Workflow runs whose deployment waits for a protection rule answer (`GET /actions/runs?status=waiting`). */
  waitingRuns: { id: number; head_sha: string }[]
  tokensIssued: number
}

/**
 * Teaches a FakeGitHub the routes the App uses beyond the Action's: installation tokens, check
 * runs, a commit by ref, a release by tag, open pull requests and deployment protection answers.
 * Requests still go through the fake's OpenAPI validation and recording.
 */
export function addAppRoutes(github: FakeGitHub): AppState {
  const state: AppState = { checkRuns: [], gateAnswers: [], waitingRuns: [], tokensIssued: 0 }
  github.commentAuthor = { login: 'release-readiness[bot]', type: 'Bot' }
  let nextId = 5000
  const prefix = `/repos/${github.owner}/${github.repo}`
  const runJson = (run: FakeCheckRun): unknown => ({
    id: run.id,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    external_id: run.external_id,
    html_url: run.html_url,
    started_at: run.started_at ?? null,
    output: {
      title: run.output.title ?? null,
      summary: run.output.summary ?? null,
      annotations_count: run.output.annotations.length
    }
  })
  const apply = (run: FakeCheckRun, body: Record<string, any>): void => {
    if (body.status) run.status = body.status
    if (body.conclusion) {
      run.conclusion = body.conclusion
      run.status = 'completed'
      run.completedAt.push(Date.now())
    } else if (body.status && body.status !== 'completed') run.conclusion = null
    if (body.external_id !== undefined) run.external_id = body.external_id
    if (body.started_at !== undefined) run.started_at = body.started_at
    if (body.actions) run.actions = body.actions
    if (body.output) {
      if (body.conclusion) run.output.annotations = []
      run.output.title = body.output.title
      run.output.summary = body.output.summary
      run.output.annotations.push(...(body.output.annotations ?? []))
    }
  }
  github.routes.push(({ method, path, query, body }: SeenRequest): [number, unknown] | undefined => {
    let m: RegExpExecArray | null
    if ((m = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path)) && method === 'POST') {
      state.tokensIssued++
      return [
        201,
        {
          token: `ghs_fake${m[1]}`,
          expires_at: new Date(Date.now() + 3_600_000).toISOString(),
          permissions: {},
          repository_selection: 'all'
        }
      ]
    }
    if (path === '/app' && method === 'GET') {
      return [
        200,
        { id: 12345, slug: 'release-readiness', name: 'Release readiness', owner: { login: github.owner } }
      ]
    }
    if (path === `/repos/${github.owner}/${github.repo}/installation` && method === 'GET') {
      return [200, { id: 1, account: { login: github.owner }, app_id: 12345, target_type: 'Organization' }]
    }
    if (path === '/app/installations' && method === 'GET') {
      return [200, [{ id: 1, account: { login: github.owner }, app_id: 12345, target_type: 'Organization' }]]
    }
    if (path === '/installation/repositories' && method === 'GET') {
      return [
        200,
        {
          total_count: 1,
          repositories: [
            {
              id: 1,
              name: github.repo,
              full_name: `${github.owner}/${github.repo}`,
              owner: { login: github.owner },
              archived: false
            }
          ]
        }
      ]
    }
    if (!path.startsWith(prefix)) return undefined
    const rest = path.slice(prefix.length)
    if ((m = /^\/commits\/([^/]+)\/check-runs$/.exec(rest)) && method === 'GET') {
      const ref = decodeURIComponent(m[1]!)
      const name = query.get('check_name')
      const runs = state.checkRuns.filter((r) => r.head_sha === ref && (!name || r.name === name)).reverse()
      return [200, { total_count: runs.length, check_runs: runs.map(runJson) }]
    }
    if (rest === '/check-runs' && method === 'POST') {
      const b = body as Record<string, any>
      const id = nextId++
      const run: FakeCheckRun = {
        id,
        name: b.name,
        head_sha: b.head_sha,
        status: 'queued',
        conclusion: null,
        external_id: null,
        output: { annotations: [] },
        actions: [],
        html_url: `https://github.com/${github.owner}/${github.repo}/runs/${id}`,
        completedAt: []
      }
      apply(run, b)
      state.checkRuns.push(run)
      return [201, runJson(run)]
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const run = state.checkRuns.find((r) => r.id === Number(m![1]))
      if (!run) return [404, { message: 'Not Found' }]
      apply(run, body as Record<string, any>)
      return [200, runJson(run)]
    }
    if ((m = /^\/commits\/([^/]+)$/.exec(rest)) && method === 'GET') {
      const commit = github.resolve(m[1]!)
      return commit
        ? [200, { sha: commit.sha, url: '', html_url: '', commit: {}, parents: [] }]
        : [404, { message: 'No commit found' }]
    }
    if ((m = /^\/releases\/tags\/(.+)$/.exec(rest)) && method === 'GET') {
      const release = github.releases.find((r) => r.tag_name === decodeURIComponent(m![1]!))
      return release
        ? [200, { ...release, html_url: '', url: '', author: null, assets: [], target_commitish: 'main' }]
        : [404, { message: 'Not Found' }]
    }
    if (rest === '/pulls' && method === 'GET') {
      const base = query.get('base')
      const pulls = [...github.pulls.values()].filter((p) => !base || p.base.ref === base)
      return [
        200,
        pulls.map((p) => ({
          number: p.number,
          title: p.title,
          body: p.body,
          state: 'open',
          user: { login: p.user.login },
          labels: p.labels.map((name) => ({ name })),
          base: { ref: p.base.ref, sha: p.base.sha },
          head: { ref: p.head.ref, sha: p.head.sha },
          updated_at: p.updated_at ?? new Date().toISOString()
        }))
      ]
    }
    if (rest === '/actions/runs' && method === 'GET') {
      const sha = query.get('head_sha')
      const status = query.get('status')
      const runs = status === 'waiting' || status === null ? state.waitingRuns : []
      const listed = runs.filter((r) => !sha || r.head_sha === sha)
      return [
        200,
        {
          total_count: listed.length,
          workflow_runs: listed.map((r) => ({
            id: r.id,
            head_sha: r.head_sha,
            status: 'waiting',
            conclusion: null
          }))
        }
      ]
    }
    if ((m = /^\/actions\/runs\/(\d+)$/.exec(rest)) && method === 'GET') {
      // A run waits until a protection rule answer for it arrives.
      const id = Number(m[1])
      const answered = state.gateAnswers.some((a) => a.runId === id)
      return [200, { id, head_sha: '', status: answered ? 'in_progress' : 'waiting', conclusion: null }]
    }
    if ((m = /^\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(rest)) && method === 'POST') {
      state.gateAnswers.push({ runId: Number(m[1]), body: body as GateAnswer['body'], at: Date.now() })
      return [204, undefined]
    }
    return undefined
  })
  return state
}
