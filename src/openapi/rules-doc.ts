import type { OpenApiRule } from './rule.js'

const LEVEL_TEXT = {
  breaking: 'breaking (fails the check)',
  warning: 'warning (reported, does not fail)',
  info: 'info (listed by `openapi-diff`, not reported by the check)'
}

/** The text of docs/openapi-rules.md: one section per rule id. A test keeps the file equal to it. */
export function renderRulesDoc(rules: readonly OpenApiRule[]): string {
  const counts = (level: string): number => rules.filter((r) => r.level === level).length
  const lines = [
    '# OpenAPI rules',
    '',
    '<!-- Generated from checks/openapi/*.ts by `UPDATE_DOCS=1 npm test -- test/openapi/rules-docs.test.ts`; do not edit by hand. -->',
    '',
    `The \`openapi-compatible\` check and \`release-readiness openapi-diff\` report ${rules.length} kinds of change ` +
      `(${counts('breaking')} breaking, ${counts('warning')} warning, ${counts('info')} info). ` +
      'Request changes are judged contravariantly (what the server accepts must not shrink) and response changes covariantly ' +
      '(what the server sends must not grow). Re-level any id in `.github/release-readiness.yml`:',
    '',
    '```yaml',
    'checks:',
    '  openapi-compatible:',
    '    rules:',
    '      response-property-enum-value-added: error   # error | warn | off',
    '```',
    '',
    'Operations marked `x-stability-level: draft` or `alpha` in the base document may change freely: their breaking changes are reported as info.',
    '',
    '**Adding a rule.** Make the diff emit the change (`src/openapi/diff.ts` for operations, `src/openapi/schema-diff.ts` for schemas),',
    'add a row to the tables in `scripts/gen-openapi-rules.mjs` and run it (it writes `checks/openapi/<id>.ts` and the index, and reads',
    "oasdiff's level for the same id), add a case to `scripts/gen-openapi-fixtures.mjs` and to `test/openapi/rules.test.ts`, then",
    'regenerate this page with `UPDATE_DOCS=1`. A level that differs from oasdiff needs a `differences` reason, or the tests fail.',
    ''
  ]
  for (const rule of rules) {
    lines.push(`## ${rule.id}`, '')
    lines.push(`- Level: ${LEVEL_TEXT[rule.level]}`)
    if (rule.direction) lines.push(`- Direction: ${rule.direction}${rule.subject ? ` ${rule.subject}` : ''}`)
    lines.push(`- oasdiff: ${rule.oasdiff ? `same id, level ${rule.oasdiff}` : 'no rule with this id'}`)
    lines.push('', rule.description, '')
    if (rule.differences) lines.push(`**Differences from oasdiff.** ${rule.differences}`, '')
  }
  return lines.join('\n')
}
