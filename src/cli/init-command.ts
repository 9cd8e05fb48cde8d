import { access, mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { CONFIG_PATH } from '../engine/config.js'
import { UserError } from '../engine/errors.js'
import type { CliIo } from './io.js'
import { parseOptions } from './parse-options.js'
import { detectRepository } from './detect-repository.js'
import { renderConfig, renderPullRequestTemplate } from './render-init.js'
import { INIT_USAGE } from './usage.js'

export const TEMPLATE_PATH = '.github/pull_request_template.md'

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

/**
 * `release-readiness init [--force] [--repo DIR]`: writes `.github/release-readiness.yml` fitted
 * to the repository and `.github/pull_request_template.md`. Without `--force` it writes nothing
 * when either file exists (exit 2, naming it).
 */
export async function initCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(
    argv,
    { force: { type: 'boolean' }, repo: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    INIT_USAGE
  )
  if (values.help) {
    io.stdout(INIT_USAGE + '\n')
    return 0
  }
  const root = resolve(io.cwd, (values.repo as string | undefined) ?? '.')
  if (!(await exists(root)))
    throw new UserError(`--repo ${String(values.repo)} does not exist; pass the repository's folder.`)
  const targets = [CONFIG_PATH, TEMPLATE_PATH]
  if (!values.force) {
    const present = []
    for (const t of targets) if (await exists(resolve(root, t))) present.push(t)
    if (present.length > 0)
      throw new UserError(
        `${present.join(' and ')} already ${present.length > 1 ? 'exist' : 'exists'}; nothing was written. Run "release-readiness init --force" to overwrite ${present.length > 1 ? 'them' : 'it'}, or edit ${present.length > 1 ? 'them' : 'it'} by hand.`
      )
  }
  const facts = await detectRepository(root)
  const files: Array<[string, string]> = [
    [CONFIG_PATH, renderConfig(facts)],
    [TEMPLATE_PATH, renderPullRequestTemplate(facts)]
  ]
  for (const [path, text] of files) {
    await mkdir(dirname(resolve(root, path)), { recursive: true })
    await writeFile(resolve(root, path), text)
  }
  const found = [
    `${facts.openapi.length} OpenAPI document(s)`,
    `${facts.sloFiles.length} SLO file(s)`,
    `${Object.keys(facts.services).length} service(s)`,
    facts.flagSdks.length > 0 ? `flags: ${facts.flagSdks.map((s) => s.name).join(', ')}` : 'no flag SDK'
  ].join(', ')
  io.stdout(
    `Wrote ${CONFIG_PATH} and ${TEMPLATE_PATH} (found ${found}${facts.truncated ? '; stopped after 20,000 files' : ''}).\n` +
      `Check it with "release-readiness validate-config", then commit both files.\n`
  )
  return 0
}
