import { describe, expect, it } from '@jest/globals'
import { MAX_SUMMARY } from '../../src/app/check-run.js'
import {
  PENDING_REPORT_LINE,
  REPORT_LINE_MARKER,
  reportLinkLine,
  withReportLine
} from '../../src/app/report-link.js'

const link = (id: number): string =>
  reportLinkLine({
    id,
    name: 'release-readiness-v1.2.0',
    runId: 7,
    url: `https://github.com/acme/shop/actions/runs/7/artifacts/${id}`
  })

describe('withReportLine', () => {
  it('puts the line under the heading, then replaces it instead of adding another', () => {
    const pending = withReportLine('## ✅ GO\n\nAll good.', PENDING_REPORT_LINE)
    expect(pending).toBe(`## ✅ GO\n\n${PENDING_REPORT_LINE}\n\nAll good.`)
    const linked = withReportLine(pending, link(9))
    expect(linked).toBe(`## ✅ GO\n\n${link(9)}\n\nAll good.`)
    expect(withReportLine(linked, link(9))).toBe(linked)
    expect(
      withReportLine(linked, link(10))
        .split('\n')
        .filter((l) => l.endsWith(REPORT_LINE_MARKER))
    ).toEqual([link(10)])
  })

  it('leads a summary without a heading, and stays within a check run summary’s limit', () => {
    expect(withReportLine('', link(9))).toBe(`${link(9)}\n`)
    const full = withReportLine(`## ❌ NO-GO\n\n${'x'.repeat(MAX_SUMMARY)}`, link(9))
    expect(full.length).toBeLessThanOrEqual(MAX_SUMMARY)
    expect(full.split('\n').slice(0, 3)).toEqual(['## ❌ NO-GO', '', link(9)])
    expect(full.endsWith('… (report cut to fit)\n')).toBe(true)
  })
})
