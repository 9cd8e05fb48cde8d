import type { Logger } from '../../../src/engine/types.js'
import type { FakeGitHub, FakeHookDelivery } from '../../support/fake-github.js'

export const HOUR = 3_600_000
export const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

export function captureLog(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    debug: () => undefined,
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`)
  }
}

/**
 * The App webhook's last twelve hours, oldest first: 150 successful deliveries 8 to 12 hours ago,
 * an event that failed 10 hours ago (`old`), then inside the six-hour window: `healed` failed
 * with a 502 and a redelivery of it went through; `twice` failed, and its redelivery failed too;
 * `refused` could not connect (status code 0); `late` failed an hour ago; 200 successes around them.
 */
export function playDeliveries(github: FakeGitHub, now: number): Record<string, FakeHookDelivery> {
  const at = (hoursAgo: number): string => iso(now - hoursAgo * HOUR)
  const ok = (hoursAgo: number, n: number): void => {
    github.addHookDelivery({ guid: `ok-${hoursAgo}-${n}`, delivered_at: at(hoursAgo) })
  }
  for (let n = 0; n < 150; n++) ok(12 - (4 * n) / 150, n)
  const failed = { status: 'Invalid HTTP Response: 502', status_code: 502 }
  const old = github.addHookDelivery({ guid: 'old', delivered_at: at(10), ...failed })
  for (let n = 0; n < 50; n++) ok(5.5 - n / 100, n)
  const twice1 = github.addHookDelivery({
    guid: 'twice',
    delivered_at: at(4),
    event: 'release',
    action: 'published',
    ...failed
  })
  const healed1 = github.addHookDelivery({ guid: 'healed', delivered_at: at(3.5), ...failed })
  const twice2 = github.addHookDelivery({
    guid: 'twice',
    delivered_at: at(3),
    redelivery: true,
    event: 'release',
    action: 'published',
    ...failed
  })
  for (let n = 0; n < 100; n++) ok(2.9 - n / 100, n)
  const refused = github.addHookDelivery({
    guid: 'refused',
    delivered_at: at(1.8),
    status: 'failed to connect to host',
    status_code: 0,
    event: 'deployment_protection_rule',
    action: 'requested'
  })
  const healed2 = github.addHookDelivery({ guid: 'healed', delivered_at: at(1.5), redelivery: true })
  const late = github.addHookDelivery({ guid: 'late', delivered_at: at(1), ...failed })
  for (let n = 0; n < 50; n++) ok(0.9 - n / 100, n)
  return { old, twice1, twice2, healed1, healed2, refused, late }
}
