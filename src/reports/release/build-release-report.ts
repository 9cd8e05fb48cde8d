import { authorizeWaivers, type WaiverAuthority } from '../../engine/authorize-waiver.js'
import type { Config } from '../../engine/config.js'
import { localWaiverAuthority } from '../../engine/local-waiver-authority.js'
import { evaluate } from '../../engine/evaluate.js'
import { resolveChange } from '../../engine/resolve-change.js'
import type { Check, Logger, RejectedWaiver, RepoSource, Report, Waiver } from '../../engine/types.js'
import { mapLimit } from '../../engine/map-limit.js'
import { planOwners } from './owners.js'
import type {
  BlockingItem,
  MergedPullRequest,
  PullRequestFinder,
  PullRequestInfoProvider,
  PullRequestReadiness,
  ReleaseReport
} from './types.js'

/** A waiver granted for the release range (no `pullRequest`) or for one pull request in it. */
export type ReleaseWaiver = Waiver & { pullRequest?: number }
export type ReleaseRejectedWaiver = RejectedWaiver & { pullRequest?: number }

export interface BuildReleaseReportInput {
  source: RepoSource
  finder: PullRequestFinder
  checks: readonly Check[]
  /** The configuration at the range's base (the previous release): one gate for the whole release. */
  config: Config
  /** Commit SHAs of the range's ends (previous release, this release). */
  base: string
  head: string
  /** The refs as the user named them, for titles; default the SHAs. */
  baseRef?: string
  headRef?: string
  /** Release version, e.g. `v1.3.0`; the CHANGELOG entry is looked up for it. */
  version?: string
  /** Release notes: the body the text checks read on the range. */
  notes?: string
  log: Logger
  /** With a token: real PR bodies, labels and waiver comments. Without: the commit messages. */
  info?: PullRequestInfoProvider
  /**
   * Waivers asked for outside pull request comments (a waivers file): each is decided here by
   * `authorizeWaiver` with `waivers.allowed` and `authority`; a pull request's author never
   * waives it. Waivers from the info provider were decided where they were read.
   */
  waivers?: ReleaseWaiver[]
  rejectedWaivers?: ReleaseRejectedWaiver[]
  /** Who may waive: GitHub with a token, else the local authority (`localWaiverAuthority`). */
  authority?: WaiverAuthority
  repositoryUrl?: string
  /** Pull requests evaluated at once; the source's git processes are shared. Default 4. */
  concurrency?: number
}

/**
 * The go/no-go report for a whole release: finds the pull requests merged in `base..head`,
 * re-evaluates each with the engine, evaluates the range itself once as a `release` event, and
 * folds everything into one verdict with the blocking items first. No I/O of its own beyond the
 * source, the finder and the info provider it is given.
 */
export async function buildReleaseReport(input: BuildReleaseReportInput): Promise<ReleaseReport> {
  const started = performance.now()
  const { source, checks, config, log } = input
  const authority = input.authority ?? localWaiverAuthority()
  const decide = (list: ReleaseWaiver[], prAuthor: string | undefined) =>
    authorizeWaivers(
      list.map(({ pullRequest: _, ...w }) => w),
      { ...(prAuthor ? { prAuthor } : {}), allowed: config.waivers.allowed },
      authority
    )
  const waivers = input.waivers ?? []
  const rejected = input.rejectedWaivers ?? []
  const found = await input.finder.find(input.base, input.head)
  log.info(
    `Found ${found.pullRequests.length} pull request(s) and ${found.directCommits.length} direct commit(s) in ${input.base.slice(0, 7)}..${input.head.slice(0, 7)}`
  )

  // The range as a whole is judged once, from where the previous release and this one meet.
  const rangeChange = await resolveChange(source, {
    event: 'release',
    base: input.base,
    head: input.head,
    labels: [],
    title: input.version ? `Release ${input.version}` : `Release ${input.headRef ?? input.head}`,
    ...(input.notes !== undefined ? { body: input.notes } : {}),
    ...(input.version ? { version: input.version } : {})
  })
  const rangeDecided = await decide(
    waivers.filter((w) => w.pullRequest === undefined),
    undefined
  )
  const range = evaluate({
    checks,
    config,
    source,
    change: rangeChange,
    log,
    waivers: rangeDecided.accepted,
    rejectedWaivers: [...rejected.filter((w) => w.pullRequest === undefined), ...rangeDecided.rejected]
  })

  const pullRequests = await mapLimit(found.pullRequests, input.concurrency ?? 4, async (found) => {
    const extra = input.info ? await input.info.describe(found) : undefined
    const pr: MergedPullRequest = {
      ...found,
      ...(extra?.title ? { title: extra.title } : {}),
      ...(extra?.body !== undefined ? { body: extra.body, bodySource: 'pull-request' as const } : {}),
      ...(extra?.author ? { author: extra.author } : {}),
      ...(extra?.labels ? { labels: extra.labels } : {})
    }
    const decided = await decide(
      waivers.filter((w) => w.pullRequest === pr.number),
      pr.author
    )
    const prWaivers = [...decided.accepted, ...(extra?.waivers ?? [])]
    const prRejected = [
      ...rejected.filter((w) => w.pullRequest === pr.number),
      ...decided.rejected,
      ...(extra?.rejectedWaivers ?? [])
    ]
    const report = await evaluatePullRequest(input, pr, prWaivers, prRejected)
    const owners = planOwners(pr.body)
    return { pullRequest: pr, owners: owners.length > 0 ? owners : pr.author ? [pr.author] : [], report }
  })
  const rangeReport = await range

  const releaseOwners = planOwners(input.notes)
  const blocking: BlockingItem[] = [
    ...blockingItems(rangeReport, 'release', releaseOwners),
    ...pullRequests.flatMap((p) => blockingItems(p.report, 'pull-request', p.owners, p.pullRequest))
  ]
  const reports = [rangeReport, ...pullRequests.map((p) => p.report)]
  const verdict = blocking.length > 0 ? 'no-go' : 'go'
  const waived = reports.some((r) => r.outcome === 'go-with-waivers')
  return {
    verdict,
    outcome: verdict === 'no-go' ? 'no-go' : waived ? 'go-with-waivers' : 'go',
    mode: config.mode,
    ...(input.version ? { version: input.version } : {}),
    base: input.base,
    head: input.head,
    baseRef: input.baseRef ?? input.base,
    headRef: input.headRef ?? input.head,
    blocking,
    range: rangeReport,
    pullRequests,
    directCommits: found.directCommits,
    waivers: [
      ...usedWaivers(rangeReport),
      ...pullRequests.flatMap((p) =>
        usedWaivers(p.report).map((w) => ({ ...w, pullRequest: p.pullRequest.number }))
      )
    ],
    rejectedWaivers: [
      ...rangeReport.waivers.rejected,
      ...pullRequests.flatMap((p) =>
        p.report.waivers.rejected.map((w) => ({ ...w, pullRequest: p.pullRequest.number }))
      )
    ],
    notes: readerNotes(input, pullRequests, found.directCommits.length),
    ...(input.repositoryUrl ? { repositoryUrl: input.repositoryUrl } : {}),
    durationMs: Math.round(performance.now() - started)
  }
}

async function evaluatePullRequest(
  input: BuildReleaseReportInput,
  pr: MergedPullRequest,
  waivers: Waiver[],
  rejectedWaivers: RejectedWaiver[]
): Promise<Report> {
  const { source, checks, config } = input
  const quiet: Logger = { ...input.log, info: input.log.debug }
  try {
    // Each pull request against its own parent at merge time, read at its own merge base: nobody
    // is blamed for what another pull request merged while theirs was open.
    const change = await resolveChange(
      source,
      {
        event: 'pull_request',
        base: pr.base,
        head: pr.head,
        title: pr.title,
        labels: pr.labels ?? [],
        number: pr.number,
        ...(pr.body !== undefined ? { body: pr.body } : {}),
        ...(pr.author ? { author: pr.author } : {})
      },
      { ...(pr.files ? { files: pr.files } : {}), ...(pr.mergeBase ? { mergeBase: pr.mergeBase } : {}) }
    )
    // `release`: a pull request's waiver `until v1.5.0` has expired in the report of v1.6.0.
    return await evaluate({
      checks,
      config,
      source,
      change,
      log: quiet,
      waivers,
      rejectedWaivers,
      ...(input.version ? { release: input.version } : {})
    })
  } catch (error) {
    // Fail closed: a pull request that cannot be evaluated blocks the release, with the reason.
    const message = error instanceof Error ? error.message : String(error)
    input.log.warn(`Pull request #${pr.number} could not be evaluated: ${message}`)
    return {
      verdict: 'no-go',
      outcome: 'no-go',
      mode: config.mode,
      event: 'pull_request',
      base: pr.base,
      mergeBase: pr.mergeBase ?? pr.base,
      head: pr.head,
      configuration: config.origin,
      subject: `#${pr.number}`,
      checks: [
        {
          id: 'evaluation',
          title: 'The pull request could be evaluated',
          status: 'error',
          level: 'error',
          blocking: true,
          summary: `Could not evaluate: ${message}`,
          findings: [],
          waiver: null,
          docsUrl: '',
          durationMs: 0
        }
      ],
      blocking: ['evaluation'],
      waivers: { applied: waivers, rejected: rejectedWaivers }
    }
  }
}

function blockingItems(
  report: Report,
  scope: BlockingItem['scope'],
  owners: string[],
  pr?: MergedPullRequest
): BlockingItem[] {
  return report.checks
    .filter((c) => c.blocking)
    .map((c) => ({
      scope,
      ...(pr ? { pullRequest: pr.number, title: pr.title } : {}),
      check: c.id,
      summary: c.summary,
      owners,
      docsUrl: c.docsUrl
    }))
}

/** The waivers that actually turned a blocking result into a GO (whole-check or per finding). */
function usedWaivers(report: Report): Waiver[] {
  const used: Waiver[] = []
  for (const check of report.checks) {
    if (check.waiver && !used.includes(check.waiver)) used.push(check.waiver)
    for (const f of check.findings) if (f.waived && !used.includes(f.waived)) used.push(f.waived)
  }
  return used
}

function readerNotes(
  input: BuildReleaseReportInput,
  pullRequests: PullRequestReadiness[],
  directCommits: number
): string[] {
  const notes: string[] = []
  const fromCommits = pullRequests.filter((p) => p.pullRequest.bodySource !== 'pull-request').length
  if (fromCommits > 0) {
    notes.push(
      `${fromCommits} of ${pullRequests.length} pull request bodies were not read from GitHub (${input.info ? 'not found there' : 'no GitHub token'}), so their commit messages were read instead: checks that read the PR text (feature-flag plan, rollback criteria) may fail for pull requests whose plan is only in the PR description.`
    )
  }
  if (input.notes === undefined) {
    notes.push(
      'No release notes were given, so checks that read them (rollback criteria) judged an empty text. Pass the notes with --notes-file.'
    )
  }
  if (directCommits > 0) {
    notes.push(
      `${directCommits} commit(s) on the release branch came in without a pull request; they are judged only as part of the whole range.`
    )
  }
  return notes
}
