import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openapiRules } from '../readers/openapi/rules/catalogue.js'
import { UserError } from '../engine/errors.js'
import { compareDocuments } from '../readers/openapi/compare.js'
import { renderJson, renderMarkdown, renderText } from '../readers/openapi/render.js'
import type { CliIo } from './io.js'
import { sourceForFile } from './openapi-diff-fs-source.js'

const USAGE =
  'Usage: release-readiness openapi-diff BASE_FILE HEAD_FILE [--format text|markdown|json] [--strict]'

/**
 * `release-readiness openapi-diff BASE HEAD`: compares two OpenAPI documents (Swagger 2.0, OpenAPI
 * 3.0 or 3.1). Exit 0: no breaking change; 1: breaking changes; 2: could not compare. A document
 * that breaks the OpenAPI schema is compared with a warning, or refused (exit 2) with `--strict`.
 */
export async function openapiDiffCommand(argv: string[], io: CliIo): Promise<number> {
  let values: { format?: string; help?: boolean; strict?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
        strict: { type: 'boolean' }
      }
    }))
  } catch (error) {
    io.stderr(`openapi-diff: ${(error as Error).message}. ${USAGE}\n`)
    return 2
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  const format = values.format ?? 'text'
  if (!['text', 'markdown', 'json'].includes(format)) {
    io.stderr(`openapi-diff: unknown format "${format}"; use text, markdown or json. ${USAGE}\n`)
    return 2
  }
  if (positionals.length !== 2) {
    io.stderr(
      `openapi-diff: expected two files (the base and the head document), got ${positionals.length}. ${USAGE}\n`
    )
    return 2
  }
  const [baseArg, headArg] = positionals as [string, string]
  for (const file of [baseArg, headArg]) {
    const full = resolve(io.cwd, file)
    if (!existsSync(full) || !statSync(full).isFile()) {
      io.stderr(
        `openapi-diff: ${file} does not exist or is not a file; check the path (relative paths start at ${io.cwd}).\n`
      )
      return 2
    }
  }
  try {
    const base = sourceForFile(resolve(io.cwd, baseArg))
    const head = sourceForFile(resolve(io.cwd, headArg))
    const result = await compareDocuments(
      { source: base.source, ref: 'base', path: base.path },
      { source: head.source, ref: 'head', path: head.path },
      { rules: openapiRules, strict: values.strict === true }
    )
    io.stdout(
      format === 'json'
        ? `${renderJson(result)}\n`
        : format === 'markdown'
          ? renderMarkdown(result)
          : renderText(result)
    )
    return result.breaking ? 1 : 0
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`openapi-diff: could not compare the documents. ${error.message}\n`)
      return 2
    }
    io.stderr(
      `openapi-diff: could not compare the documents because of an internal error (${(error as Error)?.message ?? String(error)}). Please report it with the two documents.\n`
    )
    return 2
  }
}
