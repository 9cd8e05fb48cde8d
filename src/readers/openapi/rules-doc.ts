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
    '<!-- Generated from the rule catalogue (src/readers/openapi/rules/) by `UPDATE_DOCS=1 npm test -- test/readers/openapi/rules-docs.test.ts`; do not edit by hand. -->',
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
    '**Adding a rule.** Rules are code: each family of changes is one file in `src/readers/openapi/rules/` that declares its change kinds',
    "(with their levels in requests and responses, or its rule ids) next to the detector that reports them, like oasdiff's",
    '`checker/check_*.go`. Add the kind to its family (or a new family file, listed in `change-kinds.ts`, `catalogue.ts` and the',
    'detector list of `schema-diff.ts` or `diff.ts`), report it from the detector, add a case to `test/readers/openapi/` (the coverage tests',
    'fail for a schema kind without a scenario), then regenerate this page with `UPDATE_DOCS=1`. A level that differs from oasdiff',
    '(`oasdiff-levels.ts`) needs a reason in `differences.ts`, or the tests fail.',
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
