import { planOptionsSchema } from '../src/readers/text/plan-options-schema.js'
import type { Check, Finding, RepoSource, Change } from '../src/engine/types.js'
import { UnreadableFileError } from '../src/engine/errors.js'
import { filterPaths, matches } from '../src/engine/globs.js'
import { parseDocument, type Section } from '../src/readers/markdown/parse-sections.js'
import { relevanceRegExp } from '../src/readers/text/relevance.js'
import { readRollbackPlan, type RollbackPlan } from '../src/readers/rollback/read-rollback-plan.js'
import { readRollbackEvidence, type EvidenceRead } from '../src/readers/rollback/read-rollback-evidence.js'
import { describeParts, type Criterion, type CriterionPart } from '../src/readers/rollback/read-criterion.js'
import { findPlanSections } from '../src/readers/text/find-plan-sections.js'
import { wordsRegExp } from '../src/readers/text/match-words.js'
import { touchedServices } from '../src/readers/text/change-hints.js'
import {
  flagVocabulary,
  rollbackVocabulary,
  FLAG_HEADINGS,
  LANGUAGES,
  ROLLBACK_HEADINGS,
  type Language,
  type RollbackVocabulary,
  type Synonyms
} from '../src/readers/text/vocabulary.js'
import { readChangeText } from '../src/readers/text/read-change-text.js'
import { theOrigin } from '../src/readers/text/the-origin.js'
import { SOURCE_GLOBS } from '../src/readers/text/source-globs.js'
import { NOT_TEST_DATA } from '../src/readers/text/fixture-globs.js'

interface Config {
  /** The check applies when a changed file matches these globs. */
  when: string[]
  /** Headings that hold the rollback plan. */
  headings: string[]
  /** Read the plan from this repository file (at head) instead of the description. */
  file?: string
  /** Our own rollback files (schema/rollback.schema.json), read at head. */
  rollbackFiles: string[]
  /** Argo Rollouts AnalysisTemplates and Flagger Canaries, read at head (changed YAML is read too). */
  manifests: string[]
  /** Monorepo: service name → globs of its source. Each touched service needs criteria. */
  services: Record<string, string[]>
  /** Built-in languages whose headings and labels are read. */
  languages: Language[]
  /** Extra headings and words, for any other language or house style. */
  synonyms?: Synonyms<RollbackVocabulary>
}

/** Findings name at most this many incomplete sections (a description may repeat a heading 1,000 times). */
const MAX_SECTIONS_REPORTED = 10

const DOCS = 'docs/checks/rollback-criteria.md'
/** Words without which a part of the text cannot hold rollback criteria or steps. */
const KEYWORDS = [
  'roll',
  'revert',
  'back ?out',
  'abort',
  'criteri',
  'step',
  'trigger',
  'threshold',
  'undo',
  'restore'
]
const GOOD_CRITERION = 'Roll back if the checkout 5xx rate is above 2% for 10 minutes.'
/** The good criterion and example plan, naming the service the change touches when there is one. */
const criterionFor = (service: string | undefined): string =>
  service ? GOOD_CRITERION.replace('checkout', service) : GOOD_CRITERION
const exampleFor = (service: string | undefined): string =>
  service ? EXAMPLE.replace('the checkout 5xx', `the ${service} 5xx`) : EXAMPLE
const GOOD_STEPS =
  'Steps: turn `new-checkout-flow` off; if that is not enough, redeploy the previous release.'
const EXAMPLE = `## Rollback plan\n- Criteria: roll back if the checkout 5xx rate is above 2% for 10 minutes, or p95 latency is above 800 ms for 15 minutes\n- ${GOOD_STEPS}`
const PART_NAMES: Record<CriterionPart, string> = {
  metric: 'metric',
  comparator: 'comparator (above, below, >)',
  threshold: 'threshold with its unit',
  window: 'time window'
}
const SYNONYM_DESCRIPTIONS: Record<keyof RollbackVocabulary, string> = {
  headings: 'Headings of the plan section.',
  criteria: 'Labels of the criteria ("Criteria").',
  steps: 'Labels of the steps ("Steps").',
  rollBack: 'Words that say "roll back" ("revert").',
  actions: 'Words of a rollback step ("redeploy").',
  metrics: 'Metric words ("error rate").'
}

const PART_WORDS: Record<CriterionPart, string> = {
  metric: 'a metric',
  comparator: 'a comparator',
  threshold: 'a threshold with its unit',
  window: 'a time window'
}

function and(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** A criterion that completes what `criterion` has, for the service the change touches. */
function completed(criterion: Criterion, service: string | undefined): string {
  const metric = criterion.parts.has('metric')
    ? criterion.metric!
    : `the ${service ? `${service} ` : ''}5xx rate`
  const comparator = criterion.parts.has('comparator')
    ? criterion.comparator!.replace(/^(is|are) /, '')
    : 'above'
  const threshold = criterion.parts.has('threshold')
    ? `${criterion.threshold!.value}${criterion.threshold!.unit && !/^[%％]$/.test(criterion.threshold!.unit) ? ' ' : ''}${criterion.threshold!.unit ?? ''}`
    : criterion.threshold && criterion.parts.has('metric') && !/^p\d/i.test(criterion.metric!)
      ? `${criterion.threshold.value}%`
      : /latency|p\d\d|duration|time/i.test(metric)
        ? '800 ms'
        : '2%'
  const window = criterion.parts.has('window') ? criterion.window! : '10 minutes'
  const isCode = /[`(){}_]/.test(metric)
  const subject = isCode
    ? `\`${metric.replace(/`/g, '')}\``
    : /^(p\d|\p{Lu})/u.test(metric) || /^(the|a|an) /i.test(metric)
      ? metric
      : `the ${metric}`
  const verb = isCode ? '' : /[^s]s$/i.test(metric) ? 'are ' : 'is '
  return `Roll back if ${subject} ${verb}${comparator} ${threshold} for ${window.replace(/^(for|over|during|within|in)\s+/i, '')}.`.replace(
    /\s+/g,
    ' '
  )
}

function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > 100 ? `"${t.slice(0, 97)}..."` : `"${t}"`
}

async function readEvidence(
  config: Config,
  change: Change,
  source: RepoSource,
  changedOnly = false
): Promise<EvidenceRead & { changed: Set<string> }> {
  const changed = new Set(change.files.filter((f) => f.status !== 'removed').map((f) => f.path))
  const rollbackFiles = changedOnly
    ? filterPaths([...changed], config.rollbackFiles)
    : await source.listFiles(change.head, config.rollbackFiles)
  const manifests = new Set(changedOnly ? [] : await source.listFiles(change.head, config.manifests))
  for (const path of changed) if (/\.ya?ml$/.test(path) && !rollbackFiles.includes(path)) manifests.add(path)
  const out: EvidenceRead & { changed: Set<string> } = { evidence: [], problems: [], changed }
  for (const [path, isRollbackFile] of [
    ...rollbackFiles.map((p) => [p, true] as const),
    ...[...manifests].map((p) => [p, false] as const)
  ]) {
    let text: string | undefined
    try {
      text = await source.readFile(path, change.head)
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error
      if (isRollbackFile || changed.has(path))
        out.problems.push({
          file: path,
          message: `${error.message} It cannot count as a rollback definition.`
        })
      continue
    }
    if (text === undefined || (!isRollbackFile && !/argoproj\.io|flagger\.app/.test(text))) continue
    const read = readRollbackEvidence(path, text, isRollbackFile)
    out.evidence.push(...read.evidence)
    out.problems.push(...read.problems)
  }
  return out
}

function sectionFindings(
  section: Section,
  plan: RollbackPlan,
  file: string | undefined,
  service?: string
): Finding[] {
  const where = `The "${section.title}" section (line ${section.line})`
  if (section.lines.length === 0)
    return [{ message: `${where} is empty. Fill it in:\n\n${exampleFor(service)}`, file, line: section.line }]
  const findings: Finding[] = []
  for (const p of plan.placeholders)
    findings.push({
      message: `${where} has a template placeholder for "${p.label}": ${quote(p.value)}. Replace it, e.g. "${p.label.match(/step|how|proc/i) ? GOOD_STEPS : criterionFor(service)}"`,
      file,
      line: p.line
    })
  if (plan.criteria.length === 0) {
    for (const v of plan.vague) {
      const { found } = describeParts(v.criterion)
      const has = found.length > 0 ? `has ${and(found)}, but no` : 'has no'
      findings.push({
        message: `Rollback criterion on line ${v.line} is not measurable: ${quote(v.text)} ${has} ${list(v.missing.map((m) => PART_NAMES[m]))}. Name ${and(v.missing.map((m) => PART_WORDS[m]))}, e.g. "${completed(v.criterion, service)}"`,
        file,
        line: v.line
      })
    }
    if (plan.vague.length === 0 && plan.placeholders.length === 0)
      findings.push({
        message: `${where} has no rollback criteria: say when to roll back, e.g. "${criterionFor(service)}"`,
        file,
        line: section.line
      })
  }
  if (plan.steps.length === 0 && !plan.placeholders.some((p) => /step|how|proc/i.test(p.label)))
    findings.push({
      message: `${where} has no rollback steps: say how to roll back, e.g. "${GOOD_STEPS}"`,
      file,
      line: section.line
    })
  return findings
}

export default {
  meta: {
    id: 'rollback-criteria',
    title: 'Rollback criteria',
    description:
      'The change carries measurable rollback criteria (metric, comparator, threshold with unit, time window) and rollback steps, in its description or in a machine-readable rollback definition.',
    docs: DOCS,
    defaultLevel: 'error',
    defaultConfig: {
      when: [...SOURCE_GLOBS],
      headings: [...ROLLBACK_HEADINGS],
      languages: [...LANGUAGES],
      rollbackFiles: ['**/.release-readiness/rollback.{yml,yaml,json}', ...NOT_TEST_DATA],
      manifests: [
        '**/*{analysis,Analysis,canary,Canary,rollout,Rollout}*.{yml,yaml}',
        '!**/node_modules/**',
        ...NOT_TEST_DATA
      ],
      services: {}
    },
    schema: {
      properties: {
        ...planOptionsSchema('rollback plan', SYNONYM_DESCRIPTIONS),
        rollbackFiles: {
          type: 'array',
          items: { type: 'string', format: 'glob' },
          description: 'Globs of rollback files (schema/rollback.schema.json).'
        },
        manifests: {
          type: 'array',
          items: { type: 'string', format: 'glob' },
          description: 'Globs of Argo Rollouts / Flagger manifests read at head.'
        },
        services: {
          type: 'object',
          additionalProperties: { type: 'array', items: { type: 'string', format: 'glob' }, minItems: 1 },
          description: 'Service name → globs of its source.'
        }
      }
    }
  },
  async run({ config, change, source }) {
    const relevant = filterPaths(
      change.files.map((f) => f.path),
      config.when
    )
    if (relevant.length === 0) {
      // A change that only edits a rollback definition still must not break it.
      const edited = await readEvidence(config, change, source, true)
      if (edited.problems.length > 0)
        return {
          status: 'fail',
          summary: `The change breaks a rollback definition. See ${DOCS}.`,
          findings: edited.problems.map((p) => ({ message: p.message, file: p.file, line: p.line }))
        }
      return {
        status: 'skip',
        summary: `No changed file matches \`when\` (${config.when.slice(0, 3).join(', ')}${config.when.length > 3 ? ', …' : ''}); this change needs no rollback plan.`
      }
    }

    const serviceNames = Object.keys(config.services)
    const touched =
      serviceNames.length === 0
        ? [undefined]
        : serviceNames.filter((s) => relevant.some((p) => matches(p, config.services[s]!)))
    if (touched.length === 0)
      return {
        status: 'skip',
        summary: `The change touches none of the configured services (${serviceNames.join(', ')}); no rollback plan needed.`
      }

    const evidence = await readEvidence(config, change, source)
    const changedProblems = evidence.problems.filter((p) => evidence.changed.has(p.file))
    // In a single-service repository (no `services` configured) every rollback definition is the
    // repository's, whatever `service:` it names; with services, a rollback file covers its own.
    const covers = (service: string | undefined) =>
      evidence.evidence.find(
        (e) =>
          e.kind !== 'rollback-file' ||
          service === undefined ||
          e.service === undefined ||
          e.service === service
      )
    const rollbackFiles = evidence.evidence.filter((e) => e.kind === 'rollback-file')
    const missingFiles = touched.filter((s) => !covers(s))
    // Never ask for a file that exists: name the ones there and what they lack.
    const suggestion =
      rollbackFiles.length === 0
        ? 'or commit a rollback definition: .release-readiness/rollback.yml (schema/rollback.schema.json), an Argo Rollouts AnalysisTemplate or a Flagger Canary.'
        : `or add a rollback file for ${missingFiles.map((s) => `\`service: ${s}\``).join(', ')} (${rollbackFiles.map((e) => `${e.file} covers \`service: ${e.service ?? '(any)'}\``).join('; ')}).`

    // The service to name in examples: a touched one nothing covers yet, else any the change touches.
    const hintService =
      touched.find((s): s is string => s !== undefined && !covers(s)) ??
      touchedServices(change, config.services)[0]
    const input = await readChangeText(change, source, config.file, 'rollback plan')
    let textPlan: { complete: boolean; findings: Finding[]; title?: string } = {
      complete: false,
      findings: []
    }
    if (input.kind === 'problem') textPlan.findings.push({ message: input.message, file: input.file })
    if (input.kind === 'text') {
      const vocabulary = rollbackVocabulary(config.languages, config.synonyms)
      const names = [...config.headings, ...vocabulary.headings]
      const doc = parseDocument(
        input.text,
        relevanceRegExp(KEYWORDS, [...names, ...vocabulary.criteria, ...vocabulary.rollBack])
      )
      const { named, all, candidates } = findPlanSections(doc, names, [
        ...FLAG_HEADINGS,
        ...flagVocabulary(config.languages).headings
      ])
      const rollbackWord = wordsRegExp(vocabulary.rollBack)
      const plans = new Map(all.map((s) => [s, readRollbackPlan(s.lines, vocabulary)]))
      const good = (s: Section): boolean =>
        plans.get(s)!.criteria.length > 0 && plans.get(s)!.steps.length > 0
      const chosen = candidates.find(
        (s) =>
          good(s) &&
          (named.includes(s) ||
            plans.get(s)!.criteria.some((c) => rollbackWord.test(c.text) || rollbackWord.test(s.title)))
      )
      const unionCriteria = named.some((s) => plans.get(s)!.criteria.length > 0)
      const unionSteps = named.some((s) => plans.get(s)!.steps.length > 0)
      if (chosen || (unionCriteria && unionSteps))
        textPlan = { complete: true, findings: [], title: (chosen ?? named[0]!).title }
      else if (named.length === 0)
        textPlan.findings.push({
          message: `${theOrigin(input.origin)} no rollback plan. Add a section (any heading level) like:\n\n${exampleFor(hintService)}\n\n${suggestion}`,
          file: input.file
        })
      else {
        const seen = new Set<string>()
        const service = hintService
        const reported = named.slice(0, MAX_SECTIONS_REPORTED)
        if (named.length > reported.length)
          textPlan.findings.push({
            message: `${named.length - reported.length} more sections named like a rollback plan (after line ${reported[reported.length - 1]!.line}) are not listed; none of them is complete either.`,
            file: input.file
          })
        for (const f of reported.flatMap((s) => sectionFindings(s, plans.get(s)!, input.file, service)))
          if (!seen.has(`${f.line}:${f.message.slice(-60)}`) && seen.add(`${f.line}:${f.message.slice(-60)}`))
            textPlan.findings.push(f)
      }
    }

    const findings: Finding[] = changedProblems.map((p) => ({
      message: p.message,
      file: p.file,
      line: p.line
    }))
    const uncovered = touched.filter((s) => !textPlan.complete && !covers(s))
    if (uncovered.length === 0 && findings.length === 0) {
      if (textPlan.complete)
        return {
          status: 'pass',
          summary: `The "${textPlan.title}" section has measurable rollback criteria and steps.`
        }
      if (input.kind === 'skip' && evidence.evidence.length === 0)
        return { status: 'skip', summary: input.reason }
      const e = touched.map((s) => covers(s)!)[0]!
      return { status: 'pass', summary: `Rollback criteria are defined in ${e.file} (${e.kind}).` }
    }
    if (uncovered.length > 0) {
      if (input.kind === 'skip' && evidence.evidence.length === 0 && findings.length === 0)
        return { status: 'skip', summary: input.reason }
      findings.push(...textPlan.findings)
      findings.push(
        ...evidence.problems
          .filter((p) => !evidence.changed.has(p.file))
          .map((p) => ({ message: p.message, file: p.file, line: p.line }))
      )
      if (serviceNames.length > 0)
        findings.push(
          ...uncovered.map((s) => ({
            message: `Service "${s}" is touched by this change but has no rollback criteria: add them to the description or commit a rollback file with \`service: ${s}\`.`
          }))
        )
    }
    return {
      status: 'fail',
      summary: `The change has no measurable rollback criteria with rollback steps. See ${DOCS}.`,
      findings
    }
  }
} satisfies Check<Config>
