import type { YamlDocument } from '../yaml/read-yaml-documents.js'
import { isObj, str, type Obj, type SloCandidate } from './types.js'

/**
 * Sloth SLOs: the `version: prometheus/v1` file and the `sloth.slok.dev/v1`
 * `PrometheusServiceLevel` resource. Sloth has no per-SLO window; it uses its default period
 * (30 days) unless the SLO sets one, so the window is always defined.
 */
export function parseSloth(doc: YamlDocument, data: Obj, file: string): SloCandidate[] {
  const kubernetes = data.kind === 'PrometheusServiceLevel'
  const spec = kubernetes ? (isObj(data.spec) ? data.spec : {}) : data
  const prefix = kubernetes ? ['spec'] : []
  const slos = Array.isArray(spec.slos) ? spec.slos : []
  return slos.map((slo, i): SloCandidate => {
    const s = isObj(slo) ? slo : {}
    const at = (...keys: string[]) => doc.lineOf([...prefix, 'slos', i, ...keys])
    const sli = isObj(s.sli) ? s.sli : undefined
    const alerting = isObj(s.alerting) ? s.alerting : undefined
    return {
      format: kubernetes ? 'sloth/kubernetes' : 'sloth/prometheus-v1',
      name: str(s.name) ?? `slos[${i}]`,
      service: str(spec.service),
      targets: [
        {
          value: s.objective,
          scale: 'percent',
          field: `${kubernetes ? 'spec.' : ''}slos[${i}].objective`,
          line: at('objective')
        }
      ],
      window: str(s.slo_period) ?? str(s.sloPeriod) ?? '30d (Sloth default period)',
      windowLine: at(),
      indicator: sli
        ? isObj(sli.events)
          ? 'events'
          : isObj(sli.raw)
            ? 'raw'
            : isObj(sli.plugin)
              ? 'plugin'
              : undefined
        : undefined,
      indicatorLine: at('sli'),
      alerting: alerting ? (str(alerting.name) ?? 'alerting') : undefined,
      file,
      line: at()
    }
  })
}
