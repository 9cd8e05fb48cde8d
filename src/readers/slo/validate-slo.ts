import type { Slo, SloCandidate, SloProblem, RawTarget } from './types.js'
import type { SliDefinition } from './read-slo-file.js'

const NAMES: Record<SloCandidate['format'], string> = {
  'openslo/v1': 'OpenSLO v1 SLO',
  'openslo/v1alpha': 'OpenSLO v1alpha SLO',
  'sloth/prometheus-v1': 'Sloth SLO',
  'sloth/kubernetes': 'Sloth PrometheusServiceLevel SLO',
  'slo-generator/v1': 'slo-generator SLO',
  'slo-generator/v2': 'slo-generator SLO',
  pyrra: 'Pyrra SLO',
  nobl9: 'Nobl9 SLO'
}

/**
 * Validates one SLO candidate: a target strictly between 0 and 100 % on the format's own scale, a
 * time window, and an indicator whose `indicatorRef` (if any) names an SLI in `slis`.
 */
export function validateSlo(
  c: SloCandidate,
  slis: readonly SliDefinition[]
): { slo?: Slo; problems: SloProblem[] } {
  const problems: SloProblem[] = []
  const who = `${NAMES[c.format]} "${c.name}" in ${c.file}`
  const add = (line: number, text: string) =>
    problems.push({ file: c.file, line, message: `${who} ${text}`, name: c.name, service: c.service })

  const percents: number[] = []
  if (c.targets.length === 0)
    add(c.line, 'has no objective; add one, e.g. "objectives: [{ target: 0.999 }]".')
  for (const t of c.targets) {
    const p = targetProblem(t)
    if (typeof p === 'string') add(t.line, p)
    else percents.push(p)
  }
  if (!c.window)
    add(
      c.windowLine,
      c.windowProblem
        ? `has an incomplete time window: ${c.windowProblem}.`
        : `has no time window; ${windowHint(c)}.`
    )
  let indicator = c.indicator
  if (c.indicatorRef !== undefined) {
    const sli = slis.find((s) => s.name === c.indicatorRef)
    if (!sli)
      add(
        c.indicatorLine,
        `refers to indicator "${c.indicatorRef}" (indicatorRef), but no OpenSLO SLI of that name exists; add "kind: SLI" with "metadata.name: ${c.indicatorRef}" or fix the name.`
      )
    else if (sli.problem)
      add(c.indicatorLine, `refers to SLI "${sli.name}" (${sli.file}:${sli.line}), which ${sli.problem}.`)
    else indicator = `SLI "${sli.name}" (${sli.file})`
  } else if (!indicator) add(c.indicatorLine, `has no indicator; ${indicatorHint(c)}.`)

  if (problems.length > 0 || !c.window || !indicator) return { problems }
  return {
    problems,
    slo: {
      format: c.format,
      service: c.service,
      name: c.name,
      target: percents[0]!,
      window: c.window,
      indicator,
      alerting: c.alerting,
      file: c.file,
      line: c.line
    }
  }
}

/** The target as a percentage, or what is wrong with it. */
function targetProblem(t: RawTarget): number | string {
  const v = typeof t.value === 'string' && t.value.trim() !== '' ? Number(t.value) : t.value
  if (typeof v !== 'number' || !Number.isFinite(v))
    return `has no numeric ${t.field}; write e.g. "${t.field.split('.').pop()}: ${t.scale === 'ratio' ? '0.999' : '99.9'}".`
  if (t.scale === 'ratio') {
    if (v === 1)
      return `has ${t.field}: 1, which is 100 %: a 100 % target is not an objective (no error budget). Use e.g. 0.999.`
    if (v > 1 && v < 100)
      return `has ${t.field}: ${v}, but this field is a ratio between 0 and 1; for ${v} % write ${+(v / 100).toFixed(6)}.`
    if (v >= 100)
      return `has ${t.field}: ${v}, but this field is a ratio between 0 and 1, and 100 % or more is not an objective. Use e.g. 0.999.`
    if (v <= 0) return `has ${t.field}: ${v}; a target must be above 0, e.g. 0.999.`
    return v * 100
  }
  if (v >= 100)
    return `has ${t.field}: ${v}, which is 100 % or more: a 100 % target is not an objective (no error budget). Use e.g. 99.9.`
  if (v <= 0) return `has ${t.field}: ${v}; a target must be above 0 %, e.g. 99.9.`
  if (v < 1)
    return `has ${t.field}: ${v}, which is ${v} % (this field is a percentage); for ${+(v * 100).toFixed(4)} % write ${+(v * 100).toFixed(4)}.`
  return v
}

function windowHint(c: SloCandidate): string {
  switch (c.format) {
    case 'openslo/v1':
      return 'add e.g. "timeWindow: [{ duration: 28d, isRolling: true }]" to spec'
    case 'pyrra':
      return 'add e.g. "window: 4w" to spec'
    default:
      return 'add e.g. "timeWindows: [{ unit: Day, count: 28, isRolling: true }]" to spec'
  }
}

function indicatorHint(c: SloCandidate): string {
  switch (c.format) {
    case 'openslo/v1':
    case 'openslo/v1alpha':
      return 'add spec.indicator (a ratioMetric or thresholdMetric) or spec.indicatorRef naming an SLI document'
    case 'sloth/prometheus-v1':
    case 'sloth/kubernetes':
      return 'add "sli: { events: { error_query: ..., total_query: ... } }"'
    case 'slo-generator/v1':
      return 'add backend.method and backend.measurement'
    case 'slo-generator/v2':
      return 'add spec.service_level_indicator (e.g. filter_good and filter_valid)'
    case 'pyrra':
      return 'add spec.indicator.ratio (errors and total metrics) or spec.indicator.latency'
    case 'nobl9':
      return 'add spec.indicator.metricSource and countMetrics or rawMetric on each objective'
  }
}
