import { describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from '../../../src/engine/types.js'
import { createNotifier } from '../../../src/reports/notify/notifier.js'
import { notificationFor } from '../../../src/reports/notify/notification.js'
import { formatForUrl, slackPayload, teamsPayload } from '../../../src/reports/notify/webhook-payload.js'
import type { EvaluationRecord } from '../../../src/reports/record/types.js'
import { boardRecords } from '../../support/board-records.js'

const records = boardRecords({ repos: 1, releases: 5, pullRecords: 2 })
const noGoRelease: EvaluationRecord = {
  ...records.find((r) => r.event === 'release' && r.verdict === 'no-go')!,
  release: {
    pullRequests: [],
    directCommits: 0,
    blockingItems: [
      {
        scope: 'release',
        check: 'docs-updated',
        summary: 'No CHANGELOG entry for v1.4.0.',
        owners: ['@acme/release']
      },
      {
        scope: 'pull-request',
        pullRequest: 12,
        check: 'rollback-criteria',
        summary: 'No rollback plan.',
        owners: ['dev-1', '@acme/payments']
      }
    ]
  }
}
const rejected = records.find((r) => r.event === 'deployment' && r.deployment?.decision === 'rejected')!
const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

describe('notificationFor', () => {
  it('names the owners and the blocking items of a NO-GO release, with links', () => {
    expect(notificationFor(noGoRelease, 'https://rr.example.com/board')).toEqual({
      title: 'Release readiness: NO-GO for acme/svc-00 v1.4.0',
      owners: ['@acme/payments', '@acme/release', '@dev-1'],
      items: [
        'release docs-updated: No CHANGELOG entry for v1.4.0.',
        '#12 rollback-criteria: No rollback plan.'
      ],
      more: 0,
      boardUrl: 'https://rr.example.com/board'
    })
  })

  it('names the environment and failing checks of a rejected deployment', () => {
    expect(notificationFor(rejected)).toEqual({
      title: 'Release readiness: deployment of acme/svc-00 v1.4.0 to production rejected',
      owners: ['@acme/payments'],
      items: ['docs-updated: docs-updated is missing.'],
      more: 0
    })
  })

  it('stays quiet for a GO release, an approved deployment and any pull request', () => {
    const quietOnes = records.filter((r) => r.verdict === 'go' || r.event === 'pull_request')
    expect(quietOnes.map((r) => notificationFor(r))).toEqual(quietOnes.map(() => undefined))
  })
})

describe('the webhook payloads', () => {
  const n = notificationFor(noGoRelease, 'https://rr.example.com/board')!

  it('are Slack blocks, with Slack’s escaping', () => {
    expect(slackPayload({ ...n, items: ['a <b> & c'] })).toEqual({
      text: 'Release readiness: NO-GO for acme/svc-00 v1.4.0',
      blocks: [
        {
          type: 'header',
          text: { type: 'plain_text', text: 'Release readiness: NO-GO for acme/svc-00 v1.4.0' }
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: 'Owners: @acme/payments, @acme/release, @dev-1\n• a &lt;b&gt; &amp; c'
          }
        },
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', text: '<https://rr.example.com/board|Open the board>' }]
        }
      ]
    })
  })

  it('are one Adaptive Card for Microsoft Teams', () => {
    const card = (teamsPayload(n) as { attachments: Array<{ contentType: string; content: any }> })
      .attachments[0]!
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive')
    expect(card.content.body.map((b: { text: string }) => b.text)).toEqual([
      'Release readiness: NO-GO for acme/svc-00 v1.4.0',
      'Owners: @acme/payments, @acme/release, @dev-1',
      '• release docs-updated: No CHANGELOG entry for v1.4.0.',
      '• #12 rollback-criteria: No rollback plan.'
    ])
    expect(card.content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open the board', url: 'https://rr.example.com/board' }
    ])
  })

  it('pick the format from the webhook’s host', () => {
    expect(formatForUrl('https://hooks.slack.com/services/T/B/x')).toBe('slack')
    expect(formatForUrl('https://acme.webhook.office.com/webhookb2/x')).toBe('teams')
    expect(formatForUrl('https://prod-01.westus.logic.azure.com/workflows/x')).toBe('teams')
  })
})

describe('createNotifier', () => {
  it('posts to the webhook, retrying a 500, and reports a webhook that keeps failing', async () => {
    const bodies: unknown[] = []
    let answers = [500, 200]
    const server = createServer((req, res) => {
      let raw = ''
      req.on('data', (c) => (raw += c))
      req.on('end', () => {
        bodies.push(JSON.parse(raw))
        res.writeHead(answers.shift() ?? 500).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
    const errors: string[] = []
    const notify = createNotifier(
      { url, format: 'slack', retries: 1, delayMs: 1 },
      { ...quiet, error: (m) => errors.push(m) }
    )
    try {
      expect(await notify(records.find((r) => r.verdict === 'go')!)).toBe(false)
      expect(bodies).toEqual([])
      expect(await notify(rejected)).toBe(true)
      expect(bodies).toEqual([
        slackPayload(notificationFor(rejected)!),
        slackPayload(notificationFor(rejected)!)
      ])
      answers = [503, 503]
      expect(await notify(rejected)).toBe(false)
      expect(errors).toEqual([
        '[release-readiness] Could not notify the slack webhook after 2 attempt(s) (HTTP 503)'
      ])
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
