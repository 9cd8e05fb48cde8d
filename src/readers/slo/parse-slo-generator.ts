import type { YamlDocument } from '../yaml/read-yaml-documents.js'
import { isObj, str, type Obj, type SloCandidate } from './types.js'

/**
 * Google slo-generator SLOs: v1 (flat `slo_name`, `slo_target`, `backend`) and v2
 * (`sre.google.com/v2` `ServiceLevelObjective`). slo-generator computes its windows from an error
 * budget policy (the default one when none is named), so the window is always defined.
 */
export function parseSloGenerator(doc: YamlDocument, data: Obj, file: string): SloCandidate {
  if (data.apiVersion === 'sre.google.com/v2') {
    const metadata = isObj(data.metadata) ? data.metadata : {}
    const labels = isObj(metadata.labels) ? metadata.labels : {}
    const spec = isObj(data.spec) ? data.spec : {}
    const sli = isObj(spec.service_level_indicator) ? spec.service_level_indicator : undefined
    return {
      format: 'slo-generator/v2',
      name: str(metadata.name) ?? str(labels.slo_name) ?? '(unnamed)',
      service: str(labels.service_name),
      targets: [{ value: spec.goal, scale: 'ratio', field: 'spec.goal', line: doc.lineOf(['spec', 'goal']) }],
      window: `error budget policy "${str(spec.error_budget_policy) ?? 'default'}"`,
      windowLine: doc.lineOf(['spec']),
      indicator:
        sli && Object.keys(sli).length > 0
          ? `${str(spec.method) ?? 'sli'} on ${str(spec.backend) ?? 'backend'}`
          : undefined,
      indicatorLine: doc.lineOf(['spec', 'service_level_indicator']),
      alerting: Array.isArray(spec.exporters) && spec.exporters.length > 0 ? 'exporters' : undefined,
      file,
      line: doc.line
    }
  }
  const backend = isObj(data.backend) ? data.backend : undefined
  const measurement = backend && isObj(backend.measurement) ? backend.measurement : undefined
  return {
    format: 'slo-generator/v1',
    name: str(data.slo_name) ?? '(unnamed)',
    service: str(data.service_name),
    targets: [
      { value: data.slo_target, scale: 'ratio', field: 'slo_target', line: doc.lineOf(['slo_target']) }
    ],
    window: 'error budget policy',
    windowLine: doc.line,
    indicator:
      measurement && Object.keys(measurement).length > 0
        ? `${str(backend!.method) ?? 'sli'} on ${str(backend!.class) ?? 'backend'}`
        : undefined,
    indicatorLine: doc.lineOf(['backend']),
    alerting: Array.isArray(data.exporters) && data.exporters.length > 0 ? 'exporters' : undefined,
    file,
    line: doc.line
  }
}
