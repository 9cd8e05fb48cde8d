import type { Config } from '../../engine/config.js'
import { UserError } from '../../engine/errors.js'
import { authorizeWaivers } from '../../engine/authorize-waiver.js'
import type { Check, RejectedWaiver, Waiver } from '../../engine/types.js'
import type { ReleaseWaiver } from '../release/build-release-report.js'
import { forRelease, parseWaiversFile } from '../release/parse-waivers-file.js'
import { statusOf, type GitHubClient } from '../../sources/github/client.js'
import { githubWaiverAuthority } from '../../sources/github/waiver-authority.js'

/** Where release and deployment waivers live: a reviewed file on the default branch. */
export const RELEASE_WAIVERS_PATH = '.github/release-readiness-waivers.yml'

export interface ReleaseWaiversInput {
  client: GitHubClient
  owner: string
  repo: string
  /** The release's tag (`v1.6.0`): only entries naming it apply. */
  tag: string
  checks: readonly Check[]
}

/**
 * The release-level waivers granted for `tag`, read from `.github/release-readiness-waivers.yml`
 * on the default branch (one `GET /contents` call; no file: none). Each entry names the release,
 * the check (optionally a rule and an operation, or a pull request), who granted it, when, and
 * why; they are not decided here: pass them as `waivers` to `buildReleaseReport` (or to
 * `evaluate` after `authorizeWaiver`) with the GitHub waiver authority, so the same rules as for
 * comments decide who may grant them. The deployment of a tagged release carries these too.
 * A file that cannot be read or parsed throws a UserError (the gate fails closed).
 */
export async function readReleaseWaivers(input: ReleaseWaiversInput): Promise<ReleaseWaiver[]> {
  const { client, owner, repo } = input
  let text: string
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path: RELEASE_WAIVERS_PATH
    })
    const file = data as { type?: string; content?: string; encoding?: string }
    if (file.type !== 'file' || file.encoding !== 'base64' || file.content === undefined) {
      throw new UserError(`[release-readiness] ${RELEASE_WAIVERS_PATH} on the default branch is not a file.`)
    }
    text = Buffer.from(file.content, 'base64').toString('utf8')
  } catch (error) {
    if (statusOf(error) === 404) return []
    if (error instanceof UserError) throw error
    throw new UserError(
      `[release-readiness] ${RELEASE_WAIVERS_PATH} could not be read from the default branch (${error instanceof Error ? error.message : String(error)}); the release is not judged without it. Re-run the job.`,
      { cause: error }
    )
  }
  const entries = parseWaiversFile(text, RELEASE_WAIVERS_PATH, input.checks, { repositoryFile: true })
  return forRelease(entries, input.tag).map((w) => ({
    ...w,
    source: `${RELEASE_WAIVERS_PATH} (default branch)`
  }))
}

/**
 * The deployment path's one call: the release-level waivers of `tag` (entries without `pr`),
 * decided by the one waiver authority (`waivers.allowed`, else maintain or admin), ready for
 * `evaluate({ waivers, rejectedWaivers })`. Throws a UserError when the file cannot be read.
 */
export async function decidedReleaseWaivers(
  input: ReleaseWaiversInput & { config: Config }
): Promise<{ waivers: Waiver[]; rejected: RejectedWaiver[] }> {
  const entries = (await readReleaseWaivers(input)).filter((w) => w.pullRequest === undefined)
  const authority = githubWaiverAuthority(input.client, { owner: input.owner, repo: input.repo })
  const decided = await authorizeWaivers(entries, { allowed: input.config.waivers.allowed }, authority)
  return { waivers: decided.accepted, rejected: decided.rejected }
}
