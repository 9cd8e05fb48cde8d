import type { YamlDocument } from '../yaml/read-yaml-documents.js'
import { isObj, str, type Obj, type RawTarget, type SloCandidate } from './types.js'

/** An OpenSLO `kind: SLO` document (v1 or v1alpha) as an SLO candidate. */
export function parseOpenSlo(doc: YamlDocument, data: Obj, file: string): SloCandidate {
  const v1 = data.apiVersion === 'openslo/v1'
  const metadata = isObj(data.metadata) ? data.metadata : {}
  const spec = isObj(data.spec) ? data.spec : {}
  const objectives = Array.isArray(spec.objectives) ? spec.objectives : []
  const targets: RawTarget[] = []
  objectives.forEach((o, i) => {
    if (!isObj(o)) return
    if (o.targetPercent !== undefined)
      targets.push({
        value: o.targetPercent,
        scale: 'percent',
        field: `spec.objectives[${i}].targetPercent`,
        line: doc.lineOf(['spec', 'objectives', i, 'targetPercent'])
      })
    else
      targets.push({
        value: o.target,
        scale: 'ratio',
        field: `spec.objectives[${i}].target`,
        line: doc.lineOf(['spec', 'objectives', i, 'target'])
      })
  })
  let window: string | undefined
  let windowProblem: string | undefined
  const windowKey = v1 ? 'timeWindow' : 'timeWindows'
  const windows = spec[windowKey]
  const w = Array.isArray(windows) ? windows[0] : windows
  if (isObj(w)) {
    if (v1) {
      if (str(w.duration)) window = `${w.duration}${w.isRolling ? ' rolling' : w.calendar ? ' calendar' : ''}`
      else
        windowProblem = `spec.timeWindow has no duration; write e.g. "timeWindow: [{ duration: 28d, isRolling: true }]"`
    } else if (str(w.count) && str(w.unit)) window = `${w.count} ${w.unit}${w.isRolling ? ' rolling' : ''}`
    else
      windowProblem = `spec.timeWindows needs unit and count; write e.g. "timeWindows: [{ unit: Day, count: 28, isRolling: true }]"`
  }
  let indicator: string | undefined
  let indicatorRef: string | undefined
  if (str(spec.indicatorRef)) indicatorRef = String(spec.indicatorRef)
  else if (isObj(spec.indicator)) indicator = describeIndicator(spec.indicator)
  else {
    const perObjective = objectives.find(
      (o) =>
        isObj(o) &&
        (isObj(o.ratioMetrics) || isObj(o.ratioMetric) || isObj(o.indicator) || str(o.indicatorRef))
    )
    if (isObj(perObjective)) {
      if (str(perObjective.indicatorRef)) indicatorRef = String(perObjective.indicatorRef)
      else
        indicator =
          perObjective.ratioMetrics || perObjective.ratioMetric
            ? 'ratio metric'
            : describeIndicator(perObjective.indicator as Obj)
    }
  }
  const alertPolicies = Array.isArray(spec.alertPolicies) ? spec.alertPolicies : []
  return {
    format: v1 ? 'openslo/v1' : 'openslo/v1alpha',
    name: str(metadata.name) ?? '(unnamed)',
    service: str(spec.service),
    targets,
    window,
    windowProblem,
    windowLine: doc.lineOf(['spec', windowKey]),
    indicator,
    indicatorRef,
    indicatorLine: doc.lineOf([
      'spec',
      indicatorRef && str(spec.indicatorRef) ? 'indicatorRef' : 'indicator'
    ]),
    alerting:
      alertPolicies.length > 0
        ? `${alertPolicies.length} alert polic${alertPolicies.length === 1 ? 'y' : 'ies'}`
        : undefined,
    file,
    line: doc.line
  }
}

/** A short description of an OpenSLO indicator (inline SLI or v1alpha metric), or undefined if empty. */
export function describeIndicator(indicator: Obj): string | undefined {
  const spec = isObj(indicator.spec) ? indicator.spec : indicator
  if (isObj(spec.ratioMetric)) return 'ratio metric'
  if (isObj(spec.thresholdMetric)) return 'threshold metric'
  if (isObj(spec.ratioMetrics)) return 'ratio metric'
  return undefined
}
