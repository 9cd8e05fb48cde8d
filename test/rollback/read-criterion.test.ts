import { describe, expect, it } from '@jest/globals'
import { criterionParts, isMeasurable } from '../../src/rollback/read-criterion.js'

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
