import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSloFile, mightHoldSlo } from '../../../src/readers/slo/read-slo-file.js'
import { validateSlo } from '../../../src/readers/slo/validate-slo.js'
import { fixturesDir } from '../../support/fixture-source.js'

function read(file: string) {
  const r = readSloFile(file, readFileSync(join(fixturesDir, 'slo', file), 'utf8'))
  const results = r.candidates.map((c) => validateSlo(c, r.slis))
  return {
    slos: results
      .flatMap((x) => (x.slo ? [x.slo] : []))
      .map(({ format, service, name, target, window, indicator, line }) => ({
        format,
        service,
        name,
        target,
        window,
        indicator,
        line
      })),
    problems: [...r.problems, ...results.flatMap((x) => x.problems)].map((p) => `${p.line}: ${p.message}`)
  }
}

describe('readSloFile with validateSlo', () => {
  describe('on valid documents of every format', () => {
    it.each([
      [
        'openslo-v1/valid/checkout-availability.yaml',
        [
          {
            format: 'openslo/v1',
            service: 'checkout',
            name: 'checkout-availability',
            target: 99.9,
            window: '28d rolling',
            indicator: 'ratio metric',
            line: 1
          }
        ]
      ],
      [
        'openslo-v1/valid/latency-with-sli-ref.yaml',
        [
          {
            format: 'openslo/v1',
            service: 'checkout',
            name: 'checkout-latency',
            target: 95,
            window: '1w calendar',
            indicator: 'SLI "checkout-latency-under-300ms" (openslo-v1/valid/latency-with-sli-ref.yaml)',
            line: 12
          }
        ]
      ],
      [
        'openslo-v1/valid/slo.json',
        [
          {
            format: 'openslo/v1',
            service: 'search',
            name: 'search-availability',
            target: 99.5,
            window: '30d rolling',
            indicator: 'ratio metric',
            line: 1
          }
        ]
      ],
      [
        'openslo-v1alpha/valid/api-availability.yaml',
        [
          {
            format: 'openslo/v1alpha',
            service: 'public-api',
            name: 'api-availability',
            target: 99.5,
            window: '28 Day rolling',
            indicator: 'ratio metric',
            line: 1
          }
        ]
      ],
      [
        'sloth/valid/payments.yaml',
        [
          {
            format: 'sloth/prometheus-v1',
            service: 'payments',
            name: 'requests-availability',
            target: 99.9,
            window: '30d (Sloth default period)',
            indicator: 'events',
            line: 7
          },
          {
            format: 'sloth/prometheus-v1',
            service: 'payments',
            name: 'authorisations-latency',
            target: 99,
            window: '30d (Sloth default period)',
            indicator: 'raw',
            line: 24
          }
        ]
      ],
      [
        'sloth-kubernetes/valid/search.yaml',
        [
          {
            format: 'sloth/kubernetes',
            service: 'search',
            name: 'requests-availability',
            target: 99.5,
            window: '30d (Sloth default period)',
            indicator: 'events',
            line: 11
          }
        ]
      ],
      [
        'slo-generator-v1/valid/gae-app-latency.yaml',
        [
          {
            format: 'slo-generator/v1',
            service: 'gae',
            name: 'latency724ms',
            target: 99.99,
            window: 'error budget policy',
            indicator: 'distribution_cut on Stackdriver',
            line: 1
          }
        ]
      ],
      [
        'slo-generator-v2/valid/gae-app-availability.yaml',
        [
          {
            format: 'slo-generator/v2',
            service: 'gae',
            name: 'gae-app-availability',
            target: 95,
            window: 'error budget policy "default"',
            indicator: 'good_bad_ratio on cloud_monitoring',
            line: 1
          }
        ]
      ],
      [
        'pyrra/valid/pyrra-api-errors.yaml',
        [
          {
            format: 'pyrra',
            service: 'pyrra-api',
            name: 'pyrra-api-errors',
            target: 99,
            window: '2w',
            indicator: 'ratio',
            line: 1
          }
        ]
      ],
      [
        'nobl9/valid/web-latency.yaml',
        [
          {
            format: 'nobl9',
            service: 'storefront-web',
            name: 'web-latency',
            target: 95,
            window: '28 Day rolling',
            indicator: 'prometheus-prod metrics',
            line: 1
          }
        ]
      ]
    ])('normalises %s', (file, expected) => {
      expect(read(file)).toEqual({ slos: expected, problems: [] })
    })
  })

  describe('on invalid documents', () => {
    it.each([
      [
        'openslo-v1/invalid/target-100-percent.yaml',
        [
          '28: OpenSLO v1 SLO "ledger-availability" in openslo-v1/invalid/target-100-percent.yaml has spec.objectives[0].target: 1, which is 100 %: a 100 % target is not an objective (no error budget). Use e.g. 0.999.'
        ]
      ],
      [
        'openslo-v1/invalid/percent-in-ratio-field.yaml',
        [
          '21: OpenSLO v1 SLO "ledger-latency" in openslo-v1/invalid/percent-in-ratio-field.yaml has spec.objectives[0].target: 99.9, but this field is a ratio between 0 and 1; for 99.9 % write 0.999.'
        ]
      ],
      [
        'openslo-v1/invalid/dangling-indicator-ref.yaml',
        [
          '7: OpenSLO v1 SLO "ledger-freshness" in openslo-v1/invalid/dangling-indicator-ref.yaml refers to indicator "ledger-freshness-sli" (indicatorRef), but no OpenSLO SLI of that name exists; add "kind: SLI" with "metadata.name: ledger-freshness-sli" or fix the name.'
        ]
      ],
      [
        'openslo-v1/invalid/no-window-no-indicator.yaml',
        [
          '6: OpenSLO v1 SLO "ledger-writes" in openslo-v1/invalid/no-window-no-indicator.yaml has no time window; add e.g. "timeWindow: [{ duration: 28d, isRolling: true }]" to spec.',
          '6: OpenSLO v1 SLO "ledger-writes" in openslo-v1/invalid/no-window-no-indicator.yaml has no indicator; add spec.indicator (a ratioMetric or thresholdMetric) or spec.indicatorRef naming an SLI document.'
        ]
      ],
      [
        'openslo-v1alpha/invalid/no-objectives.yaml',
        [
          '1: OpenSLO v1alpha SLO "api-latency" in openslo-v1alpha/invalid/no-objectives.yaml has no objective; add one, e.g. "objectives: [{ target: 0.999 }]".',
          '14: OpenSLO v1alpha SLO "api-latency" in openslo-v1alpha/invalid/no-objectives.yaml has an incomplete time window: spec.timeWindows needs unit and count; write e.g. "timeWindows: [{ unit: Day, count: 28, isRolling: true }]".'
        ]
      ],
      [
        'sloth/invalid/ratio-objective-and-missing-sli.yaml',
        [
          '5: Sloth SLO "refunds-availability" in sloth/invalid/ratio-objective-and-missing-sli.yaml has slos[0].objective: 0.999, which is 0.999 % (this field is a percentage); for 99.9 % write 99.9.',
          '13: Sloth SLO "refunds-latency" in sloth/invalid/ratio-objective-and-missing-sli.yaml has no indicator; add "sli: { events: { error_query: ..., total_query: ... } }".'
        ]
      ],
      [
        'sloth-kubernetes/invalid/objective-100.yaml',
        [
          '9: Sloth PrometheusServiceLevel SLO "indexing-success" in sloth-kubernetes/invalid/objective-100.yaml has spec.slos[0].objective: 100, which is 100 % or more: a 100 % target is not an objective (no error budget). Use e.g. 99.9.'
        ]
      ],
      [
        'slo-generator-v1/invalid/target-over-one.yaml',
        [
          '5: slo-generator SLO "availability" in slo-generator-v1/invalid/target-over-one.yaml has slo_target: 99.5, but this field is a ratio between 0 and 1; for 99.5 % write 0.995.'
        ]
      ],
      [
        'slo-generator-v2/invalid/no-indicator-goal-zero.yaml',
        [
          '13: slo-generator SLO "gae-app-throughput" in slo-generator-v2/invalid/no-indicator-goal-zero.yaml has spec.goal: 0; a target must be above 0, e.g. 0.999.',
          '10: slo-generator SLO "gae-app-throughput" in slo-generator-v2/invalid/no-indicator-goal-zero.yaml has no indicator; add spec.service_level_indicator (e.g. filter_good and filter_valid).'
        ]
      ],
      [
        'pyrra/invalid/no-window.yaml',
        [
          '9: Pyrra SLO "prometheus-rule-evaluation-failures" in pyrra/invalid/no-window.yaml has no time window; add e.g. "window: 4w" to spec.'
        ]
      ],
      [
        'nobl9/invalid/window-without-count.yaml',
        [
          '19: Nobl9 SLO "web-availability" in nobl9/invalid/window-without-count.yaml has spec.objectives[0].target: 1.5, but this field is a ratio between 0 and 1; for 1.5 % write 0.015.',
          '13: Nobl9 SLO "web-availability" in nobl9/invalid/window-without-count.yaml has an incomplete time window: spec.timeWindows needs unit and count; write e.g. "timeWindows: [{ unit: Day, count: 28, isRolling: true }]".'
        ]
      ],
      [
        'not-slo/invalid/malformed.yaml',
        [
          '5: not-slo/invalid/malformed.yaml is not valid YAML/JSON (All mapping items must start at the same column at line 5, column 1:), so its SLOs cannot be read. Fix the syntax.'
        ]
      ],
      [
        'not-slo/invalid/alias-bomb.yaml',
        [
          '1: not-slo/invalid/alias-bomb.yaml is not valid YAML/JSON (Excessive alias count indicates a resource exhaustion attack), so its SLOs cannot be read. Fix the syntax.'
        ]
      ]
    ])('reports exactly what is wrong in %s, with lines', (file, expected) => {
      expect(read(file)).toEqual({ slos: [], problems: expected })
    })
  })

  describe('on YAML that is not an SLO', () => {
    it('ignores Helm values that merely mention SLOs', () => {
      expect(read('not-slo/valid/helm-values-mention-slo.yaml')).toEqual({ slos: [], problems: [] })
    })

    it('ignores other OpenSLO kinds such as Service', () => {
      expect(read('not-slo/valid/openslo-service.yaml')).toEqual({ slos: [], problems: [] })
    })

    it('does not parse text without a format marker at all', () => {
      expect(mightHoldSlo('slo:\n  objective: 99.9\n')).toBe(false)
      expect(readSloFile('values.yaml', 'slo: [unclosed')).toEqual({ candidates: [], slis: [], problems: [] })
    })
  })
})
