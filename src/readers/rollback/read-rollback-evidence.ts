import { Ajv, type ErrorObject } from 'ajv'
import { readYamlDocuments, type YamlDocument } from '../yaml/read-yaml-documents.js'
import { rollbackSchema } from './rollback-schema.js'

/** A machine-readable rollback definition that counts as criteria and steps. */
export interface RollbackEvidence {
  kind: 'argo-analysis-template' | 'flagger-canary' | 'rollback-file'
  file: string
  line: number
  /** Name of the template, canary or service. */
  name: string
  /** `service` of a rollback file, when it names one. */
  service?: string
}

export interface EvidenceRead {
  evidence: RollbackEvidence[]
  problems: Array<{ file: string; line?: number; message: string }>
}

const ajv = new Ajv({ allErrors: true, strict: false })
const validateRollbackFile = ajv.compile(rollbackSchema)

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Reads Argo Rollouts `AnalysisTemplate` / `ClusterAnalysisTemplate` (metrics with a
 * successCondition or failureCondition), Flagger `Canary` (analysis metrics with a thresholdRange)
 * and, when `isRollbackFile`, our own rollback file validated against `schema/rollback.schema.json`.
 * Other YAML is ignored; malformed YAML in a rollback file is a problem.
 */
export function readRollbackEvidence(file: string, text: string, isRollbackFile: boolean): EvidenceRead {
  const out: EvidenceRead = { evidence: [], problems: [] }
  const read = readYamlDocuments(text)
  if (!read.ok) {
    if (isRollbackFile || /argoproj\.io|flagger\.app/.test(text))
      out.problems.push({
        file,
        line: read.line,
        message: `${file} is not valid YAML (${read.message}); fix it so its rollback definition counts.`
      })
    return out
  }
  for (const doc of read.documents) {
    if (isRollbackFile) rollbackFile(file, doc, out)
    else if (isObj(doc.data)) manifest(file, doc, doc.data, out)
  }
  return out
}

function rollbackFile(file: string, doc: YamlDocument, out: EvidenceRead): void {
  if (validateRollbackFile(doc.data)) {
    const data = doc.data as { service?: string }
    out.evidence.push({
      kind: 'rollback-file',
      file,
      line: doc.line,
      name: data.service ?? file,
      service: data.service
    })
    return
  }
  for (const error of validateRollbackFile.errors ?? []) {
    const path: Array<string | number> = error.instancePath
      .split('/')
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')))
    if (error.keyword === 'additionalProperties')
      path.push((error.params as { additionalProperty: string }).additionalProperty)
    out.problems.push({
      file,
      line: doc.lineOf(path),
      message: `${file}: ${describe(error)} (schema/rollback.schema.json). Example criterion: { metric: "checkout 5xx rate", comparator: ">", threshold: 2, unit: "%", window: 10m }.`
    })
  }
}

function describe(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`))
    .join('')
  const at = path === '' ? 'the file' : `\`${path}\``
  switch (error.keyword) {
    case 'required':
      return `${at} needs \`${(error.params as { missingProperty: string }).missingProperty}\``
    case 'additionalProperties':
      return `${at} has an unknown key \`${(error.params as { additionalProperty: string }).additionalProperty}\``
    case 'enum':
      return `${at} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
    case 'pattern':
      return `${at} must be a duration such as 10m, 1h or 30s`
    case 'minItems':
      return `${at} needs at least one item`
    default:
      return `${at} ${error.message ?? 'is invalid'}`
  }
}

function manifest(file: string, doc: YamlDocument, data: Obj, out: EvidenceRead): void {
  const apiVersion = String(data.apiVersion ?? '')
  const kind = String(data.kind ?? '')
  const name = isObj(data.metadata) ? String(data.metadata.name ?? kind) : kind
  const spec = isObj(data.spec) ? data.spec : {}
  if (
    apiVersion.startsWith('argoproj.io/') &&
    (kind === 'AnalysisTemplate' || kind === 'ClusterAnalysisTemplate')
  ) {
    const metrics = Array.isArray(spec.metrics) ? spec.metrics : []
    if (metrics.length === 0) {
      out.problems.push({
        file,
        line: doc.lineOf(['spec']),
        message: `${kind} "${name}" in ${file} has no spec.metrics; add a metric with a successCondition or failureCondition, e.g. successCondition: result[0] < 0.02.`
      })
      return
    }
    const bad = metrics
      .map((m, i) => [m, i] as const)
      .filter(([m]) => !isObj(m) || (m.successCondition === undefined && m.failureCondition === undefined))
    for (const [m, i] of bad)
      out.problems.push({
        file,
        line: doc.lineOf(['spec', 'metrics', i]),
        message: `${kind} "${name}" metric "${isObj(m) ? String(m.name ?? i) : i}" in ${file} has neither successCondition nor failureCondition, so it never fails a rollout; add one, e.g. failureCondition: result[0] >= 0.02.`
      })
    if (bad.length === 0) out.evidence.push({ kind: 'argo-analysis-template', file, line: doc.line, name })
    return
  }
  if (apiVersion.startsWith('flagger.app/') && kind === 'Canary') {
    const analysis = isObj(spec.analysis)
      ? spec.analysis
      : isObj(spec.canaryAnalysis)
        ? spec.canaryAnalysis
        : undefined
    const metrics = analysis && Array.isArray(analysis.metrics) ? analysis.metrics : []
    if (metrics.length === 0) {
      out.problems.push({
        file,
        line: doc.lineOf(['spec', 'analysis']),
        message: `Canary "${name}" in ${file} has no spec.analysis.metrics; add one with a thresholdRange, e.g. { name: request-success-rate, thresholdRange: { min: 99 }, interval: 1m }.`
      })
      return
    }
    const key = isObj(spec.analysis) ? 'analysis' : 'canaryAnalysis'
    const bad = metrics
      .map((m, i) => [m, i] as const)
      .filter(
        ([m]) =>
          !isObj(m) ||
          !isObj(m.thresholdRange) ||
          (m.thresholdRange.min === undefined && m.thresholdRange.max === undefined) ||
          m.interval === undefined
      )
    for (const [m, i] of bad)
      out.problems.push({
        file,
        line: doc.lineOf(['spec', key, 'metrics', i]),
        message: `Canary "${name}" metric "${isObj(m) ? String(m.name ?? i) : i}" in ${file} needs a thresholdRange (min or max) and an interval, e.g. { thresholdRange: { max: 500 }, interval: 1m }.`
      })
    if (bad.length === 0) out.evidence.push({ kind: 'flagger-canary', file, line: doc.line, name })
  }
}
