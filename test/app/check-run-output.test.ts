import { describe, expect, it } from '@jest/globals'
import { completeCheckRun, type CheckAnnotation } from '../../src/app/check-run.js'
import { resultFromReport } from '../../src/app/check-run-result.js'
import { deploymentAnswer, MAX_DEPLOYMENT_COMMENT } from '../../src/app/deployment-answer.js'
import type { Report } from '../../src/engine/types.js'
import { createClient } from '../../src/sources/github/client.js'

function report(findings: number, mode: 'enforce' | 'advisory' = 'enforce'): Report {
  return {
    verdict: 'no-go',
    outcome: 'no-go',
    mode,
    event: 'pull_request',
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    subject: '#7',
    blocking: ['docs-updated'],
    waivers: { applied: [], rejected: [] },
    checks: [
      {
        id: 'docs-updated',
        title: 'Docs change with the code they describe',
        status: 'fail',
        level: 'error',
        blocking: true,
        summary: `${findings} changed area(s) without docs.`,
        findings: Array.from({ length: findings }, (_, i) => ({
          message: `Finding ${i} ${'x'.repeat(40)}`,
          file: `src/f${i}.ts`,
          line: i + 1
        })),
        waiver: null,
        docsUrl: 'https://example.com/docs-updated',
        durationMs: 1
      }
    ]
  }
}

describe('the check run output', () => {
  it('is a failure for a NO-GO and neutral for an advisory NO-GO, with file and line annotations', () => {
    const result = resultFromReport(report(2))
    expect(result.conclusion).toBe('failure')
    expect(result.annotations[1]).toEqual({
      path: 'src/f1.ts',
      start_line: 2,
      end_line: 2,
      annotation_level: 'failure',
      title: 'release-readiness: docs-updated',
      message: `Finding 1 ${'x'.repeat(40)}`
    })
    expect(resultFromReport(report(2, 'advisory')).conclusion).toBe('neutral')
  })

  it('sends 50 annotations per request, appending the rest with further PATCHes', async () => {
    const bodies: Record<string, any>[] = []
    const client = createClient({
      request: (async (_route: string, parameters: Record<string, any>) => {
        bodies.push(parameters)
        return { data: {} }
      }) as never
    })
    const result = resultFromReport(report(120))
    await completeCheckRun(client, { owner: 'acme', repo: 'shop' }, { id: 1, html_url: '' }, result)
    expect(bodies.map((b) => b.output.annotations.length)).toEqual([50, 50, 20])
    expect(bodies[0]).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      actions: [{ identifier: 'rerun', label: 'Re-run' }]
    })
    expect(bodies[1]!.conclusion).toBeUndefined()
    expect(bodies.flatMap((b) => b.output.annotations as CheckAnnotation[]).map((a) => a.path)).toEqual(
      Array.from({ length: 120 }, (_, i) => `src/f${i}.ts`)
    )
  })
})

describe('the deployment answer', () => {
  it('fits 1,024 characters and keeps the link to the report', () => {
    const many = report(1)
    many.checks = Array.from({ length: 40 }, (_, i) => ({
      ...many.checks[0]!,
      id: `check-${i}`,
      summary: 'y'.repeat(80)
    }))
    const answer = deploymentAnswer(
      { kind: 'report', report: many, checkRun: { id: 1, html_url: 'https://github.com/acme/shop/runs/1' } },
      { sha: 'b'.repeat(40), environment: 'production' }
    )
    expect(answer.state).toBe('rejected')
    expect(answer.comment.length).toBeLessThanOrEqual(MAX_DEPLOYMENT_COMMENT)
    expect(answer.comment.endsWith('…\nReport: https://github.com/acme/shop/runs/1')).toBe(true)
  })

  it('approves an advisory NO-GO and says what would have blocked', () => {
    const answer = deploymentAnswer(
      { kind: 'report', report: report(1, 'advisory'), checkRun: { id: 1, html_url: 'u' } },
      { sha: 'b'.repeat(40), environment: 'staging' }
    )
    expect(answer).toEqual({
      state: 'approved',
      comment:
        'Release readiness: NO-GO for bbbbbbb to staging, approved because the mode is advisory. Would block:\n- docs-updated: 1 changed area(s) without docs.\nReport: u'
    })
  })
})
