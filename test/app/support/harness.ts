import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Probot, ProbotOctokit } from 'probot'
import { pino } from 'pino'
import appFn from '../../../src/app/index.js'
import { defaultDeps, type AppDeps } from '../../../src/app/deps.js'
import { WorkQueue } from '../../../src/app/work-queue.js'
import { example } from '../../support/action-scenario.js'
import type { FakeGitHub, FakePull } from '../../support/fake-github.js'
import { fixturesDir } from '../../support/fixture-source.js'

export interface Harness {
  probot: Probot
  deps: AppDeps
  logs: string[]
  /** Delivers one event and waits until the work it queued is done. */
  receive(name: string, payload: Record<string, any>): Promise<void>
  /** Delivers every event at once (as a burst of webhooks arrives), then waits for the queue. */
  receiveAll(name: string, payloads: Record<string, any>[]): Promise<void>
}

/** Probot in-process (token auth, no retry or throttle plugins) against the fake GitHub. */
export async function appHarness(github: FakeGitHub, overrides: Partial<AppDeps> = {}): Promise<Harness> {
  const logs: string[] = []
  const log = pino(
    { level: 'debug' },
    { write: (line: string) => void logs.push(String(JSON.parse(line).msg ?? '')) }
  )
  const deps = defaultDeps({
    queue: new WorkQueue({ concurrency: 2 }),
    retry: { retries: 1, delayMs: 0 },
    writeIntervalMs: 0,
    ...overrides
  })
  const probot = new Probot({
    githubToken: 'test-token',
    baseUrl: github.url,
    log,
    Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } })
  })
  await probot.load((app, options) => appFn(app, options, deps))
  return {
    probot,
    deps,
    logs,
    async receive(name, payload) {
      await probot.receive({ id: randomUUID(), name, payload } as Parameters<Probot['receive']>[0])
      await deps.queue.idle()
    },
    async receiveAll(name, payloads) {
      await Promise.all(
        payloads.map((payload) =>
          probot.receive({ id: randomUUID(), name, payload } as Parameters<Probot['receive']>[0])
        )
      )
      await deps.queue.idle()
    }
  }
}

/** Points a real example payload's repository (and installation) at the fake repository. */
export function atRepository<T extends Record<string, any>>(payload: T, github: FakeGitHub): T {
  payload.repository.name = github.repo
  payload.repository.full_name = `${github.owner}/${github.repo}`
  payload.repository.owner.login = github.owner
  payload.repository.html_url = `https://github.com/${github.owner}/${github.repo}`
  payload.repository.default_branch = 'main'
  return payload
}

/** The real `pull_request` example for `action`, describing `pull`. */
export function pullRequestEvent(github: FakeGitHub, pull: FakePull, action = 'opened'): Record<string, any> {
  const payload = atRepository(example('pull_request', action), github)
  const pr = payload.pull_request
  Object.assign(pr, {
    number: pull.number,
    state: 'open',
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
  Object.assign(pr.base, { sha: pull.base.sha, ref: pull.base.ref })
  Object.assign(pr.head, { sha: pull.head.sha, ref: pull.head.ref })
  payload.number = pull.number
  return payload
}

/**
 * The real `issue_comment.created` example: `login` commented `body` on pull request `number`
 * (opened by the fake pull request's author), as a `COLLABORATOR` unless `association` says otherwise.
 */
export function commentEvent(
  github: FakeGitHub,
  number: number,
  login: string,
  body: string,
  association = 'COLLABORATOR'
): Record<string, any> {
  const payload = atRepository(example('issue_comment', 'created'), github)
  payload.issue.number = number
  payload.issue.state = 'open'
  payload.issue.pull_request = { url: '', html_url: '', diff_url: '', patch_url: '' }
  payload.issue.user = { ...payload.issue.user, login: github.pulls.get(number)?.user.login ?? 'someone' }
  payload.comment.body = body
  payload.comment.user = { ...payload.comment.user, login, type: 'User' }
  payload.comment.author_association = association
  return payload
}

/** The deployment_protection_rule.requested fixture (built from @octokit/openapi-webhooks' schema). */
export function deploymentProtectionEvent(
  github: FakeGitHub,
  sha: string,
  runId = 4242,
  environment = 'production'
): Record<string, any> {
  const payload = JSON.parse(
    readFileSync(join(fixturesDir, 'events', 'deployment_protection_rule.requested.json'), 'utf8')
  )
  atRepository(payload, github)
  payload.environment = environment
  payload.deployment.sha = sha
  payload.deployment.environment = environment
  payload.deployment_callback_url = `${github.url}/repos/${github.owner}/${github.repo}/actions/runs/${runId}/deployment_protection_rule`
  return payload
}
