import type { Logger } from '../engine/types.js'
import { HookApiError, hookRequest, type HookClientOptions } from './app-hook-client.js'
import { selectRedeliveries, type HookDelivery } from './select-redeliveries.js'

/** Bounds of one sweep: pages of 100 deliveries read, redeliveries asked for. */
export const REDELIVERY_LIMITS = { perPage: 100, pages: 50, redeliveries: 500 }

export interface RedeliveryResult {
  /** The oldest delivery time the sweep looked back to. */
  since: string
  /** Pages of deliveries read. */
  pages: number
  /** Delivery attempts listed (every page read). */
  listed: number
  /** True when the listing reached `since` (false: it stopped at a failure or at the page bound). */
  complete: boolean
  /** Ids of the attempts redelivered (202), in the order asked. */
  redelivered: number[]
  /** Redeliveries GitHub refused or that kept failing (each logged). */
  failed: number
  /** Requests sent to GitHub, retries included. */
  calls: number
}

/**
 * Asks GitHub for the App webhook's deliveries back to `since` (newest first, 100 a page, cursor
 * pages), then redelivers, once per GUID, every event whose attempts all failed (see
 * `selectRedeliveries`), oldest first. A listing that keeps failing ends the sweep with what was
 * read so far; a redelivery that keeps failing is logged and the sweep goes on. Never throws.
 */
export async function redeliverFailed(
  client: HookClientOptions,
  since: Date,
  log: Logger,
  limits = REDELIVERY_LIMITS
): Promise<RedeliveryResult> {
  const result: RedeliveryResult = {
    since: since.toISOString(),
    pages: 0,
    listed: 0,
    complete: false,
    redelivered: [],
    failed: 0,
    calls: 0
  }
  const deliveries: HookDelivery[] = []
  let cursor: string | undefined
  try {
    while (result.pages < limits.pages) {
      const page = await hookRequest<HookDelivery[]>(
        client,
        'GET',
        `/app/hook/deliveries?per_page=${limits.perPage}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
      )
      result.calls += page.tries
      result.pages++
      const items = Array.isArray(page.data) ? page.data : []
      deliveries.push(...items)
      result.listed += items.length
      const oldest = items.at(-1)
      cursor = page.nextCursor
      if (!cursor || !oldest || Date.parse(oldest.delivered_at) < since.getTime()) {
        result.complete = true
        break
      }
    }
    if (!result.complete)
      log.warn(
        `[release-readiness] Redelivery: stopped after ${result.pages} page(s) of deliveries without reaching ${result.since}; older failed deliveries are not redelivered (redeliver them from the App's settings page, Advanced).`
      )
  } catch (error) {
    result.calls += error instanceof HookApiError ? error.tries : 1
    log.warn(
      `[release-readiness] Redelivery: could not list the App's webhook deliveries (${(error as Error).message}); redelivering what ${result.pages} page(s) showed.`
    )
  }
  const chosen = selectRedeliveries(deliveries, since)
  if (chosen.length > limits.redeliveries)
    log.warn(
      `[release-readiness] Redelivery: ${chosen.length} failed deliveries found; redelivering the oldest ${limits.redeliveries} only.`
    )
  const asked = new Set<string>()
  for (const delivery of chosen.slice(0, limits.redeliveries)) {
    if (asked.has(delivery.guid)) continue
    asked.add(delivery.guid)
    try {
      const answer = await hookRequest(client, 'POST', `/app/hook/deliveries/${delivery.id}/attempts`)
      result.calls += answer.tries
      result.redelivered.push(delivery.id)
    } catch (error) {
      result.calls += error instanceof HookApiError ? error.tries : 1
      result.failed++
      log.warn(
        `[release-readiness] Redelivery: could not redeliver ${delivery.event}${delivery.action ? `.${delivery.action}` : ''} ${delivery.guid} (delivery ${delivery.id}): ${(error as Error).message}`
      )
    }
  }
  log.info(
    `[release-readiness] Redelivery: ${result.listed} delivery attempt(s) since ${result.since} read in ${result.pages} page(s); ${result.redelivered.length} failed delivery(ies) redelivered, ${result.failed} could not be.`
  )
  return result
}
