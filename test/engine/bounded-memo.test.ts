import { describe, expect, it } from '@jest/globals'
import { boundedMemo } from '../../src/engine/bounded-memo.js'

describe('boundedMemo', () => {
  it('computes each key once while it is held, and starts over when full', () => {
    const calls: string[] = []
    const memo = boundedMemo<number>(2)
    const get = (key: string): number =>
      memo(key, () => {
        calls.push(key)
        return key.length
      })
    expect([get('a'), get('bb'), get('a'), get('bb')]).toEqual([1, 2, 1, 2])
    expect(calls).toEqual(['a', 'bb'])
    expect(get('ccc')).toBe(3)
    expect(get('a')).toBe(1)
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a'])
  })
})
