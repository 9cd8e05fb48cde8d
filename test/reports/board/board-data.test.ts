import { describe, expect, it } from '@jest/globals'
import { buildBoardData } from '../../../src/reports/board/board-data.js'
import { renderBoard } from '../../../src/reports/board/render-board.js'
import { recordProblems } from '../../../src/reports/record/parse-record.js'
import { boardRecords } from '../../support/board-records.js'

describe('buildBoardData', () => {
  // 2 repositories × 5 releases (v1.4.0 NO-GO, v1.1.0 waived) with a production deployment each,
  // and 12 pull request records: 3 pull requests per repository, each judged twice.
  const records = boardRecords({ repos: 2, releases: 5, pullRecords: 12 })
  const data = buildBoardData(records, new Date('2026-12-01T00:00:00Z'))

  it('starts from valid records', () => {
    expect(records.filter((r) => recordProblems(r).length > 0)).toEqual([])
    expect(records).toHaveLength(2 * 5 * 2 + 12)
  })

  it('lists each repository, check, person and service once', () => {
    expect(data.repos).toEqual([
      ['acme/svc-00', 'https://github.com/acme/svc-00'],
      ['acme/svc-01', 'https://github.com/acme/svc-01']
    ])
    expect([...data.checks].sort()).toEqual([
      'docs-updated',
      'feature-flag-plan',
      'openapi-compatible',
      'rollback-criteria',
      'slo-defined'
    ])
    expect(data.services).toEqual(['svc-0', 'svc-1'])
  })

  it('keeps one row per release with its outcome, blocking checks and waivers', () => {
    const rows = data.releases
      .filter((row) => row.r === 0)
      .map((row) => [row.v, row.o, row.b.map((c) => data.checks[c]), row.w])
    expect(rows).toEqual([
      ['v1.0.0', 0, [], 0],
      ['v1.1.0', 1, [], 1],
      ['v1.2.0', 0, [], 0],
      ['v1.3.0', 0, [], 0],
      ['v1.4.0', 2, ['docs-updated'], 0]
    ])
  })

  it('keeps the latest verdict of each open pull request, with its time from first NO-GO to GO', () => {
    const rows = data.pulls
      .filter((row) => row.r === 1)
      .map((row) => ({
        n: row.n,
        o: row.o,
        e: row.e,
        ng: row.ng,
        ttg: row.ttg,
        people: row.p.map((p) => data.people[p])
      }))
    expect(rows).toEqual([
      { n: 1, o: 0, e: 2, ng: 0, ttg: null, people: ['dev-1', '@acme/platform'] },
      { n: 2, o: 0, e: 2, ng: 0, ttg: null, people: ['dev-2', '@acme/platform'] },
      // #3 was NO-GO (rollback and flag plans missing), then GO 3.5 hours later.
      { n: 3, o: 0, e: 2, ng: 1, ttg: 3 * 3600 + 1800, people: ['dev-3', '@acme/platform'] }
    ])
    const three = data.pulls.find((row) => row.r === 1 && row.n === 3)!
    expect(
      Object.entries(three.cb)
        .map(([c, n]) => [data.checks[Number(c)], n])
        .sort()
    ).toEqual([
      ['feature-flag-plan', 1],
      ['rollback-criteria', 1]
    ])
  })

  it('lists every deployment with its decision, and a waiver ledger line per granted waiver', () => {
    expect(data.deployments.filter((d) => d.x === 1).map((d) => [data.repos[d.r]![0], d.env, d.v])).toEqual([
      ['acme/svc-00', 'production', 'v1.4.0'],
      ['acme/svc-01', 'production', 'v1.4.0']
    ])
    expect(
      data.waivers.map((w) => [
        data.repos[w.r]![0],
        w.subj,
        w.link,
        data.checks[w.c],
        data.people[w.by],
        w.matched
      ])
    ).toEqual([
      ['acme/svc-00', '#2', '/pull/2', 'slo-defined', 'release-manager', 1],
      ['acme/svc-01', '#2', '/pull/2', 'slo-defined', 'release-manager', 1]
    ])
  })

  it('links to a repository only at a web address, never at a javascript: URL from a record file', () => {
    const [first, second] = boardRecords({ repos: 2, releases: 1, pullRecords: 0 })
    const hostile = buildBoardData([
      { ...first!, repository: { fullName: 'acme/svc-00', url: 'javascript:alert(document.cookie)//' } },
      { ...second!, repository: { fullName: 'acme/svc-01', url: 'https://ghe.example.com/acme/svc-01' } }
    ])
    expect(hostile.repos).toEqual([
      ['acme/svc-00', ''],
      ['acme/svc-01', 'https://ghe.example.com/acme/svc-01']
    ])
  })

  it('counts an evaluation that could not run (outcome error) as NO-GO', () => {
    const [release] = boardRecords({ repos: 1, releases: 1, pullRecords: 0 })
    const errored = buildBoardData([
      { ...release!, outcome: 'error', error: 'GitHub answered 502', checks: [] }
    ])
    expect(errored.releases.map((r) => r.o)).toEqual([2])
  })

  it('drops a pull request once a record says it was merged or closed', () => {
    const merged = records.map((r) =>
      r.event === 'pull_request' && r.subject.number === 2 && r.recordedAt > '2026-01-03T01:00:00Z'
        ? { ...r, subject: { ...r.subject, state: 'merged' as const } }
        : r
    )
    expect(buildBoardData(merged).pulls.map((p) => `${p.r}#${p.n}`)).toEqual(['0#1', '1#1', '0#3', '1#3'])
  })
})

describe('renderBoard', () => {
  const data = buildBoardData(
    boardRecords({ repos: 1, releases: 2, pullRecords: 2 }),
    new Date('2026-12-01T00:00:00Z')
  )

  it('is one page with no external assets, its data embedded so that no tag can end early', () => {
    const html = renderBoard({
      ...data,
      pulls: [{ ...data.pulls[0]!, title: '</script><img src=x onerror=alert(1)>' }]
    })
    expect(html).not.toMatch(/<(link|img)\b|\bsrc=["']?https?:|@import|url\(/)
    expect(html).toContain('\\u003c/script>\\u003cimg src=x onerror=alert(1)>')
    expect(html.match(/<\/script>/g)).toHaveLength(2)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`)
  })

  it('has one h1, a heading per section, and a label on every filter', () => {
    const html = renderBoard(data)
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect([...html.matchAll(/<h2 id="h-([a-z]+)">([^<]+)<\/h2>/g)].map((m) => m[2])).toEqual([
      'Repositories × releases',
      'Trends',
      'Releases',
      'Open pull requests',
      'Deployments',
      'Waiver ledger'
    ])
    expect([...html.matchAll(/<label>(\w+)<(select|input)/g)].map((m) => m[1])).toEqual([
      'Repository',
      'Owner',
      'Team',
      'Service',
      'From',
      'To'
    ])
  })

  it('shows who is signed in, with a sign-out form that carries its CSRF token', () => {
    const html = renderBoard(data, {
      user: { login: 'octo<cat>', signOutPath: '/board/sign-out', csrfToken: 'tok"en' }
    })
    expect(html).toContain(
      '<form class="user" method="post" action="/board/sign-out">Signed in as <strong>octo&lt;cat&gt;</strong> <input type="hidden" name="csrf" value="tok&quot;en">'
    )
  })
})
