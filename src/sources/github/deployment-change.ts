import type { Config } from '../../engine/config.js'
import type { Change } from '../../engine/types.js'
import { shortSha } from '../../engine/short-sha.js'
import type { GitHubClient } from './client.js'
import { MAX_DEPLOYMENTS_READ, readEnvironmentHistory } from './deployments.js'
import { NO_BASE } from './empty-base.js'
import { ancestry, releaseOfCommit } from './release-of-commit.js'
import { addPullRequestText, releaseOrDeploymentChange } from './release-change.js'
import { listReleases, type ReleaseLike } from './releases.js'

export interface DeploymentRequest {
  /** The commit being deployed. */
  head: string
  /** The environment; without one (a push or a manual run) only releases give the base. */
  environment?: string
  /** The deployment being judged: never its own base. */
  deploymentId?: number
  /** Where the configuration is read when there is no base at all. */
  defaultBranch?: string
  /** The configuration at `ref`: read here only for a rollback, to know whether rollbacks are judged. */
  readConfig(ref: string): Promise<Config>
}

export type DeploymentResolution =
  /** Judge `change`: a deployment range, or (a tagged release) the release itself. */
  | { kind: 'judge'; change: Omit<Change, 'files'>; configRef: string }
  /** A rollback that the configuration approves without running the checks. */
  | { kind: 'rollback'; change: Omit<Change, 'files'>; configRef: string; config: Config }

interface Repo {
  owner: string
  repo: string
}

/**
 * What a deployment of `head` is judged on (DESIGN.md, "What each event judges"):
 * 1. a rollback (`head` is an ancestor of what runs in the environment) is approved by default,
 *    with the reason; with `deployments.rollbacks: judge` it is judged as in 2 or 4;
 * 2. the commit of a published release is judged as that release (previous release → tag, with the
 *    release's waivers), so it carries the release's verdict, whatever ran before;
 * 3. otherwise from what runs in the environment (its latest successful deployment); a re-deployment
 *    of what runs there from what ran before it, so it gets the same verdict again;
 * 4. else from the latest release before `head` (never its own tag), else from nothing (every file added).
 * Calls: the environment's deployments and statuses, one comparison with what runs there, the
 * release listing and one comparison per release looked at, and the pull request behind `head`.
 */
export async function deploymentChange(
  client: GitHubClient,
  repo: Repo,
  request: DeploymentRequest
): Promise<DeploymentResolution> {
  const { head, environment } = request
  const short = shortSha(head)
  const history = environment
    ? await readEnvironmentHistory(client, repo, {
        environment,
        head,
        ...(request.deploymentId !== undefined ? { exclude: request.deploymentId } : {})
      })
    : {}
  const { before, incomplete } = history
  let running = history.running
  let rollback = false
  let lost: string | undefined
  if (running && running.sha !== head) {
    const status = await ancestry(client, repo, running.sha, head)
    if (status === 'missing') {
      // A commit that is gone (a force-push) cannot be compared with: fall back, and say so.
      lost = `${environment} runs ${shortSha(running.sha)} (deployment ${running.id}), which GitHub cannot compare with ${short} (it is no longer in the repository)`
      running = undefined
    }
    rollback = status === 'behind'
  }
  const releases = await listReleases(client, repo)
  const { tagged, before: releaseBefore } = await releaseOfCommit(client, repo, releases, head)
  const where = environment ?? 'the environment'

  const base = (text: string): Omit<Change, 'files'> => ({
    event: 'deployment',
    base: NO_BASE,
    head,
    labels: [],
    ...(environment ? { environment } : {}),
    basis: text
  })
  const asRelease = async (release: ReleaseLike, prefix = ''): Promise<DeploymentResolution> => {
    const resolved = await releaseOrDeploymentChange(client, repo, {
      kind: 'release',
      head,
      tag: release.tag_name,
      release,
      releases,
      ...(request.defaultBranch ? { defaultBranch: request.defaultBranch } : {})
    })
    const from =
      resolved.change.base === NO_BASE
        ? 'the first release, every file added'
        : `${resolved.change.base}...${release.tag_name}`
    resolved.change.basis = `${prefix}${short} is the commit of release ${release.tag_name}: this deployment is judged as that release (${from}, with the release's waivers), so it carries the release's verdict.`
    if (environment) resolved.change.environment = environment
    return { kind: 'judge', ...resolved }
  }
  const range = async (from: string, text: string): Promise<DeploymentResolution> => {
    const change = { ...base(text), base: from }
    await addPullRequestText(client, repo, change)
    const configRef = from === NO_BASE ? (request.defaultBranch ?? head) : from
    return { kind: 'judge', change, configRef }
  }
  const fromRelease = (prefix: string): Promise<DeploymentResolution> =>
    releaseBefore
      ? range(
          releaseBefore.tag_name,
          `${prefix}: compared with ${releaseBefore.tag_name}, the latest release before ${short}.`
        )
      : range(NO_BASE, `${prefix}, and no release comes before ${short}: every file counts as added.`)

  if (running && rollback) {
    const running7 = shortSha(running.sha)
    const config = await request.readConfig(running.sha)
    if (config.deployments.rollbacks === 'approve') {
      const change = {
        ...base(
          `Rollback: ${where} runs ${running7} (deployment ${running.id}) and ${short} is an ancestor of it, so this deployment goes back to code that already ran there. Rollbacks are approved without running the checks (deployments.rollbacks: approve), so that the gate never blocks a rollback during an incident; set deployments.rollbacks: judge to judge them like any deployment.`
        ),
        base: running.sha
      }
      return { kind: 'rollback', change, configRef: running.sha, config }
    }
    const prefix = `Rollback of ${where} from ${running7} to its ancestor ${short}, judged like any deployment (deployments.rollbacks: judge)`
    return tagged ? asRelease(tagged, `${prefix}. `) : fromRelease(prefix)
  }
  if (tagged) return asRelease(tagged)
  if (running && running.sha !== head) {
    return range(
      running.sha,
      `${where} runs ${shortSha(running.sha)} (deployment ${running.id}, its latest successful one): this deployment is judged on what it adds to that.`
    )
  }
  if (running && before) {
    return range(
      before.sha,
      `${short} already runs in ${where} (deployment ${running.id}): this re-deployment is judged as its first deployment was, against what ran there before it (deployment ${before.id} of ${shortSha(before.sha)}).`
    )
  }
  const limit = `within its ${MAX_DEPLOYMENTS_READ} most recent deployments (older ones were not read)`
  if (running) {
    return fromRelease(
      `${short} already runs in ${where} and no other commit ran there before it${incomplete ? ` ${limit}` : ''}`
    )
  }
  if (lost) return fromRelease(lost)
  if (incomplete) return fromRelease(`Nothing deployed successfully to ${where} ${limit}`)
  return fromRelease(
    environment
      ? `Nothing has deployed successfully to ${environment} yet`
      : 'No environment is named (a push or a manual run), so there is no deployment history to compare with'
  )
}
