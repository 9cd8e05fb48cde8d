import { join } from 'node:path'
import { openapiRules } from '../../src/readers/openapi/rules/catalogue.js'
import { sourceForFile } from '../../src/cli/openapi-diff-fs-source.js'
import { compareDocuments, type Comparison } from '../../src/readers/openapi/compare.js'
import type { CliIo } from '../../src/cli/io.js'
import { fixturesDir } from './fixture-source.js'

export const openapiFixtures = join(fixturesDir, 'openapi')

/** Compares two files on disk the way `openapi-diff` does, with every registered rule. */
export async function compareFiles(
  baseFile: string,
  headFile: string,
  now = new Date('2026-11-25T00:00:00Z'),
  options: { strict?: boolean } = {}
): Promise<Comparison> {
  const base = sourceForFile(baseFile)
  const head = sourceForFile(headFile)
  return compareDocuments(
    { source: base.source, ref: 'base', path: base.path },
    { source: head.source, ref: 'head', path: head.path },
    { rules: openapiRules, now, strict: options.strict }
  )
}

/** Compares `test/fixtures/openapi/<name>/base.yaml` with `head.yaml` (or the other way round). */
export function compareFixture(name: string, reverse = false): Promise<Comparison> {
  const base = join(openapiFixtures, name, 'base.yaml')
  const head = join(openapiFixtures, name, 'head.yaml')
  return reverse ? compareFiles(head, base) : compareFiles(base, head)
}

export function ids(result: Comparison, levels: string[] = ['breaking', 'warning', 'info']): string[] {
  return [...new Set(result.changes.filter((c) => levels.includes(c.level)).map((c) => c.id))].sort()
}

/** A CliIo that keeps what a command printed. */
export function memoryIo(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    stdout: (t: string) => {
      io.out += t
    },
    stderr: (t: string) => {
      io.err += t
    }
  }
  return io
}
