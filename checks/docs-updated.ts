import type { Check, Finding } from '../src/engine/types.js'
import { globList } from '../src/engine/config-schema.js'
import { matches } from '../src/engine/globs.js'
import { findVersionEntry, normaliseVersion } from '../src/readers/changelog/find-version-entry.js'

interface Rule {
  /** A name for messages, e.g. "API docs". */
  name?: string
  when: string[]
  require: string[]
}

interface Config {
  rules: Rule[]
  /** Where the changelog lives; on a release it must have an entry for the version. */
  changelog: string
}

const SOURCE =
  '**/*.{ts,tsx,js,jsx,mjs,cjs,py,go,rb,java,kt,kts,scala,cs,fs,rs,php,swift,c,cc,cpp,h,hpp,ex,exs,erl,clj,sql,proto,graphql}'
const NOT_TESTS = [
  '!**/{test,tests,__tests__,__mocks__,spec,specs,testdata,fixtures,e2e}/**',
  '!**/*.{test,spec}.*',
  '!**/*_test.{go,py}',
  '!**/test_*.py',
  '!docs/**',
  '!examples/**',
  '!**/*.d.ts'
]

export const DEFAULT_RULES: Rule[] = [
  {
    name: 'changelog or docs',
    when: [
      SOURCE,
      '**/{openapi,swagger}*.{yaml,yml,json}',
      '**/*.{openapi,swagger}.{yaml,yml,json}',
      ...NOT_TESTS
    ],
    require: ['**/CHANGELOG.md', 'docs/**']
  }
]

const counts = new Set(['added', 'modified', 'renamed', 'copied', 'type-changed'])

export default {
  meta: {
    id: 'docs-updated',
    title: 'Docs change with the code they describe',
    description:
      "When files matching a rule's `when` change, a file matching its `require` changes too; a release has a CHANGELOG entry for its version.",
    docs: 'docs/checks/docs-updated.md',
    defaultLevel: 'error',
    defaultConfig: { rules: DEFAULT_RULES, changelog: 'CHANGELOG.md' },
    schema: {
      properties: {
        rules: {
          type: 'array',
          description:
            'When files matching `when` change, at least one file matching `require` must change too.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['when', 'require'],
            properties: {
              name: { type: 'string', description: 'A name used in messages.' },
              when: { ...globList('Globs of the files that need docs; `!glob` excludes.'), minItems: 1 },
              require: { ...globList('Globs of the docs; one of them must change.'), minItems: 1 }
            }
          }
        },
        changelog: {
          type: 'string',
          description: 'Path of the changelog read on a release (default CHANGELOG.md).'
        }
      }
    }
  },
  async run({ config, change, source }) {
    const findings: Finding[] = []
    const paths = change.files.map((f) => f.path)
    const docsChanged = change.files.filter((f) => counts.has(f.status)).map((f) => f.path)
    const applicable = config.rules.filter((rule) => paths.some((p) => matches(p, rule.when)))
    for (const rule of applicable) {
      if (docsChanged.some((p) => matches(p, rule.require))) continue
      const triggers = paths.filter((p) => matches(p, rule.when))
      const shown =
        triggers.slice(0, 3).join(', ') + (triggers.length > 3 ? ` and ${triggers.length - 3} more` : '')
      findings.push({
        message: `${shown} changed, but none of ${rule.require.join(', ')} did${rule.name ? ` (rule "${rule.name}")` : ''}. Add a CHANGELOG entry or update the docs that describe this change.`,
        file: triggers[0]
      })
    }
    let releaseNote: string | undefined
    if (change.event === 'release') {
      const problem = await changelogProblem(config.changelog, change.version, change.head, source)
      if (problem) findings.push(problem)
      else releaseNote = `${config.changelog} has an entry for ${change.version}`
    }
    if (findings.length > 0) {
      return {
        status: 'fail',
        summary: `${findings.length} required doc update${findings.length === 1 ? ' is' : 's are'} missing.`,
        findings
      }
    }
    if (applicable.length === 0 && !releaseNote) {
      return { status: 'skip', summary: "No rule applies: no changed file matches a rule's `when` globs." }
    }
    const parts = [
      applicable.length > 0
        ? `every changed area has its docs changed too (${applicable.length} rule${applicable.length === 1 ? '' : 's'})`
        : '',
      releaseNote ?? ''
    ].filter(Boolean)
    return { status: 'pass', summary: capitalise(parts.join('; ')) + '.' }
  }
} satisfies Check<Config>

async function changelogProblem(
  path: string,
  version: string | undefined,
  head: string,
  source: { readFile(path: string, ref: string): Promise<string | undefined> }
): Promise<Finding | undefined> {
  if (!version) {
    return {
      message: 'This release has no version (tag) to look up in the changelog. Tag the release, e.g. v1.4.0.'
    }
  }
  const text = await source.readFile(path, head)
  if (text === undefined) {
    return {
      message: `${path} does not exist. Add it with a "## [${normaliseVersion(version)}] - YYYY-MM-DD" section for this release.`,
      file: path
    }
  }
  const entry = findVersionEntry(text, version)
  if (!entry) {
    return {
      message: `${path} has no entry for ${version}. Add a "## [${normaliseVersion(version)}] - YYYY-MM-DD" section listing what changed.`,
      file: path,
      line: 1
    }
  }
  if (entry.bodyLines === 0) {
    return {
      message: `The ${path} entry for ${version} ("${entry.heading}") is empty. List what changed in this release under it.`,
      file: path,
      line: entry.line
    }
  }
  return undefined
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
