import { describe, expect, it } from '@jest/globals'
import { expandTables } from '../../../src/readers/text/expand-tables.js'
import { wordsRegExp } from '../../../src/readers/text/match-words.js'

const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, depth: 0 }))

describe('expandTables', () => {
  it('gives each cell of a table as "Header: cell" and a row of three or more columns whole', () => {
    const out = expandTables(
      lines(['| Flag | Default | Owner |', '|---|---|---|', '| `cart-v2` | off | @cart |', 'after'])
    ).map((l) => `${l.line} ${l.text}`)
    expect(out).toEqual([
      '1 | Flag | Default | Owner |',
      '3 | `cart-v2` | off | @cart |',
      '3 Flag: `cart-v2`',
      '3 Default: off',
      '3 Owner: @cart',
      '3 `cart-v2` · off · @cart',
      '4 after'
    ])
  })

  it('adds a rollout line from a table with a stage or audience column', () => {
    const out = expandTables(
      lines(['| Stage | Audience |', '|---|---|', '| 1 | staff |', '| 2 | 10% |', '| 3 | 100% |'])
    ).map((l) => l.text)
    expect(out).toContain('Rollout: staff → 10% → 100%')
  })

  it('leaves lines with pipes that are not a table alone', () => {
    expect(expandTables(lines(['a | b', 'c']))).toEqual(lines(['a | b', 'c']))
  })
})

describe('wordsRegExp', () => {
  it('matches Latin entries as whole words and Japanese ones inside text', () => {
    expect(wordsRegExp(['flag']).test('Feature flags')).toBe(false)
    expect(wordsRegExp(['flag', 'flags']).test('Feature flags')).toBe(true)
    expect(wordsRegExp(['flag']).test('flagship')).toBe(false)
    expect(wordsRegExp(['kill switch']).test('the Kill-Switch is')).toBe(true)
    expect(wordsRegExp(['フラグ']).test('フィーチャーフラグ計画')).toBe(true)
  })
})
