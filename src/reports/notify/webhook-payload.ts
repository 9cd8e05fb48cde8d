import type { Notification } from './notification.js'

export type WebhookFormat = 'slack' | 'teams'

/** Slack's `<`, `>` and `&` escaping for text inside mrkdwn. */
const slackText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function lines(n: Notification): string[] {
  return [
    n.owners.length ? `Owners: ${n.owners.join(', ')}` : 'Owners: none named',
    ...n.items.map((item) => `• ${item}`),
    ...(n.more ? [`…and ${n.more} more blocking item(s)`] : [])
  ]
}

/** A Slack incoming-webhook message (text for notifications, blocks for the channel). */
export function slackPayload(n: Notification): object {
  const links = [
    ...(n.boardUrl ? [`<${n.boardUrl}|Open the board>`] : []),
    ...(n.url ? [`<${n.url}|Open on GitHub>`] : [])
  ]
  return {
    text: n.title,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: n.title.slice(0, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: lines(n).map(slackText).join('\n').slice(0, 3000) } },
      ...(links.length ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: links.join(' · ') }] }] : [])
    ]
  }
}

/** A Microsoft Teams workflow (incoming webhook) message: one Adaptive Card. */
export function teamsPayload(n: Notification): object {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'TextBlock',
              text: n.title,
              weight: 'Bolder',
              size: 'Medium',
              wrap: true,
              color: 'Attention'
            },
            ...lines(n).map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' }))
          ],
          actions: [
            ...(n.boardUrl ? [{ type: 'Action.OpenUrl', title: 'Open the board', url: n.boardUrl }] : []),
            ...(n.url ? [{ type: 'Action.OpenUrl', title: 'Open on GitHub', url: n.url }] : [])
          ]
        }
      }
    ]
  }
}

/** The format a webhook URL expects: Teams for Microsoft's hosts, Slack otherwise. */
export function formatForUrl(url: string): WebhookFormat {
  const host = new URL(url).hostname
  return /(^|\.)(webhook\.office\.com|logic\.azure\.com|powerplatform\.com)$/.test(host) ? 'teams' : 'slack'
}
