import type { RepositoryFacts } from './detect-repository.js'

/** Where editors fetch the configuration schema from (yaml-language-server reads this comment). */
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/release-readiness/release-readiness/main/schema/release-readiness.schema.json'

const q = (text: string): string => JSON.stringify(text)
const list = (items: readonly string[]): string => `[${items.map(q).join(', ')}]`

function servicesBlock(services: Record<string, string[]>, indent: string): string[] {
  const names = Object.keys(services).sort()
  if (names.length === 0) return []
  return [`${indent}services:`, ...names.map((n) => `${indent}  ${q(n)}: ${list(services[n]!)}`)]
}

function dirOf(file: string): string {
  const i = file.lastIndexOf('/')
  return i < 0 ? '' : file.slice(0, i)
}

/**
 * `.github/release-readiness.yml` fitted to what `detectRepository` found: the OpenAPI documents
 * to compare, where the SLO files are, the services of a monorepo, and whether the repository ships
 * behind feature flags (with no flag SDK found, the flag plan only warns). Every key it writes is
 * in the schema, so `release-readiness validate-config` passes on it.
 */
export function renderConfig(facts: RepositoryFacts): string {
  const out: string[] = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    '# Written by `release-readiness init`; see the README (Configuration) for every option.',
    '# It is read from the base branch of each pull request, so a pull request cannot weaken its own gate.',
    'mode: enforce # enforce | advisory (report what would block, block nothing)',
    'checks:',
    '  docs-updated:',
    '    level: error',
    '  slo-defined:',
    '    level: error'
  ]
  const sloDirs = [...new Set(facts.sloFiles.map((s) => dirOf(s.file)))].sort()
  if (facts.sloFiles.length > 0) {
    out.push(`    # Found SLOs in ${facts.sloFiles.map((s) => s.file).join(', ')}.`)
    if (sloDirs.every((d) => d !== ''))
      out.push(`    paths: ${list(sloDirs.map((d) => `${d}/**/*.{yaml,yml,json}`))}`)
  } else out.push('    # No SLO file found yet: every service the change touches will need one.')
  out.push(...servicesBlock(facts.services, '    '))
  const sloServices = [...new Set(facts.sloFiles.flatMap((s) => s.services))].filter(
    (s) => !facts.services[s]
  )
  if (sloServices.length > 0)
    out.push(
      `    # SLOs name services with no folder here (${sloServices.join(', ')}): add them to \`services\` with their globs.`
    )

  out.push('  feature-flag-plan:')
  if (facts.flagSdks.length > 0) {
    out.push(
      `    # Flags found: ${facts.flagSdks.map((s) => `${s.name} (${s.file})`).join(', ')}.`,
      '    level: error'
    )
  } else
    out.push(
      '    # No feature-flag SDK found, so a missing flag plan only warns; set `error` once you ship behind flags.',
      '    level: warn'
    )
  out.push('  rollback-criteria:', '    level: error', ...servicesBlock(facts.services, '    '))
  out.push('  openapi-compatible:', '    level: error')
  if (facts.openapi.length > 0) out.push(`    documents: ${list(facts.openapi)}`)
  else out.push('    # No OpenAPI document found; documents are found by content when one is added.')
  out.push(
    '# Who may waive a check (default: anyone with maintain or admin permission); the author never waives their own PR.',
    '# waivers:',
    '#   allowed: ["@your-org/release-managers"]'
  )
  return out.join('\n') + '\n'
}

/**
 * `.github/pull_request_template.md` with the sections the text checks read. Left as it is, the
 * placeholders fail both checks; filled in, it passes them. Examples name what the repository has
 * (its flag SDK, a service).
 */
export function renderPullRequestTemplate(facts: RepositoryFacts): string {
  const tool = facts.flagSdks[0]?.name ?? 'your flag tool'
  const service = Object.keys(facts.services).sort()[0] ?? facts.sloFiles.flatMap((s) => s.services)[0]
  const metric = service ? `the ${service} 5xx rate` : 'the 5xx rate'
  return `## Summary
<!-- What changes, and why. -->

## Feature flag plan
<!-- Replace each <placeholder>. No flag needed? Replace the list with one line that says why,
     e.g. "Not needed: documentation-only change". -->
- Flag: \`<flag-key>\`
- Default: off
- Rollout: internal → 5% → 25% → 100%
- Kill switch: turn \`<flag-key>\` off in ${tool}
- Owner: @<team>

## Rollback plan
<!-- A criterion needs a metric, a comparator, a threshold with its unit and a time window,
     e.g. "roll back if ${metric} is above 2% for 10 minutes". -->
- Criteria: roll back if <metric> is above <threshold> for <window>
- Steps: turn \`<flag-key>\` off; if that is not enough, redeploy the previous release
- Owner: @<team>
`
}
