import type { Logger } from '../../engine/types.js'
import { postJson } from '../record/post-record.js'
import type { EvaluationRecord } from '../record/types.js'
import { notificationFor } from './notification.js'
import { formatForUrl, slackPayload, teamsPayload, type WebhookFormat } from './webhook-payload.js'

export interface NotifySettings {
  /** `NOTIFY_WEBHOOK_URL`: a Slack or Microsoft Teams incoming webhook. */
  url: string
  /** `NOTIFY_FORMAT` (slack or teams); default: from the URL's host. */
  format: WebhookFormat
  /** Link to the board in each message (`BOARD_URL/board`), when the board is set up. */
  boardUrl?: string
  retries?: number
  delayMs?: number
  fetch?: typeof fetch
}

/**
 * Sends the message a record calls for (NO-GO release, rejected deployment) to the webhook.
 * Never throws; a failure is logged without the webhook's URL (it is a secret).
 */
export function createNotifier(
  settings: NotifySettings,
  log: Logger
): (record: EvaluationRecord) => Promise<boolean> {
  return async (record) => {
    const notification = notificationFor(record, settings.boardUrl)
    if (!notification) return false
    const body = settings.format === 'teams' ? teamsPayload(notification) : slackPayload(notification)
    const result = await postJson({
      url: settings.url,
      body,
      log,
      retries: settings.retries ?? 3,
      delayMs: settings.delayMs ?? 1000,
      ...(settings.fetch ? { fetch: settings.fetch } : {})
    })
    if (result.ok) log.info(`[release-readiness] Notified the ${settings.format} webhook (${record.event})`)
    else
      log.error(
        `[release-readiness] Could not notify the ${settings.format} webhook after ${result.attempts} attempt(s) (${result.error})`
      )
    return result.ok
  }
}

export { formatForUrl }
