import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { checks as allChecks } from '../../checks/index.js'
import { loadConfig, parseConfig } from '../engine/config.js'
import { UserError } from '../engine/errors.js'
import type { Check } from '../engine/types.js'
import { buildReleaseReport } from '../reports/release/build-release-report.js'
import { exitCode } from '../reports/shared/exit-code.js'
import { releaseSummary } from '../reports/release/labels.js'
import { LocalGitPullRequestFinder } from '../sources/local-git-pull-requests.js'
import { forRelease, parseWaiversFile } from '../reports/release/parse-waivers-file.js'
import type { ReleaseWaiver } from '../reports/release/build-release-report.js'
import { renderReleaseHtml } from '../reports/release/render-html.js'
import { renderReleaseMarkdown } from '../reports/release/render-markdown.js'
import { renderReleaseText } from '../reports/release/render-text.js'
import { githubRepositoryUrl, normaliseRepositoryUrl } from '../reports/release/repository-url.js'
import { renderReleaseJson } from '../reports/release/to-json.js'
import { createClient } from '../sources/github/client.js'
import { pullRequestWaivers } from '../sources/github/pull-request-waivers.js'
import { githubWaiverAuthority } from '../sources/github/waiver-authority.js'
import type { WaiverAuthority } from '../engine/authorize-waiver.js'
import { GitHubPullRequestInfo, parseRepositoryName } from '../sources/github/github-pull-request-info.js'
import { LocalGitSource } from '../sources/local-git.js'
import { versionTagAt } from '../sources/version-tag.js'
import { readTextFile } from './read-text-file.js'
import type { CliIo } from './io.js'
import { stderrLogger } from './logger.js'
import { oneOf, parseOptions } from './parse-options.js'
import { REPORT_USAGE } from './usage.js'
import { releaseRecord } from '../reports/release/release-record.js'
import type { ReleaseReport } from '../reports/release/types.js'
import { localRepository } from './local-repository.js'
import { releaseSeries, writeHistory } from './report-history.js'

const FORMATS = ['text', 'markdown', 'json', 'html'] as const

/**
 * `release-readiness report`: the go/no-go report for a release range on local git, no GitHub
 * account. Returns 0 GO, 1 NO-GO; throws a UserError (exit 2) when it cannot evaluate.
 * With a token (`--token` or `GITHUB_TOKEN`) and a GitHub repository (`--github-repo`, or the
 * origin remote), each pull request's real body, author and labels are read from the API
 * (`GITHUB_API_URL`, default https://api.github.com), and so are its `/release-readiness waive`
 * comments, authorized as on the pull request (`src/sources/github/pull-request-waivers.ts`).
 */
export async function reportCommand(
  argv: string[],
  io: CliIo,
  checks: readonly Check[] = allChecks
): Promise<number> {
  const { values } = parseOptions(
    argv,
    {
      repo: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      version: { type: 'string' },
      'notes-file': { type: 'string' },
      'repo-url': { type: 'string' },
      'waivers-file': { type: 'string' },
      token: { type: 'string' },
      'github-repo': { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      since: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    },
    REPORT_USAGE
  )
  if (values.help) {
    io.stdout(REPORT_USAGE + '\n')
    return 0
  }
  const str = (name: string): string | undefined => values[name] as string | undefined
  const since = str('since')
  if (since !== undefined) {
    if (str('base') !== undefined || str('version') !== undefined)
      throw new UserError(
        '--since walks every release tag after TAG up to --head (default HEAD): pass it without --base and --version.'
      )
    if (!str('output'))
      throw new UserError(
        '--since writes one record per release: pass --output DIR, the folder to write them to.'
      )
  }
  for (const name of since !== undefined ? [] : ['base', 'head']) {
    if (!str(name)) {
      throw new UserError(
        `--${name} is required: ${name === 'base' ? 'the previous release (a tag, branch or commit)' : "this release's tag (or any ref)"}.\n\n${REPORT_USAGE}`
      )
    }
  }
  const format = oneOf('format', str('format'), FORMATS, 'text')
  let repositoryUrl: string | undefined
  if (str('repo-url') !== undefined) {
    repositoryUrl = normaliseRepositoryUrl(str('repo-url')!)
    if (!repositoryUrl) {
      throw new UserError(
        `--repo-url must be the repository's web address, e.g. https://github.com/acme/pets; got "${str('repo-url')}".`
      )
    }
  }
  const log = stderrLogger(io.stderr, values.verbose === true)
  const dir = resolve(io.cwd, str('repo') ?? '.')
  const source = await LocalGitSource.open(dir)
  if (!source) {
    throw new UserError(
      `${dir} is not a git repository. Pass --repo with the path of a git checkout that has the release's history.`
    )
  }
  try {
    const repository = await localRepository(source)
    const evaluateRelease = async (
      baseRef: string,
      headRef: string,
      versionFlag: string | undefined
    ): Promise<{ report: ReleaseReport; configOrigin: string }> => {
      const [base, head] = await Promise.all([source.resolveCommit(baseRef), source.resolveCommit(headRef)])
      const configFile = str('config')
      const config = configFile
        ? parseConfig(await readTextFile(resolve(io.cwd, configFile), configFile), configFile, checks)
        : await loadConfig(source, base, checks)
      const version = versionFlag ?? (await versionTagAt(source, headRef, head))
      const notes =
        str('notes-file') !== undefined
          ? await readTextFile(resolve(io.cwd, str('notes-file')!), str('notes-file')!)
          : version
            ? await tagMessage(source, version)
            : undefined
      let waivers: ReleaseWaiver[] = []
      if (str('waivers-file') !== undefined) {
        const file = str('waivers-file')!
        waivers = forRelease(
          parseWaiversFile(await readTextFile(resolve(io.cwd, file), file), file, checks),
          version
        )
      }
      const origin = githubRepositoryUrl(await originUrl(source))
      const info = await pullRequestInfo(str('token'), str('github-repo'), origin, log, {
        allowed: config.waivers.allowed,
        checks
      })
      repositoryUrl ??= origin ?? info?.url
      const report = await buildReleaseReport({
        source,
        finder: new LocalGitPullRequestFinder(source),
        checks,
        config,
        base,
        head,
        baseRef,
        headRef,
        ...(version ? { version } : {}),
        ...(notes !== undefined ? { notes } : {}),
        log,
        ...(info ? { info: info.provider } : {}),
        // File waivers are decided by the one authority: GitHub with a token, else locally.
        waivers,
        ...(info ? { authority: info.authority } : {}),
        ...(repositoryUrl ? { repositoryUrl } : {})
      })
      log.debug(`git processes started: ${source.gitCalls + 1}; ${report.durationMs} ms`)
      return { report, configOrigin: config.origin }
    }
    if (since !== undefined) {
      const releases = await releaseSeries(source, since, str('head') ?? 'HEAD')
      return await writeHistory({
        releases,
        dir: resolve(io.cwd, str('output')!),
        io,
        evaluate: async (release) => {
          const { report, configOrigin } = await evaluateRelease(release.base, release.tag, release.tag)
          return releaseRecord(report, {
            runtime: 'cli',
            recordedAt: release.date,
            repository: { ...repository, ...(report.repositoryUrl ? { url: report.repositoryUrl } : {}) },
            config: configOrigin
          })
        }
      })
    }
    const { report, configOrigin } = await evaluateRelease(str('base')!, str('head')!, str('version'))
    const rendered =
      format === 'json'
        ? renderReleaseJson(
            report,
            releaseRecord(report, { runtime: 'cli', repository, config: configOrigin })
          )
        : format === 'markdown'
          ? renderReleaseMarkdown(report)
          : format === 'html'
            ? renderReleaseHtml(report)
            : renderReleaseText(report)
    if (str('output')) {
      const output = resolve(io.cwd, str('output')!)
      await writeFile(output, rendered)
      io.stdout(`${releaseSummary(report)}\nWrote the ${format} report to ${output}\n`)
    } else io.stdout(rendered)
    return exitCode(report)
  } finally {
    source.close()
  }
}

/**
 * The GitHub API reader when there is a token and a GitHub repository; undefined otherwise (the
 * commit messages are read). A token from the environment alone, with no GitHub repository in
 * sight, is ignored; asking for one half without the other is an error.
 */
async function pullRequestInfo(
  tokenFlag: string | undefined,
  repoFlag: string | undefined,
  origin: string | undefined,
  log: ReturnType<typeof stderrLogger>,
  waiverPolicy: { allowed: string[]; checks: readonly Check[] }
): Promise<{ provider: GitHubPullRequestInfo; url: string; authority: WaiverAuthority } | undefined> {
  const token = tokenFlag ?? (process.env.GITHUB_TOKEN || undefined)
  const fromOrigin = origin ? origin.replace(/^https:\/\/github\.com\//, '') : undefined
  const name = repoFlag ?? fromOrigin
  if (repoFlag !== undefined && !token) {
    throw new UserError(
      '--github-repo needs a token to read pull requests: set GITHUB_TOKEN (or pass --token) with read access to pull requests.'
    )
  }
  if (!token) return undefined
  if (!name) {
    if (tokenFlag !== undefined) {
      throw new UserError(
        '--token needs the GitHub repository: pass --github-repo owner/name (the origin remote is not on github.com).'
      )
    }
    log.debug('GITHUB_TOKEN is set, but no GitHub repository is known: reading commit messages.')
    return undefined
  }
  const repository = parseRepositoryName(name)
  const baseUrl = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  const { Octokit } = await import('@octokit/rest')
  const octokit = new Octokit({
    auth: token,
    baseUrl,
    userAgent: 'release-readiness-cli',
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => log.debug(m),
      error: (m: string) => log.debug(m)
    }
  })
  log.info(
    `Reading pull request bodies and waiver comments from ${repository.owner}/${repository.repo} through ${baseUrl}`
  )
  const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const client = createClient(octokit, { log })
  return {
    provider: new GitHubPullRequestInfo(
      client,
      repository,
      log,
      // Waiver comments on each pull request, authorized as on the pull request itself.
      pullRequestWaivers(client, { ...repository, ...waiverPolicy })
    ),
    url: `${server}/${repository.owner}/${repository.repo}`,
    authority: githubWaiverAuthority(client, repository)
  }
}

/** An annotated tag's message (the release notes written with `git tag -a`); undefined otherwise. */
async function tagMessage(source: LocalGitSource, tag: string): Promise<string | undefined> {
  try {
    const out = await source.git(['for-each-ref', '--format=%(objecttype)%00%(contents)', `refs/tags/${tag}`])
    const [type, contents] = out.split('\0')
    return type === 'tag' && contents?.trim() ? contents.trim() : undefined
  } catch {
    return undefined
  }
}

async function originUrl(source: LocalGitSource): Promise<string | undefined> {
  try {
    return (await source.git(['remote', 'get-url', 'origin'])).trim()
  } catch {
    return undefined
  }
}
