import type { Check, Logger, Report, RepoSource } from '../engine/types.js'
import type { GitHubClient } from '../github/client.js'
import { listIssueComments, type IssueComment, type PullRef } from '../github/issue-comments.js'
import { githubWaiverAuthority } from '../github/waiver-authority.js'
import { collectWaivers } from '../github/waivers.js'
import { GitHubApiSource } from '../sources/github-api.js'
import { loadConfig, type Config } from '../engine/config.js'
import { evaluate } from '../engine/evaluate.js'
import { withEmptyBase } from './first-release.js'
import type { ActionInputs, RunnerContext } from './inputs.js'
import { pickSource, type OpenLocal, type SourceKind } from './pick-source.js'
import { NOTHING, resolveEvent, type ResolvedEvent } from './resolve-event.js'

export interface ActionDeps {
  context: RunnerContext
  payload: Record<string, unknown>
  inputs: ActionInputs
  client: GitHubClient
  checks: Check[]
  log: Logger
  openLocal?: OpenLocal
}

export interface Evaluation {
  report: Report
  config: Config
  sourceKind: SourceKind
  /** Set on pull requests. */
  pull?: PullRef
  /** The pull request's comments (read once; the sticky comment reuses them). */
  comments: IssueComment[]
}

/** Inputs and event → the report, with no Actions I/O: main.ts publishes it. */
export async function evaluateAction(deps: ActionDeps): Promise<Evaluation | { skip: string }> {
  const { context, payload, inputs, client, log } = deps
  const resolved = await resolveEvent(context, payload, inputs, client)
  if ('skip' in resolved) return resolved
  const { change, pull, configRef, apiOnly } = resolved
  log.info(
    `[release-readiness] Evaluating ${change.event} ${change.base === NOTHING ? '(first release)' : change.base}...${change.head}`
  )

  const picked = await pickSource({
    ...(context.workspace ? { workspace: context.workspace } : {}),
    refs: [change.base, change.head, configRef].filter((ref) => ref !== NOTHING),
    apiOnly,
    ...(deps.openLocal ? { openLocal: deps.openLocal } : {}),
    api: () =>
      new GitHubApiSource(client, {
        owner: context.owner,
        repo: context.repo,
        // The pull request's own file list is its base...head diff, unless base-ref moved the base.
        ...(pull && !inputs.baseRef ? { pullNumber: pull.number } : {}),
        log
      }),
    log
  })
  try {
    return await evaluateWith(deps, resolved, picked.source, picked.kind)
  } finally {
    picked.close()
  }
}

async function evaluateWith(
  deps: ActionDeps,
  { change, pull, configRef }: ResolvedEvent,
  picked: RepoSource,
  sourceKind: SourceKind
): Promise<Evaluation> {
  const { inputs, client, checks, log } = deps
  const source = withEmptyBase(picked)

  // Independent reads go out together: on github.com each call is a round trip of 100 ms or more.
  const [config, files, comments] = await Promise.all([
    loadConfig(source, configRef, checks, inputs.configPath),
    source.changedFiles(change.base, change.head),
    pull ? listIssueComments(client, pull) : Promise.resolve([] as IssueComment[])
  ])
  if (inputs.mode) config.mode = inputs.mode

  const waiverSet = pull
    ? await collectWaivers(
        comments,
        {
          ...(change.author ? { prAuthor: change.author } : {}),
          allowed: config.waivers.allowed,
          checkIds: checks.map((c) => c.meta.id)
        },
        githubWaiverAuthority(client, { owner: pull.owner, repo: pull.repo })
      )
    : { waivers: [], rejected: [] }

  const report = await evaluate({
    checks,
    config,
    source,
    change: { ...change, files },
    log,
    waivers: waiverSet.waivers,
    rejectedWaivers: waiverSet.rejected
  })
  return { report, config, sourceKind, ...(pull ? { pull } : {}), comments }
}
