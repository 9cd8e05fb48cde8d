/** A delivery attempt as `GET /app/hook/deliveries` lists it (the fields the sweep reads). */
export interface HookDelivery {
  id: number
  guid: string
  delivered_at: string
  redelivery: boolean
  status: string
  status_code: number
  event: string
  action: string | null
}

/** GitHub's `status` for an attempt the App answered with a 2xx. */
const OK = 'OK'

export const deliverySucceeded = (delivery: HookDelivery): boolean =>
  delivery.status === OK || (delivery.status_code >= 200 && delivery.status_code < 300)

/**
 * The attempts to redeliver: one per GUID (the event), for every GUID whose attempts all failed
 * and whose latest attempt was made at or after `since`; the latest attempt is the one asked
 * again. A GUID with any successful attempt among `deliveries` (a later redelivery that went
 * through, or an earlier one) is left alone. Ordered by when the event was first delivered, oldest
 * first, so that the App sees events in the order GitHub sent them.
 */
export function selectRedeliveries(deliveries: readonly HookDelivery[], since: Date): HookDelivery[] {
  const byGuid = new Map<string, HookDelivery[]>()
  for (const delivery of deliveries) {
    const attempts = byGuid.get(delivery.guid) ?? []
    attempts.push(delivery)
    byGuid.set(delivery.guid, attempts)
  }
  const time = (delivery: HookDelivery): number => Date.parse(delivery.delivered_at)
  const chosen: Array<{ first: number; latest: HookDelivery }> = []
  for (const attempts of byGuid.values()) {
    if (attempts.some(deliverySucceeded)) continue
    const ordered = [...attempts].sort((a, b) => time(a) - time(b) || a.id - b.id)
    const latest = ordered.at(-1)!
    if (time(latest) < since.getTime()) continue
    chosen.push({ first: time(ordered[0]!), latest })
  }
  return chosen.sort((a, b) => a.first - b.first || a.latest.id - b.latest.id).map((c) => c.latest)
}
