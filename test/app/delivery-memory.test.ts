import { describe, expect, it } from '@jest/globals'
import { DeliveryMemory } from '../../src/app/delivery-memory.js'
import { RecheckLimiter } from '../../src/app/recheck-limiter.js'

describe('DeliveryMemory', () => {
  it('refuses an id seen within the window, and takes it again once the window has passed', () => {
    let now = 0
    const memory = new DeliveryMemory(1000, 10, () => now)
    expect([memory.remember('a'), memory.remember('a')]).toEqual([true, false])
    now = 999
    expect(memory.remember('a')).toBe(false)
    now = 1001
    expect(memory.remember('a')).toBe(true)
  })

  it('holds at most `size` ids, forgetting the oldest first', () => {
    const memory = new DeliveryMemory(60_000, 3, () => 0)
    for (const id of ['a', 'b', 'c', 'd']) memory.remember(id)
    expect(memory.count).toBe(3)
    expect([memory.remember('a'), memory.remember('d')]).toEqual([true, false])
  })

  it('forgets an id whose handling failed, so that its redelivery is judged', () => {
    const memory = new DeliveryMemory()
    memory.remember('a')
    memory.forget('a')
    expect(memory.remember('a')).toBe(true)
  })
})

describe('RecheckLimiter', () => {
  it('allows `limit` per window per pull request, then says when the window opens', () => {
    let now = 1000
    const limiter = new RecheckLimiter(2, 500, () => now)
    expect([limiter.take('#1'), limiter.take('#1'), limiter.take('#2')]).toEqual([
      { allowed: true },
      { allowed: true },
      { allowed: true }
    ])
    now = 1100
    expect(limiter.take('#1')).toEqual({ allowed: false, retryAtMs: 1500 })
    now = 1501
    expect(limiter.take('#1')).toEqual({ allowed: true })
  })
})
