import { describe, expect, it } from '@jest/globals'
import { findFlagKeys } from '../../../src/readers/flags/find-flag-keys.js'

describe('findFlagKeys', () => {
  it.each([
    ["await client.getBooleanValue('new-checkout', false)", 'new-checkout', 'getBooleanValue'],
    ['client.getStringDetails("theme", "light")', 'theme', 'getStringDetails'],
    ['client.get_integer_value("max-items", 10)', 'max-items', 'get_integer_value'],
    ["ldClient.variation('beta-banner', context, false)", 'beta-banner', 'variation'],
    ['client.boolVariation("dark-mode", ctx, false)', 'dark-mode', 'boolVariation'],
    ['client.BoolVariation("eu-pricing", ctx, false)', 'eu-pricing', 'BoolVariation'],
    ["unleash.isEnabled('fast-search')", 'fast-search', 'isEnabled'],
    ['client.is_enabled("py-flag")', 'py-flag', 'is_enabled']
  ])('finds the key in %s', (code, key, call) => {
    expect(findFlagKeys(code)).toEqual([{ key, line: 1, call }])
  })

  it('ignores a bare variation() and keys that are not string literals, and counts lines', () => {
    const code =
      "variation('not-a-flag')\nclient.getBooleanValue(key, false)\n\nclient.getNumberValue('ratio', 0)\n"
    expect(findFlagKeys(code)).toEqual([{ key: 'ratio', line: 4, call: 'getNumberValue' }])
  })
})
