import { describe, expect, it } from '@jest/globals'
import type { WaiverAuthority } from '../../../src/engine/authorize-waiver.js'
import type { Check } from '../../../src/engine/types.js'
import type { IssueComment } from '../../../src/sources/github/issue-comments.js'
import { STICKY_MARKER } from '../../../src/sources/github/sticky-comment.js'
import { collectWaivers } from '../../../src/sources/github/waivers.js'

const roles: Record<string, string> = { lead: 'maintain', dev: 'write' }
const authority: WaiverAuthority = {
  repositoryRole: async (login) => roles[login] ?? null,
  isTeamMember: async () => false,
  teamAccessHint: 'the token needs Members: read.',
  roleAccessHint: 'no token'
}

let id = 0
const comment = (login: string, body: string, type = 'User'): IssueComment => ({
  id: ++id,
  body,
  user: { login, type },
  created_at: `2026-11-2${id % 10}T10:00:00Z`,
  html_url: `https://github.com/acme/shop/pull/7#issuecomment-${id}`
})

const check = (id: string, ruleIds?: string[]): Check => ({
  meta: {
    id,
    title: id,
    description: id,
    docs: `docs/checks/${id}.md`,
    defaultLevel: 'error',
    defaultConfig: {},
    schema: { properties: {} },
    ...(ruleIds ? { ruleIds } : {})
  },
  run: async () => ({ status: 'pass', summary: 'fine' })
})
const checks = [
  check('docs-updated'),
  check('openapi-compatible', ['api-removed-without-deprecation', 'request-parameter-removed'])
]
const options = { prAuthor: 'author', allowed: [], checks }

describe('collectWaivers', () => {
  it('applies a maintainer waiver with who, when, why and where', async () => {
    const c = comment('lead', '/release-readiness waive docs-updated docs in #12')
    expect(await collectWaivers([c], options, authority)).toEqual({
      waivers: [
        {
          check: 'docs-updated',
          reason: 'docs in #12',
          grantedBy: 'lead',
          grantedAt: c.created_at,
          source: c.html_url
        }
      ],
      rejected: []
    })
  })

  it('rejects, with why: a writer, the author, an unknown check and an unreadable command', async () => {
    const { waivers, rejected } = await collectWaivers(
      [
        comment('dev', '/release-readiness waive docs-updated trust me'),
        comment('author', '/release-readiness waive docs-updated mine'),
        comment('lead', '/release-readiness waive doc-updated typo'),
        comment('lead', '/release-readiness waive openapi-compatible "FETCH /pets" why')
      ],
      options,
      authority
    )
    expect(waivers).toEqual([])
    expect(rejected.map((r) => [r.check, r.requestedBy, r.rejection.split(':')[0]])).toEqual([
      [
        'docs-updated',
        'dev',
        '@dev has the write role on this repository; waivers need maintain or admin (or an entry in waivers.allowed).'
      ],
      [
        'docs-updated',
        'author',
        '@author wrote this change, and an author cannot waive checks on their own pull request.'
      ],
      [
        'doc-updated',
        'lead',
        'There is no check "doc-updated". Did you mean `docs-updated`? The check ids are docs-updated, openapi-compatible.'
      ],
      ['openapi-compatible', 'lead', 'The command could not be read']
    ])
  })

  it('rejects a rule id the check does not have, naming the nearest one, and a rule on a check without rules', async () => {
    const { waivers, rejected } = await collectWaivers(
      [
        comment(
          'lead',
          '/release-readiness waive openapi-compatible request-parameter-remove "GET /pets" typo'
        ),
        comment('lead', '/release-readiness waive docs-updated some-rule "GET /pets" nope')
      ],
      options,
      authority
    )
    expect(waivers).toEqual([])
    expect(rejected.map((r) => r.rejection)).toEqual([
      'openapi-compatible has no rule "request-parameter-remove". Did you mean `request-parameter-removed`? The rule ids are listed in docs/checks/openapi-compatible.md.',
      'docs-updated has no rules to waive one by one; waive the whole check (`/release-readiness waive docs-updated <reason>`).'
    ])
  })

  it('carries the head and the expiry a command names', async () => {
    const c = comment('lead', '/release-readiness waive docs-updated at abcdef1 until v1.6.0 docs in #12')
    expect((await collectWaivers([c], options, authority)).waivers).toEqual([
      {
        check: 'docs-updated',
        reason: 'docs in #12',
        grantedBy: 'lead',
        grantedAt: c.created_at,
        source: c.html_url,
        head: 'abcdef1',
        until: 'v1.6.0'
      }
    ])
  })

  it('keeps whole-check and per-change waivers apart, the later one winning for the same target', async () => {
    const { waivers } = await collectWaivers(
      [
        comment(
          'lead',
          '/release-readiness waive openapi-compatible api-removed-without-deprecation "DELETE /pets/{id}" first'
        ),
        comment(
          'lead',
          '/release-readiness waive openapi-compatible api-removed-without-deprecation "DELETE /pets/{id}" second'
        ),
        comment('lead', '/release-readiness waive openapi-compatible whole check')
      ],
      options,
      authority
    )
    expect(waivers.map((w) => [w.reason, w.target])).toEqual([
      ['second', { ruleId: 'api-removed-without-deprecation', operation: 'DELETE /pets/{id}' }],
      ['whole check', undefined]
    ])
  })

  it('asks GitHub once per commenter however many commands they post', async () => {
    let asked = 0
    const counting: WaiverAuthority = {
      ...authority,
      repositoryRole: async (login) => (asked++, roles[login] ?? null)
    }
    await collectWaivers(
      [
        comment(
          'lead',
          '/release-readiness waive docs-updated a\n/release-readiness waive openapi-compatible b'
        ),
        comment('x', 'LGTM')
      ],
      options,
      counting
    )
    expect(asked).toBe(1)
  })

  it('refuses a waiver in an edited comment, since someone else may have edited it', async () => {
    const edited = {
      ...comment('lead', '/release-readiness waive docs-updated sneaked in'),
      updated_at: '2026-11-29T00:00:00Z'
    }
    const { waivers, rejected } = await collectWaivers([edited], options, authority)
    expect(waivers).toEqual([])
    expect(rejected[0]?.rejection).toBe(
      'The comment was edited after it was posted; post the waiver as a new comment.'
    )
  })

  it('never reads commands from its own sticky comment', async () => {
    const own = comment(
      'github-actions[bot]',
      `${STICKY_MARKER}\n/release-readiness waive docs-updated echoed`,
      'Bot'
    )
    expect(await collectWaivers([own], { ...options, allowed: ['@github-actions[bot]'] }, authority)).toEqual(
      { waivers: [], rejected: [] }
    )
  })
})
