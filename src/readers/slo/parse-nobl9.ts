import type { YamlDocument } from '../yaml/read-yaml-documents.js'
import { isObj, str, type Obj, type RawTarget, type SloCandidate } from './types.js'

/** A Nobl9 `n9/v1alpha` `kind: SLO`: objectives' targets are ratios, windows are unit + count. */
export function parseNobl9(doc: YamlDocument, data: Obj, file: string): SloCandidate {
  const metadata = isObj(data.metadata) ? data.metadata : {}
  const spec = isObj(data.spec) ? data.spec : {}
  const objectives = Array.isArray(spec.objectives) ? spec.objectives : []
  const targets: RawTarget[] = objectives.map((o, i) => ({
    value: isObj(o) ? o.target : undefined,
    scale: 'ratio',
    field: `spec.objectives[${i}].target`,
    line: doc.lineOf(['spec', 'objectives', i, 'target'])
  }))
  const windows = Array.isArray(spec.timeWindows) ? spec.timeWindows : []
  const w = isObj(windows[0]) ? windows[0] : undefined
  const indicator = isObj(spec.indicator) ? spec.indicator : undefined
  const source = indicator && isObj(indicator.metricSource) ? indicator.metricSource : undefined
  const hasMetrics = objectives.some((o) => isObj(o) && (isObj(o.countMetrics) || isObj(o.rawMetric)))
  return {
    format: 'nobl9',
    name: str(metadata.name) ?? '(unnamed)',
    service: str(spec.service),
    targets,
    window:
      w && str(w.count) && str(w.unit)
        ? `${w.count} ${w.unit}${w.isRolling ? ' rolling' : ' calendar'}`
        : undefined,
    windowProblem:
      w && !(str(w.count) && str(w.unit))
        ? 'spec.timeWindows needs unit and count; write e.g. "timeWindows: [{ unit: Day, count: 28, isRolling: true }]"'
        : undefined,
    windowLine: doc.lineOf(['spec', 'timeWindows']),
    indicator: source && str(source.name) && hasMetrics ? `${source.name} metrics` : undefined,
    indicatorLine: doc.lineOf(['spec', 'indicator']),
    alerting:
      Array.isArray(spec.alertPolicies) && spec.alertPolicies.length > 0 ? 'alert policies' : undefined,
    file,
    line: doc.line
  }
}
