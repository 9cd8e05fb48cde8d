import { describe, expect, it } from '@jest/globals'
import { renderReleaseHtml } from '../../../src/reports/release/render-html.js'
import { renderReleaseMarkdown } from '../../../src/reports/release/render-markdown.js'
import { renderReleaseText } from '../../../src/reports/release/render-text.js'
import { releaseToJson } from '../../../src/reports/release/to-json.js'
import { syntheticRelease } from '../../support/release-model.js'

describe('the release HTML page', () => {
  it('stays under 1 MB for a release of 200 pull requests over 5 checks', () => {
    const html = renderReleaseHtml(syntheticRelease(200))
    expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024)
    expect(html.match(/<tr data-status="/g)).toHaveLength(200 + 5)
  })

  it('loads no external asset and escapes what pull requests wrote', () => {
    const html = renderReleaseHtml(syntheticRelease(20))
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|<script\s+src=|@import|url\(/i)
    expect(html).not.toContain('<with>')
    expect(html).toContain('Change 1003 to service svc-3 &lt;with&gt; &quot;markup&quot; &amp; more')
  })

  it('links pull requests, commits and findings at the judged commit when the repository URL is known', () => {
    const model = syntheticRelease(20)
    const html = renderReleaseHtml(model)
    expect(html).toContain('<a href="https://github.com/acme/monorepo/pull/1003">#1003</a>')
    const head = model.pullRequests[3]!.pullRequest.head
    expect(html).toContain(
      `href="https://github.com/acme/monorepo/blob/${head}/services/svc-0/src/file-0.ts#L1"`
    )
    delete model.repositoryUrl
    expect(renderReleaseHtml(model)).not.toContain('https://github.com/acme/monorepo')
  })

  it('has landmarks, captions and scoped headers', () => {
    const html = renderReleaseHtml(syntheticRelease(3))
    for (const tag of [
      '<header>',
      '<nav aria-label="Sections">',
      '<main id="main">',
      '<footer>',
      '<caption>'
    ])
      expect(html).toContain(tag)
    expect(html).not.toMatch(/<th(?![^>]*scope=)[ >]/)
  })
})

describe('the release Markdown', () => {
  it('keeps every blocking item when it must shrink to fit', () => {
    const model = syntheticRelease(200, 40)
    const full = renderReleaseMarkdown(model, { maxLength: 1_000_000 })
    const small = renderReleaseMarkdown(model, { maxLength: 8_000 })
    expect(small.length).toBeLessThanOrEqual(8_000)
    expect(full.length).toBeGreaterThan(small.length)
    for (const item of model.blocking) expect(small).toContain(`[#${item.pullRequest}](`)
    expect(small.split('\n')[0]).toBe('## ❌ Release readiness: NO-GO — release v2.0.0')
  })

  it('fits GitHub’s 65,535 characters for 200 pull requests', () => {
    expect(renderReleaseMarkdown(syntheticRelease(200)).length).toBeLessThanOrEqual(65_535)
  })

  it('renders a small release in full, with a heading level for release notes', () => {
    const text = renderReleaseMarkdown(syntheticRelease(4), { headingLevel: 3 })
    expect(text.split('\n').slice(0, 7)).toEqual([
      '### ❌ Release readiness: NO-GO — release v2.0.0',
      '',
      '**1 item blocks** this release v2.0.0 (v1.9.0…v2.0.0, 4 pull requests: 3 GO, 1 NO-GO).',
      '',
      '#### Blocking',
      '',
      '1. **[#1003](https://github.com/acme/monorepo/pull/1003)** Change 1003 to service svc-3 \\<with\\> "markup" \\& more — [`docs-updated`](https://example.com/docs/checks/docs-updated.md): 3 problem(s) in docs-updated. — owners: @team-3'
    ])
  })
})

describe('the release JSON and text', () => {
  it('has the documented top-level shape and per-pull-request fields', () => {
    const json = releaseToJson(syntheticRelease(4)) as Record<string, any>
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'verdict',
        'outcome',
        'version',
        'base',
        'head',
        'blocking',
        'range',
        'pullRequests'
      ])
    )
    expect(json.range.checks).toHaveLength(5)
    expect(Object.keys(json.pullRequests[0])).toEqual(
      expect.arrayContaining([
        'number',
        'title',
        'author',
        'owners',
        'sha',
        'verdict',
        'outcome',
        'blocking',
        'checks'
      ])
    )
    expect(json.pullRequests.map((p: { number: number; verdict: string }) => [p.number, p.verdict])).toEqual([
      [1000, 'go'],
      [1001, 'go'],
      [1002, 'go'],
      [1003, 'no-go']
    ])
  })

  it('starts the text report with the one-paragraph summary', () => {
    expect(renderReleaseText(syntheticRelease(4)).split('\n')[0]).toBe(
      'Release readiness: NO-GO for release v2.0.0 (v1.9.0..v2.0.0; 4 pull requests: 3 GO, 1 NO-GO). 1 blocking item: docs-updated on #1003 Change 1003 to service svc-3 <with> "markup" & more.'
    )
  })
})
