import { createRequire } from 'node:module'
import { join } from 'node:path'
import { FakeGitHub, readFolder, type FakePull } from './fake-github.js'
import { fixturesDir } from './fixture-source.js'

const require = createRequire(import.meta.url)
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[]

/** A real webhook payload from `@octokit/webhooks-examples` (deep-copied). */
export function example(event: string, action?: string): Record<string, any> {
  const found = examples
    .find((e) => e.name === event)
    ?.examples.find((x) => action === undefined || x.action === action)
  if (!found) throw new Error(`no ${event}.${action} example`)
  return structuredClone(found)
}

const shop = (folder: string): ReturnType<typeof readFolder> =>
  readFolder(join(fixturesDir, 'repos', 'action-shop', folder))

export const AUTHOR = { login: 'pr-author' }

/**
 * A pull request body (or release notes) with a complete flag plan and rollback plan, so that
 * only what a test changes on purpose (the changelog) decides the verdict.
 */
export const PLAN = `Adds a species filter to the pet list.

## Feature flag plan
- Flag: \`species-filter\`
- Default: off
- Rollout: internal → 5% → 25% → 100% over 7 days
- Kill switch: turn \`species-filter\` off in flagd
- Owner: @pets-team

## Rollback plan
- Criteria: roll back if the pet list 5xx rate is above 2% for 10 minutes, or p95 latency is above 800 ms for 15 minutes
- Steps: turn \`species-filter\` off; if that is not enough, redeploy the previous release
- Owner: @pets-oncall
`

/**
 * The fixture repository `acme/shop` on a fake GitHub: `main` at the base commit (tagged v1.0.0),
 * and two heads: one that changes code and the changelog, one that changes code only.
 */
export async function shopOnFakeGitHub(): Promise<{
  github: FakeGitHub
  base: string
  documented: string
  undocumented: string
}> {
  const github = new FakeGitHub('acme/shop')
  const base = github.commit(shop('base'))
  const documented = github.commit(shop('head-documented'), base)
  const undocumented = github.commit(shop('head-undocumented'), base)
  github.refs.set('heads/main', base)
  github.roles.set('maintainer', 'maintain')
  github.roles.set('writer', 'write')
  github.roles.set(AUTHOR.login, 'maintain')
  await github.start()
  return { github, base, documented, undocumented }
}

/** A merged pull request that brought `head` in: what a deployment of `head` reads its plans from. */
export function mergedPull(github: FakeGitHub, head: string, base: string): FakePull {
  return openPull(github, head, base, { number: 5, merged_at: '2026-11-24T10:00:00Z' })
}

/** The real `pull_request.opened` example payload, pointed at a pull request of the fake repository. */
export function pullRequestPayload(
  github: FakeGitHub,
  pull: FakePull,
  action = 'opened'
): Record<string, any> {
  const payload = example('pull_request', action)
  const pr = payload.pull_request
  Object.assign(pr, {
    number: pull.number,
    title: pull.title,
    body: pull.body,
    user: { ...pr.user, login: pull.user.login },
    labels: pull.labels.map((name) => ({
      id: 1,
      node_id: 'x',
      url: '',
      name,
      color: 'ededed',
      default: false,
      description: null
    }))
  })
  pr.base.sha = pull.base.sha
  pr.base.ref = pull.base.ref
  pr.head.sha = pull.head.sha
  pr.head.ref = pull.head.ref
  pr.base.repo.full_name = `${github.owner}/${github.repo}`
  if (pull.head.fork) pr.head.repo = { ...pr.head.repo, full_name: `fork/${github.repo}`, fork: true }
  payload.number = pull.number
  payload.repository.full_name = `${github.owner}/${github.repo}`
  payload.repository.default_branch = 'main'
  return payload
}

export function openPull(
  github: FakeGitHub,
  head: string,
  base: string,
  extra: Partial<FakePull> = {}
): FakePull {
  return github.addPull({
    number: 7,
    title: 'Filter pets by species',
    body: PLAN,
    user: AUTHOR,
    base: { ref: 'main', sha: base },
    head: { ref: 'species', sha: head },
    ...extra
  })
}

/** A configuration that maps the shop's paths to services: what records name for the board's filters. */
export const SERVICES_CONFIG = [
  'checks:',
  '  slo-defined:',
  '    services:',
  '      pets: ["src/**"]',
  '      changelog: ["CHANGELOG.md"]',
  '      billing: ["billing/**"]',
  ''
].join('\n')

/**
 * `acme/shop` with `SERVICES_CONFIG` on every commit, released as v1.0.0 (base) and v1.1.0
 * (documented: `src/pets.ts` and `CHANGELOG.md` changed), with pull request #5 merged in between.
 */
export async function releasedShopWithServices(): Promise<{
  github: FakeGitHub
  base: string
  documented: string
}> {
  const github = new FakeGitHub('acme/shop')
  const withConfig = (folder: string): ReturnType<typeof readFolder> => {
    const files = shop(folder)
    files.set('.github/release-readiness.yml', Buffer.from(SERVICES_CONFIG))
    return files
  }
  const base = github.commit(withConfig('base'))
  const documented = github.commit(withConfig('head-documented'), base)
  github.refs.set('heads/main', documented)
  github.roles.set('maintainer', 'maintain')
  github.roles.set(AUTHOR.login, 'maintain')
  await github.start()
  github.addRelease('v1.0.0', base)
  github.addRelease('v1.1.0', documented, { body: PLAN })
  Object.assign(mergedPull(github, documented, base), {
    body: 'Adds a species filter.',
    merge_commit_sha: documented
  })
  return { github, base, documented }
}
