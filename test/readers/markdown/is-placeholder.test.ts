import { describe, expect, it } from '@jest/globals'
import { isPlaceholder } from '../../../src/readers/markdown/is-placeholder.js'

describe('isPlaceholder', () => {
  it.each([
    '',
    '<flag-key>',
    '[owner]',
    'TBD',
    '_TBD_',
    'tbd.',
    'N/A',
    'n/a',
    'TODO',
    '???',
    '...',
    '-',
    '{{owner}}',
    'to be decided'
  ])('treats %j as unfilled', (value) => {
    expect(isPlaceholder(value)).toBe(true)
  })

  it.each(['off', '@payments-team', '`new-checkout-flow`', 'internal → 5% → 100%', 'Not needed: docs only'])(
    'treats %j as filled in',
    (value) => {
      expect(isPlaceholder(value)).toBe(false)
    }
  )
})
