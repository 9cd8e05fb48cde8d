import type { YamlDocument } from '../yaml/read-yaml-documents.js'
import { isObj, str, type Obj, type SloCandidate } from './types.js'

/** A Pyrra `pyrra.dev/v1alpha1` `ServiceLevelObjective`: target is a percentage (often a string). */
export function parsePyrra(doc: YamlDocument, data: Obj, file: string): SloCandidate {
  const metadata = isObj(data.metadata) ? data.metadata : {}
  const labels = isObj(metadata.labels) ? metadata.labels : {}
  const spec = isObj(data.spec) ? data.spec : {}
  const indicator = isObj(spec.indicator) ? spec.indicator : undefined
  const kind = indicator
    ? ['ratio', 'latency', 'latencyNative', 'bool_gauge', 'boolGauge'].find((k) => isObj(indicator[k]))
    : undefined
  const alerting = isObj(spec.alerting) ? spec.alerting : undefined
  return {
    format: 'pyrra',
    name: str(metadata.name) ?? '(unnamed)',
    service: str(labels.service) ?? str(labels['app.kubernetes.io/name']) ?? str(metadata.namespace),
    targets: [
      {
        value:
          typeof spec.target === 'string'
            ? Number(spec.target.trim() === '' ? NaN : spec.target)
            : spec.target,
        scale: 'percent',
        field: 'spec.target',
        line: doc.lineOf(['spec', 'target'])
      }
    ],
    window: str(spec.window),
    windowLine: doc.lineOf(['spec', 'window']),
    indicator: kind,
    indicatorLine: doc.lineOf(['spec', 'indicator']),
    alerting: alerting?.disabled === true ? undefined : 'burn rate alerts',
    file,
    line: doc.line
  }
}
