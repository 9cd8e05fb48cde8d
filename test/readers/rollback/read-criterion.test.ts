import { describe, expect, it } from '@jest/globals'
import {
  criterionParts,
  describeParts,
  isMeasurable,
  parseCriterion
} from '../../../src/readers/rollback/read-criterion.js'

describe('isMeasurable', () => {
  it.each([
    'Roll back if the 5xx rate is above 2% for 10 minutes',
    'p95 latency is above 800 ms for 15 minutes',
    'p99 latency of /payments is over 1.5 s for 5 consecutive minutes',
    'error rate > 0.5% over a 10-minute window',
    'roll back when checkout conversion falls below 2.5% for 60 minutes',
    'sync lag is above 300 s for 15 minutes',
    'abort if queue depth exceeds 10000 messages for 5 min'
  ])('accepts %j', (sentence) => {
    expect(isMeasurable(sentence)).toBe(true)
  })

  it.each([
    ['roll back if errors spike', ['metric']],
    ['roll back if the 5xx rate is above 2%', ['metric', 'comparator', 'threshold']],
    ['roll back if latency is high for 10 minutes', ['metric', 'window']],
    ['roll back if the error ratio is above 0.02 for 10 minutes', ['metric', 'comparator', 'window']],
    ['we can always roll back', []]
  ])('rejects %j, which has only %j', (sentence, parts) => {
    expect(isMeasurable(sentence)).toBe(false)
    expect([...criterionParts(sentence)].sort()).toEqual([...parts].sort())
  })
})

describe('parseCriterion', () => {
  it.each([
    [
      'roll back if the checkout 5xx rate is above 2% for 10 minutes',
      {
        metric: 'checkout 5xx rate',
        comparator: 'above',
        threshold: { value: '2', unit: '%' },
        window: '10 minutes'
      }
    ],
    [
      'Roll back when `rate(http_requests_total{code=~"5.."}[5m]) > 0.02`',
      {
        metric: 'rate(http_requests_total{code=~"5.."}[5m]) > 0.02',
        comparator: '>',
        threshold: { value: '0.02', unit: undefined },
        window: '[5m]'
      }
    ],
    [
      '`ledger_posting_failures_ratio > 0.5%` over `PT10M`',
      {
        metric: 'ledger_posting_failures_ratio > 0.5%',
        comparator: '>',
        threshold: { value: '0.5', unit: '%' },
        window: 'PT10M'
      }
    ],
    [
      'error-budget burn rate above 14.4 over 1h',
      {
        metric: 'error-budget burn rate',
        comparator: 'above',
        threshold: { value: '14.4', unit: undefined },
        window: '1h'
      }
    ],
    [
      'more than 50 failed payments in 15 minutes',
      {
        metric: 'failed payments',
        comparator: 'more than',
        threshold: { value: '50', unit: 'failed payments' },
        window: '15 minutes'
      }
    ],
    [
      'p99 latency is over 1.5 s for 5 consecutive minutes',
      {
        metric: 'p99 latency',
        comparator: 'over',
        threshold: { value: '1.5', unit: 's' },
        window: '5 consecutive minutes'
      }
    ],
    [
      'roll back if export 5xx responses are above 1% over the last 15 minutes',
      {
        metric: 'export 5xx responses',
        comparator: 'above',
        threshold: { value: '1', unit: '%' },
        window: '15 minutes'
      }
    ],
    [
      'Rollback, wenn die CPU-Last mehr als 15 Minuten über 80 % liegt',
      { metric: 'CPU-Last', comparator: 'über', threshold: { value: '80', unit: '%' }, window: '15 Minuten' }
    ],
    [
      'revenir en arrière si le taux d’erreurs dépasse 2 % pendant 10 minutes',
      { comparator: 'dépasse', threshold: { value: '2', unit: '%' }, window: '10 minutes' }
    ],
    [
      'エラー率が 10 分間 2% を超えた場合はロールバック',
      { metric: 'エラー率', comparator: 'を超え', threshold: { value: '2', unit: '%' }, window: '10 分間' }
    ]
  ])('reads %j into its parts', (sentence, expected) => {
    const criterion = parseCriterion(sentence)
    expect(criterion).toMatchObject(expected)
    expect([...criterion.parts].sort()).toEqual(['comparator', 'metric', 'threshold', 'window'])
  })

  it('reports what it found when a part is missing, for the finding to quote', () => {
    const criterion = parseCriterion('roll back if the 5xx rate is above 2%')
    expect(describeParts(criterion)).toEqual({
      found: ['a metric (5xx rate)', 'a comparator (above)', 'a threshold (2%)'],
      missing: ['window']
    })
    expect(describeParts(parseCriterion('roll back if payout latency is above 800 for 10 minutes'))).toEqual({
      found: [
        'a metric (payout latency)',
        'a comparator (above)',
        'a number (800) without a unit',
        'a time window (10 minutes)'
      ],
      missing: ['threshold']
    })
  })

  it('does not read template placeholders, label matchers or version numbers as parts', () => {
    expect([...parseCriterion('roll back if <metric> is above <threshold> for <window>').parts]).toEqual([
      'comparator'
    ])
    expect([...parseCriterion('redeploy label-client v3.14.2 and 4.11.3').parts]).toEqual([])
    expect([...parseCriterion('`sum(rate(x{code!="500"}[5m]))`').parts].sort()).toEqual(['metric', 'window'])
  })
})
