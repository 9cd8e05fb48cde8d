import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { GitRepo } from '../../support/git-repo.js'
import { releaseHistory } from '../../support/release-history.js'
import { cliPath } from '../../support/run-cli.js'

/** Runs the bundled CLI without blocking the event loop, so the fake GitHub in this process can answer. */
function runCliAsync(
  args: string[],
  env: Record<string, string>
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { PATH: process.env.PATH!, HOME: process.env.HOME!, ...env }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('release-readiness report with a GitHub token', () => {
  let repo: GitRepo
  let server: Server
  let apiUrl: string
  const requests: Array<{ url: string; authorization?: string }> = []

  beforeAll(async () => {
    repo = releaseHistory(true)
    server = createServer((req, res) => {
      requests.push({ url: req.url!, authorization: req.headers.authorization })
      const json = (data: unknown): void =>
        void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data))
      const comments = /^\/repos\/acme\/shop\/issues\/(\d+)\/comments\?/.exec(req.url!)
      if (comments) {
        const waive = (login: string, n: number) => ({
          id: n,
          body: `/release-readiness waive docs-updated Docs follow in the next release.`,
          user: { login },
          created_at: '2026-11-24T10:00:00Z',
          updated_at: '2026-11-24T10:00:00Z',
          html_url: `https://github.com/acme/shop/pull/${n}#issuecomment-${n}`
        })
        const n = Number(comments[1])
        return json(n === 2 ? [waive('release-boss', 2)] : n === 3 ? [waive('author-3', 3)] : [])
      }
      if (req.url === '/repos/acme/shop/collaborators/release-boss/permission') {
        return json({ permission: 'write', role_name: 'maintain', user: { login: 'release-boss' } })
      }
      const m = /^\/repos\/acme\/shop\/pulls\/(\d+)$/.exec(req.url!)
      if (!m || m[1] === '4') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}')
        return
      }
      const n = Number(m[1])
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          number: n,
          title: `Real title ${n}`,
          body: `## Rollback plan\n- Owner: @owner-${n}\n`,
          user: { login: `author-${n}` },
          labels: [{ name: 'release' }]
        })
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    repo.remove()
    await new Promise((resolve) => server.close(resolve))
  })

  it('reads each pull request from the API and its plan owners from the real body', async () => {
    const run = await runCliAsync(
      [
        'report',
        '--repo',
        repo.dir,
        '--base',
        'v1.0.0',
        '--head',
        'v1.1.0',
        '--format',
        'json',
        '--github-repo',
        'acme/shop'
      ],
      { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: apiUrl }
    )
    expect(run.stderr).toMatch(/warning: Pull request #4 was not found in acme\/shop/)
    const json = JSON.parse(run.stdout)
    expect(json.pullRequests.map((p: any) => [p.number, p.title, p.bodySource, p.author, p.owners])).toEqual([
      [1, 'Real title 1', 'pull-request', 'author-1', ['@owner-1']],
      [2, 'Real title 2', 'pull-request', 'author-2', ['@owner-2']],
      [3, 'Real title 3', 'pull-request', 'author-3', ['@owner-3']],
      [4, 'Document d', 'commit-message', 'Test', ['@d-oncall']]
    ])
    expect(json.notes[0]).toMatch(/^1 of 4 pull request bodies were not read from GitHub \(not found there\)/)
    expect(json.pullRequests[0].url).toBe('https://github.com/acme/shop/pull/1')
    // Waiver comments, authorized as on the pull request: a maintainer may, an author may not.
    const docsUpdated = (p: any) => p.checks.find((c: any) => c.id === 'docs-updated')
    expect(
      json.pullRequests.map((p: any) => [docsUpdated(p).status, docsUpdated(p).waiver?.grantedBy ?? null])
    ).toEqual([
      ['pass', null],
      ['fail', 'release-boss'],
      ['fail', null],
      ['pass', null]
    ])
    expect(json.waivers.applied).toEqual([
      expect.objectContaining({ check: 'docs-updated', grantedBy: 'release-boss', pullRequest: 2 })
    ])
    expect(json.waivers.rejected).toEqual([
      expect.objectContaining({
        check: 'docs-updated',
        requestedBy: 'author-3',
        pullRequest: 3,
        rejection: expect.stringMatching(/wrote this change/)
      })
    ])
    expect(requests.map((r) => r.url.replace(/\?.*/, '')).sort()).toEqual(
      [
        ...[1, 2, 3, 4].map((n) => `/repos/acme/shop/pulls/${n}`),
        ...[1, 2, 3].map((n) => `/repos/acme/shop/issues/${n}/comments`),
        '/repos/acme/shop/collaborators/release-boss/permission'
      ].sort()
    )
    expect(requests.every((r) => r.authorization?.endsWith('test-token'))).toBe(true)
  })

  it('asks for a token when --github-repo is given without one', async () => {
    const run = await runCliAsync(
      ['report', '--repo', repo.dir, '--base', 'v1.0.0', '--head', 'v1.1.0', '--github-repo', 'acme/shop'],
      {}
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--github-repo needs a token to read pull requests: set GITHUB_TOKEN/)
  })
})
