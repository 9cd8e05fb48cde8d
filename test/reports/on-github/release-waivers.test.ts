import { describe, expect, it } from '@jest/globals'
import { checks } from '../../../checks/index.js'
import { defaultConfig } from '../../../src/engine/config.js'
import type { GitHubClient } from '../../../src/sources/github/client.js'
import { decidedReleaseWaivers, readReleaseWaivers } from '../../../src/reports/on-github/release-waivers.js'

/** Answers the contents of the waivers file, the collaborator roles, or `status` for the file. */
function client(file: string | { status: number }, roles: Record<string, string> = {}): GitHubClient {
  return {
    stats: { calls: 0, retries: 0, byRoute: {} },
    request: (async (route: string, params: { path?: string; username?: string }) => {
      if (route === 'GET /repos/{owner}/{repo}/contents/{path}') {
        expect(params.path).toBe('.github/release-readiness-waivers.yml')
        if (typeof file !== 'string') throw Object.assign(new Error('boom'), { status: file.status })
        return { data: { type: 'file', encoding: 'base64', content: Buffer.from(file).toString('base64') } }
      }
      if (route === 'GET /repos/{owner}/{repo}/collaborators/{username}/permission') {
        const role = roles[params.username!]
        return { data: { permission: role ?? 'none', role_name: role } }
      }
      throw new Error(`unexpected ${route}`)
    }) as unknown as GitHubClient['request']
  } as GitHubClient
}

const FILE = `waivers:
  - release: v1.6.0
    check: rollback-criteria
    reason: Rollback is a redeploy of v1.5.2; runbook RB-7.
    grantedBy: "@lead"
    grantedAt: "2026-12-04"
  - release: v1.6.0
    check: slo-defined
    reason: please
    grantedBy: dev
    grantedAt: "2026-12-04"
  - release: v1.6.0
    pr: 14
    check: docs-updated
    reason: docs follow
    grantedBy: lead
    grantedAt: "2026-12-04"
  - release: v1.5.0
    check: rollback-criteria
    reason: old
    grantedBy: lead
    grantedAt: "2026-10-01"
`
const input = { owner: 'acme', repo: 'shop', tag: 'v1.6.0', checks }

describe('release waivers', () => {
  it('reads the entries for this release from the default branch, with where they came from', async () => {
    const waivers = await readReleaseWaivers({ ...input, client: client(FILE) })
    expect(waivers.map((w) => [w.check, w.pullRequest, w.grantedBy, w.grantedAt, w.source])).toEqual([
      [
        'rollback-criteria',
        undefined,
        '@lead',
        '2026-12-04',
        '.github/release-readiness-waivers.yml (default branch)'
      ],
      [
        'slo-defined',
        undefined,
        '@dev',
        '2026-12-04',
        '.github/release-readiness-waivers.yml (default branch)'
      ],
      ['docs-updated', 14, '@lead', '2026-12-04', '.github/release-readiness-waivers.yml (default branch)']
    ])
  })

  it('gives a deployment the release-level ones, decided by the one waiver authority', async () => {
    const decided = await decidedReleaseWaivers({
      ...input,
      client: client(FILE, { lead: 'maintain', dev: 'write' }),
      config: defaultConfig(checks)
    })
    expect(decided.waivers.map((w) => [w.check, w.grantedBy])).toEqual([['rollback-criteria', '@lead']])
    expect(decided.rejected).toEqual([
      {
        check: 'slo-defined',
        requestedBy: '@dev',
        reason: 'please',
        rejection:
          '@dev has the write role on this repository; waivers need maintain or admin (or an entry in waivers.allowed).',
        source: '.github/release-readiness-waivers.yml (default branch)'
      }
    ])
  })

  it('has none when the file does not exist', async () => {
    expect(await readReleaseWaivers({ ...input, client: client({ status: 404 }) })).toEqual([])
  })

  it('fails closed when the file cannot be read', async () => {
    await expect(readReleaseWaivers({ ...input, client: client({ status: 500 }) })).rejects.toThrow(
      '.github/release-readiness-waivers.yml could not be read from the default branch (boom)'
    )
  })

  it('refuses an entry without its release or its date, and an unknown rule, naming the entry', async () => {
    const missing =
      'waivers:\n  - { check: docs-updated, reason: r, grantedBy: lead, grantedAt: "2026-12-04" }\n'
    await expect(readReleaseWaivers({ ...input, client: client(missing) })).rejects.toThrow(
      '.github/release-readiness-waivers.yml: waiver 1 needs a non-empty "release"'
    )
    const rule =
      'waivers:\n  - { release: v1.6.0, check: openapi-compatible, ruleId: request-parameter-remove, reason: r, grantedBy: lead, grantedAt: "2026-12-04" }\n'
    await expect(readReleaseWaivers({ ...input, client: client(rule) })).rejects.toThrow(
      'waiver 1: openapi-compatible has no rule "request-parameter-remove". Did you mean `request-parameter-removed`?'
    )
  })
})
