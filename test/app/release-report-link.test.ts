import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { PENDING_REPORT_LINE } from '../../src/app/report-link.js'
import { example, shopOnFakeGitHub } from '../support/action-scenario.js'
import type { FakeGitHub, RecordedRequest } from '../support/fake-github.js'
import { addAppRoutes, type AppState } from './support/app-github.js'
import { appHarness, atRepository } from './support/harness.js'

let github: FakeGitHub | undefined
beforeAll(() => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1')
})
afterEach(async () => {
  const violations = github?.violations ?? []
  await github?.stop()
  expect(violations).toEqual([])
  github = undefined
})

const RUN_ID = 30433642
const HEADING = '## ❌ Release readiness: NO-GO — release v1.1.0'
const MARKER = '<!-- release-readiness:html-report -->'
const linkLine = (url: string): string =>
  `📄 **HTML report**: [release-readiness-v1.1.0](${url}), the Action's release page (a workflow artifact: a zip to download). ${MARKER}`

interface FakeArtifact {
  id: number
  name: string
  runId: number
  sha: string
  createdAt: string
  expired?: boolean
}

/** The workflow artifacts of the fake repository: both listings GitHub offers, over one array. */
function addArtifactRoutes(github: FakeGitHub): FakeArtifact[] {
  const artifacts: FakeArtifact[] = []
  const prefix = `/repos/${github.owner}/${github.repo}/actions`
  const json = (a: FakeArtifact): unknown => ({
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Qx${a.id}`,
    name: a.name,
    size_in_bytes: 48_213,
    url: `https://api.github.com${prefix}/artifacts/${a.id}`,
    archive_download_url: `https://api.github.com${prefix}/artifacts/${a.id}/zip`,
    expired: a.expired ?? false,
    created_at: a.createdAt,
    expires_at: '2027-02-23T10:00:00Z',
    updated_at: a.createdAt,
    digest: null,
    workflow_run: {
      id: a.runId,
      repository_id: 1,
      head_repository_id: 1,
      head_branch: 'v1.1.0',
      head_sha: a.sha
    }
  })
  github.routes.push(({ method, path, query }) => {
    if (method !== 'GET') return undefined
    let m: RegExpExecArray | null
    let list: FakeArtifact[] | undefined
    if (path === `${prefix}/artifacts`)
      list = artifacts.filter((a) => a.name === (query.get('name') ?? a.name))
    else if ((m = /^\/runs\/(\d+)\/artifacts$/.exec(path.slice(prefix.length))) && path.startsWith(prefix))
      list = artifacts.filter((a) => a.runId === Number(m![1]))
    return list ? [200, { total_count: list.length, artifacts: list.map(json) }] : undefined
  })
  return artifacts
}

async function releasedShop(serverUrl = 'https://github.com'): Promise<{
  github: FakeGitHub
  state: AppState
  artifacts: FakeArtifact[]
  sha: string
  payload: Record<string, any>
}> {
  const scenario = await shopOnFakeGitHub()
  github = scenario.github
  const state = addAppRoutes(github)
  const artifacts = addArtifactRoutes(github)
  github.addRelease('v1.0.0', scenario.base)
  const release = github.addRelease('v1.1.0', scenario.undocumented)
  const payload = atRepository(example('release', 'published'), github)
  payload.repository.html_url = `${serverUrl}/acme/shop`
  Object.assign(payload.release, {
    tag_name: 'v1.1.0',
    name: 'v1.1.0',
    body: release.body,
    draft: false,
    prerelease: false,
    published_at: release.published_at
  })
  return { github, state, artifacts, sha: scenario.undocumented, payload }
}

/** The real `workflow_run.completed` example, as the Action's run on the release of `sha`. */
function workflowRunEvent(
  github: FakeGitHub,
  sha: string,
  options: { event?: string; serverUrl?: string } = {}
): Record<string, any> {
  const payload = atRepository(example('workflow_run', 'completed'), github)
  payload.repository.html_url = `${options.serverUrl ?? 'https://github.com'}/acme/shop`
  Object.assign(payload.workflow_run, {
    id: RUN_ID,
    event: options.event ?? 'release',
    status: 'completed',
    // The Action fails its job on a NO-GO, after uploading the page.
    conclusion: 'failure',
    head_branch: 'v1.1.0',
    head_sha: sha
  })
  return payload
}

const show = (r: RecordedRequest): string => `${r.method} ${r.path}${r.query.size > 0 ? `?${r.query}` : ''}`
/** The check run and Actions requests, in order (the evaluation's reads are asserted elsewhere). */
const gateRequests = (github: FakeGitHub): string[] =>
  github.requests.filter((r) => /\/(check-runs|actions)\b/.test(r.path)).map(show)

describe('a release’s check run', () => {
  it('links the Action’s HTML report when its workflow has already finished', async () => {
    const { github, state, artifacts, sha, payload } = await releasedShop()
    artifacts.push(
      { id: 700, name: 'release-readiness-v1.1.0', runId: 30400000, sha, createdAt: '2026-11-20T11:00:00Z' },
      { id: 777, name: 'release-readiness-v1.1.0', runId: RUN_ID, sha, createdAt: '2026-11-20T12:00:00Z' },
      {
        id: 790,
        name: 'release-readiness-v1.1.0',
        runId: 30499999,
        sha,
        createdAt: '2026-11-20T13:00:00Z',
        expired: true
      },
      {
        id: 795,
        name: 'release-readiness-v1.1.0',
        runId: 30499998,
        sha: 'f'.repeat(40),
        createdAt: '2026-11-20T14:00:00Z'
      }
    )
    const app = await appHarness(github)

    await app.receive('release', payload)

    const run = state.checkRuns[0]!
    expect([run.conclusion, run.output.title]).toEqual(['failure', 'NO-GO (3 blocking)'])
    expect(run.output.summary!.split('\n').slice(0, 4)).toEqual([
      HEADING,
      '',
      linkLine(`https://github.com/acme/shop/actions/runs/${RUN_ID}/artifacts/777`),
      ''
    ])
    expect(gateRequests(github)).toEqual([
      `GET /repos/acme/shop/commits/${sha}/check-runs?check_name=Release+readiness+%28release%3A+v1.1.0%29&filter=latest&per_page=10`,
      'POST /repos/acme/shop/check-runs',
      'GET /repos/acme/shop/actions/artifacts?name=release-readiness-v1.1.0&per_page=100',
      `PATCH /repos/acme/shop/check-runs/${run.id}`
    ])
  })

  it('says the report will be linked when the workflow has not finished', async () => {
    const { github, state, sha, payload } = await releasedShop()
    const app = await appHarness(github)

    await app.receive('release', payload)

    const run = state.checkRuns[0]!
    expect([run.conclusion, run.output.title]).toEqual(['failure', 'NO-GO (3 blocking)'])
    expect(run.output.summary!.split('\n').slice(0, 4)).toEqual([HEADING, '', PENDING_REPORT_LINE, ''])
    expect(PENDING_REPORT_LINE).toBe(
      `📄 **HTML report**: the Action's HTML report (if this repository runs the Action on releases) will be linked here when its workflow finishes. ${MARKER}`
    )
    expect(gateRequests(github)).toEqual([
      `GET /repos/acme/shop/commits/${sha}/check-runs?check_name=Release+readiness+%28release%3A+v1.1.0%29&filter=latest&per_page=10`,
      'POST /repos/acme/shop/check-runs',
      'GET /repos/acme/shop/actions/artifacts?name=release-readiness-v1.1.0&per_page=100',
      `PATCH /repos/acme/shop/check-runs/${run.id}`
    ])
  })

  it('keeps its verdict when the artifact lookup fails, and warns', async () => {
    const { github, state, payload } = await releasedShop()
    github.fail({ method: 'GET', path: /\/actions\/artifacts$/, status: 403 })
    const app = await appHarness(github)

    await app.receive('release', payload)

    const run = state.checkRuns[0]!
    expect([run.status, run.conclusion, run.output.title]).toEqual([
      'completed',
      'failure',
      'NO-GO (3 blocking)'
    ])
    expect(run.output.summary!.split('\n').slice(0, 3)).toEqual([HEADING, '', PENDING_REPORT_LINE])
    expect(app.logs.filter((l) => l.includes('Could not look for the Action'))).toEqual([
      "[release-readiness] Could not look for the Action's HTML report of v1.1.0 (Injected failure 403); the check run says it will be linked when the workflow finishes."
    ])
  })
})

describe('workflow_run.completed', () => {
  it('links the report from the release’s check run, exactly once across a redelivery', async () => {
    const ghes = 'https://ghe.acme.example'
    const { github, state, artifacts, sha, payload } = await releasedShop(ghes)
    const app = await appHarness(github)
    await app.receive('release', payload)
    const run = state.checkRuns[0]!
    const pending = run.output.summary!
    expect(pending.split('\n')[2]).toBe(PENDING_REPORT_LINE)
    artifacts.push(
      { id: 812, name: 'coverage', runId: RUN_ID, sha, createdAt: '2026-11-20T12:00:00Z' },
      { id: 813, name: 'release-readiness-v1.1.0', runId: RUN_ID, sha, createdAt: '2026-11-20T12:00:01Z' }
    )
    const from = github.requests.length
    const delivery = workflowRunEvent(github, sha, { serverUrl: ghes })

    await app.receive('workflow_run', delivery)
    await app.receive('workflow_run', delivery)

    const link = linkLine(`${ghes}/acme/shop/actions/runs/${RUN_ID}/artifacts/813`)
    const checkRuns = `GET /repos/acme/shop/commits/${sha}/check-runs?filter=latest&per_page=100`
    expect(github.requests.slice(from).map(show)).toEqual([
      `GET /repos/acme/shop/actions/runs/${RUN_ID}/artifacts?per_page=100`,
      checkRuns,
      `PATCH /repos/acme/shop/check-runs/${run.id}`,
      `GET /repos/acme/shop/actions/runs/${RUN_ID}/artifacts?per_page=100`,
      checkRuns
    ])
    const patch = github.requests.find((r) => r.method === 'PATCH' && github!.requests.indexOf(r) >= from)!
    expect(patch.body).toEqual({ output: { title: 'NO-GO (3 blocking)', summary: run.output.summary } })
    const summary = run.output.summary!
    expect(summary.split('\n').slice(0, 4)).toEqual([HEADING, '', link, ''])
    expect(summary.split('\n').filter((l) => l.endsWith(MARKER))).toEqual([link])
    expect(summary.replace(link, PENDING_REPORT_LINE)).toBe(pending)
    expect([run.status, run.conclusion, run.output.title, run.completedAt.length]).toEqual([
      'completed',
      'failure',
      'NO-GO (3 blocking)',
      1
    ])
    expect(app.logs).toContain(
      `[release-readiness] Workflow run ${RUN_ID}: check run ${run.id} already links release-readiness-v1.1.0.`
    )
  })

  it('makes no call beyond the artifact listing for a run without the report artifact', async () => {
    const { github, state, artifacts, sha } = await releasedShop()
    artifacts.push({ id: 812, name: 'coverage', runId: RUN_ID, sha, createdAt: '2026-11-20T12:00:00Z' })
    const app = await appHarness(github)

    await app.receive('workflow_run', workflowRunEvent(github, sha))

    expect(github.requests.map(show)).toEqual([
      `GET /repos/acme/shop/actions/runs/${RUN_ID}/artifacts?per_page=100`
    ])
    expect(state.checkRuns).toEqual([])
    expect(app.logs).toContain(
      `[release-readiness] Workflow run ${RUN_ID}: no release-readiness-<tag> artifact; nothing to link.`
    )
  })

  it('makes no call at all for a run of another event', async () => {
    const { github, sha } = await releasedShop()
    const app = await appHarness(github)

    await app.receive('workflow_run', workflowRunEvent(github, sha, { event: 'push' }))

    expect(github.requests).toEqual([])
    expect(app.logs).toContain(`Workflow run ${RUN_ID} ran on "push", not a release; no report to link.`)
  })
})
