import { describe, expect, it } from '@jest/globals'
import type { CheckReport } from '../../../src/engine/types.js'
import { exitCode } from '../../../src/reports/shared/exit-code.js'
import { checkSummaryHtml, findingHtml, pageHead } from '../../../src/reports/shared/html.js'
import { jsonText } from '../../../src/reports/shared/json.js'
import { verdictIcon, verdictLabel } from '../../../src/reports/shared/labels.js'
import { cell, checkTable, footer, truncate } from '../../../src/reports/shared/markdown.js'
import { checkWaiverText, locationPrefix } from '../../../src/reports/shared/text.js'
import { syntheticRelease } from '../../support/release-model.js'

const waived: CheckReport = {
  id: 'docs-updated',
  title: 'Docs',
  status: 'pass',
  level: 'error',
  blocking: false,
  summary: 'Fine <b>',
  findings: [],
  waiver: { check: 'docs-updated', reason: 'ok & done', grantedBy: 'alice' },
  docsUrl: 'https://example.com/docs-updated.md',
  durationMs: 1
}

describe('the pieces a change report and a release report share', () => {
  it('gives a release and its pull requests the same exit code and verdict words', () => {
    const release = syntheticRelease(4)
    const nogo = release.pullRequests[3]!.report
    expect([exitCode(release), exitCode(nogo), exitCode(release.pullRequests[0]!.report)]).toEqual([1, 1, 0])
    expect(exitCode({ verdict: 'no-go', mode: 'advisory' })).toBe(0)
    expect([verdictLabel(release), verdictLabel(nogo)]).toEqual(['NO-GO', 'NO-GO'])
    expect(verdictLabel({ verdict: 'go', outcome: 'go-with-waivers', mode: 'enforce' })).toBe(
      'GO with waivers'
    )
    expect(verdictLabel({ verdict: 'no-go', outcome: 'no-go', mode: 'advisory' })).toBe(
      'NO-GO (advisory: would block, nothing blocked)'
    )
    expect([
      verdictIcon({ verdict: 'go', mode: 'enforce' }),
      verdictIcon({ verdict: 'no-go', mode: 'advisory' })
    ]).toEqual(['✅', '⚠️'])
  })

  it('escapes and shortens Markdown cells and renders one checks table', () => {
    expect(truncate('abcdef', 4)).toBe('abc…')
    expect(cell('x'.repeat(301))).toBe(`${'x'.repeat(299)}…`)
    expect(checkTable([waived])).toEqual([
      '| | Check | Result |',
      '|---|---|---|',
      '| ✅ | [`docs-updated`](https://example.com/docs-updated.md) | Fine \\<b\\> — waived by alice |'
    ])
    expect(footer('release v1', 'a'.repeat(40), 'main', 'enforce')).toBe(
      '<sub>release v1 · aaaaaaa…main · mode: enforce</sub>'
    )
  })

  it('escapes HTML in the page title, check summaries and findings', () => {
    expect(pageHead('GO — <x>', 'b{}')).toBe(
      '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">\n<title>GO — &lt;x&gt;</title>\n<style>b{}</style></head>'
    )
    expect(checkSummaryHtml(waived)).toBe('Fine &lt;b&gt; <em>(waived by alice: ok &amp; done)</em>')
    expect(findingHtml({ message: 'a<b', ruleId: 'r' })).toBe('<code>r</code> a&lt;b')
  })

  it('writes the same plain-text waiver note and location, and JSON with a final newline', () => {
    expect(checkWaiverText(waived)).toBe(' (waived by alice: ok & done)')
    expect(checkWaiverText({ ...waived, waiver: null })).toBe('')
    expect([
      locationPrefix({ message: 'm', file: 'a.ts', line: 2 }),
      locationPrefix({ message: 'm' })
    ]).toEqual(['a.ts:2: ', ''])
    expect(jsonText({ a: 1 })).toBe('{\n  "a": 1\n}\n')
  })
})
