import { describe, expect, it } from '@jest/globals'
import { splitLabel } from '../../../src/readers/text/split-label.js'

describe('splitLabel', () => {
  it.each([
    ['Flag: `checkout`', { label: 'Flag', value: '`checkout`' }],
    ['Owner — @team', { label: 'Owner', value: '@team' }],
    ['| Default | off |', { label: 'Default', value: 'off' }],
    ['[x] Kill switch: turn it off', { label: 'Kill switch', value: 'turn it off' }],
    ['Rollout:', { label: 'Rollout', value: '' }]
  ])('splits %j', (line, expected) => {
    expect(splitLabel(line)).toEqual(expected)
  })

  it('returns nothing for prose and for a table separator row', () => {
    expect(splitLabel('We ship it dark and ramp up slowly')).toBeUndefined()
    expect(splitLabel('|---|---|')).toBeUndefined()
  })
})
