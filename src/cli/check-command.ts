import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { checks as allChecks } from '../../checks/index.js'
import { loadConfig, parseConfig } from '../engine/config.js'
import { UserError } from '../engine/errors.js'
import { authorizeWaivers } from '../engine/authorize-waiver.js'
import { evaluate } from '../engine/evaluate.js'
import { localWaiverAuthority } from '../engine/local-waiver-authority.js'
import { resolveChange } from '../engine/resolve-change.js'
import { forRelease, parseWaiversFile } from '../reports/release/parse-waivers-file.js'
import type { Check, EventName } from '../engine/types.js'
import { exitCode, renderHtml, renderMarkdown, renderText } from '../reports/change/index.js'
import { buildRecord, errorRecord, renderRecord, touchedServices } from '../reports/record/index.js'
import { subjectOwners } from '../reports/release/subject-owners.js'
import { LocalGitSource } from '../sources/local-git.js'
import { versionTagAt } from '../sources/version-tag.js'
import { localRepository } from './local-repository.js'
import { readTextFile, readTextFileOrStdin } from './read-text-file.js'
import type { CliIo } from './io.js'
import { stderrLogger } from './logger.js'
import { oneOf, parseOptions } from './parse-options.js'
import { CHECK_USAGE } from './usage.js'

const EVENTS = ['pull_request', 'release', 'deployment'] as const
const FORMATS = ['text', 'markdown', 'json', 'html'] as const

/** `release-readiness check`: local git → engine → report. Returns the exit code. */
export async function checkCommand(
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
      event: { type: 'string' },
      title: { type: 'string' },
      body: { type: 'string' },
      'body-file': { type: 'string' },
      label: { type: 'string', multiple: true },
      author: { type: 'string' },
      'waivers-file': { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    },
    CHECK_USAGE
  )
  if (values.help) {
    io.stdout(CHECK_USAGE + '\n')
    return 0
  }
  const str = (name: string): string | undefined => values[name] as string | undefined
  if (!str('base'))
    throw new UserError(
      `--base is required: the branch, tag or commit the change is compared against.\n\n${CHECK_USAGE}`
    )
  if (str('body') !== undefined && str('body-file') !== undefined)
    throw new UserError('Pass --body or --body-file, not both.')
  const event: EventName = oneOf('event', str('event'), EVENTS, 'pull_request')
  const format = oneOf('format', str('format'), FORMATS, 'text')
  const log = stderrLogger(io.stderr, values.verbose === true)

  const dir = resolve(io.cwd, str('repo') ?? '.')
  const source = await LocalGitSource.open(dir)
  if (!source) {
    throw new UserError(
      `${dir} is not a git repository. Pass --repo with the path of a git checkout (git init creates one).`
    )
  }
  try {
    if (!(await source.hasCommit('HEAD')) && !str('head')) {
      throw new UserError(
        `The repository at ${source.dir} has no commits yet, so there is no change to judge. Commit something first.`
      )
    }
    const [base, head] = await Promise.all([
      source.resolveCommit(str('base')!),
      source.resolveCommit(str('head') ?? 'HEAD')
    ])
    try {
      const body =
        str('body-file') !== undefined
          ? await readTextFileOrStdin(resolve(io.cwd, str('body-file')!), str('body-file')!)
          : str('body')
      const configFile = str('config')
      const config = configFile
        ? parseConfig(await readTextFile(resolve(io.cwd, configFile), configFile), configFile, checks)
        : await loadConfig(source, base, checks)
      log.debug(`Configuration: ${config.origin}`)
      const change = await resolveChange(source, {
        event,
        base,
        head,
        labels: (values.label as string[] | undefined) ?? [],
        ...(str('title') !== undefined ? { title: str('title') } : {}),
        ...(body !== undefined ? { body } : {}),
        ...(str('author') ? { author: str('author') } : {}),
        // The branch a pull request targets, for exemptions on base branches (`--base origin/main` → main).
        baseBranch: str('base')!.replace(/^(?:refs\/heads\/|origin\/)/, ''),
        ...(event === 'release' ? { version: await versionTagAt(source, str('head') ?? 'HEAD', head) } : {})
      })
      log.info(
        `Evaluating ${change.files.length} changed file(s) between ${base.slice(0, 7)} and ${head.slice(0, 7)} (merge base ${change.base.slice(0, 7)})`
      )
      // Waivers from a file, decided by the one waiver authority (locally: waivers.allowed).
      let decided: Awaited<ReturnType<typeof authorizeWaivers>> = { accepted: [], rejected: [] }
      const waiversFile = str('waivers-file')
      if (waiversFile !== undefined) {
        const entries = parseWaiversFile(
          await readTextFile(resolve(io.cwd, waiversFile), waiversFile),
          waiversFile,
          checks
        )
        decided = await authorizeWaivers(
          forRelease(entries, change.version).map(({ pullRequest: _, ...w }) => w),
          { ...(change.author ? { prAuthor: change.author } : {}), allowed: config.waivers.allowed },
          localWaiverAuthority()
        )
      }
      const report = await evaluate({
        checks,
        config,
        source,
        change,
        log,
        waivers: decided.accepted,
        rejectedWaivers: decided.rejected
      })
      log.debug(`git processes started: ${source.gitCalls + 1}`)
      const rendered =
        format === 'json'
          ? renderRecord(
              buildRecord(report, {
                runtime: 'cli',
                repository: await localRepository(source),
                subject: {
                  ...(change.title !== undefined ? { title: change.title } : {}),
                  ...(change.author ? { author: change.author } : {}),
                  ...(subjectOwners(change.body, change.author).length > 0
                    ? { owners: subjectOwners(change.body, change.author) }
                    : {})
                },
                config: configFile ? { origin: config.origin } : { origin: config.origin, ref: base },
                services: touchedServices(config, change.files)
              })
            )
          : format === 'markdown'
            ? renderMarkdown(report)
            : format === 'html'
              ? renderHtml(report)
              : renderText(report)
      if (str('output')) await writeFile(resolve(io.cwd, str('output')!), rendered)
      else io.stdout(rendered)
      return exitCode(report)
    } catch (error) {
      // `--format json` prints a record for every evaluation: one that could not run too
      // (outcome `error`); the exit code (2) and the message on stderr stay as they are.
      if (format === 'json') {
        const record = renderRecord(
          errorRecord({
            runtime: 'cli',
            repository: await localRepository(source),
            event,
            base,
            head,
            ...(str('config') ? { config: { origin: str('config')! } } : {}),
            error: error instanceof Error ? error.message : String(error)
          })
        )
        if (str('output')) await writeFile(resolve(io.cwd, str('output')!), record).catch(() => undefined)
        else io.stdout(record)
      }
      throw error
    }
  } finally {
    source.close()
  }
}
