import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { compareFiles } from '../../support/openapi.js'

const BASE = fileURLToPath(
  new URL('../../../node_modules/octokit-openapi-22/generated/api.github.com.json', import.meta.url)
)
const HEAD = fileURLToPath(
  new URL('../../../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url)
)

/** The operations oasdiff 1.15.0 reports as api-path-removed-without-deprecation for this pair (scripts/compare-oasdiff.mjs compares all of them). */
const REMOVED = [
  'DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}',
  'DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}',
  'DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}',
  'DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}',
  'GET /organizations/{org}/dependabot/repository-access',
  'GET /organizations/{org}/org-properties/values',
  'GET /orgs/{org}/copilot/metrics',
  'GET /orgs/{org}/team/{team_slug}/copilot/metrics',
  'GET /orgs/{org}/teams/{team_slug}/discussions',
  'GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}',
  'GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments',
  'GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}',
  'GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions',
  'GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions',
  'PATCH /organizations/{org}/dependabot/repository-access',
  'PATCH /organizations/{org}/org-properties/values',
  'PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}',
  'PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}',
  'POST /orgs/{org}/teams/{team_slug}/discussions',
  'POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments',
  'POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions',
  'POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions',
  'PUT /organizations/{org}/dependabot/repository-access/default-level'
]

describe("GitHub's REST description, @octokit/openapi 22.0.0 to 23.0.2", () => {
  it('reports exactly the removed paths oasdiff reports, each with a line in the head document', async () => {
    const result = await compareFiles(BASE, HEAD)
    const removed = result.changes.filter((c) => c.id === 'api-path-removed-without-deprecation')
    expect(removed.map((c) => c.operation).sort()).toEqual(REMOVED)
    expect(result.breaking).toBe(true)
    expect(result.changes.filter((c) => typeof c.line !== 'number')).toEqual([])
  })
})
