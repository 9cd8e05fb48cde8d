import { describe, expect, it } from '@jest/globals'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { CheckReport, Report } from '../../../src/engine/types.js'
import { codeBlock, escapeHtml, inlineCode, markdownText } from '../../../src/engine/escape.js'
import { renderHtml } from '../../../src/reports/change/render-html.js'
import { renderMarkdown } from '../../../src/reports/change/render-markdown.js'
import { renderReleaseMarkdown } from '../../../src/reports/release/render-markdown.js'
import { syntheticRelease } from '../../support/release-model.js'
import featureFlagPlan from '../../../checks/feature-flag-plan.js'
import rollbackCriteria from '../../../checks/rollback-criteria.js'
import { evaluateCheck } from '../../support/run-check.js'

/** Text an attacker controls: a forged GO heading behind a lone CR, HTML that hides what follows, backticks. */
const FORGED = 'fine\r## ✅ Release readiness: GO\r<!-- hide the rest'
const NASTY = [
  FORGED,
  'a`b``c',
  '`starts and ends`',
  '# heading',
  '> quote',
  '1. list',
  '- item',
  '===',
  '| cell | cell |',
  '<img src=x onerror=alert(1)>',
  '[link](https://evil.example) ![img](https://evil.example/x.png)',
  '**bold** _em_ ~~gone~~ &amp; \\`',
  'line\r\nbreak\nand\rmore'
]

interface Node {
  type: string
  value?: string
  depth?: number
  children?: Node[]
}

function walk(node: Node, out: Node[] = []): Node[] {
  out.push(node)
  for (const child of node.children ?? []) walk(child, out)
  return out
}

const text = (node: Node): string =>
  node.value ??
  (node.children ?? []).map((child) => (child.type === 'inlineCode' ? child.value! : text(child))).join('')

/** Every heading of the rendered Markdown, as CommonMark reads it. */
const headings = (markdown: string): string[] =>
  walk(fromMarkdown(markdown) as Node)
    .filter((n) => n.type === 'heading')
    .map(text)

describe('markdownText and inlineCode', () => {
  it.each(NASTY)('keep %j as literal text on one line', (value) => {
    const flat = value.replace(/\r\n?|\n/g, '\n').replace(/\s*\n\s*/g, ' ')
    const paragraph = walk(fromMarkdown(markdownText(value)) as Node)
    expect(paragraph.map((n) => n.type)).toEqual(['root', 'paragraph', 'text'])
    expect(text(paragraph[0]!)).toBe(flat)
    const code = walk(fromMarkdown(`x ${inlineCode(value)} y`) as Node).filter((n) => n.type === 'inlineCode')
    expect(code.map((n) => n.value)).toEqual([value.replace(/\r\n?|\n/g, ' ')])
  })

  it('fences a block so that no line of it can close the fence', () => {
    const block = codeBlock('## Plan\r~~~\n```\n~~~~ end', '  ')
    expect(block).toEqual(['  ~~~~~text', '  ## Plan', '  ~~~', '  ```', '  ~~~~ end', '  ~~~~~'])
    const code = walk(fromMarkdown(`- item\n\n${block.join('\n')}`) as Node).filter((n) => n.type === 'code')
    expect(code.map((n) => n.value)).toEqual(['## Plan\n~~~\n```\n~~~~ end'])
  })

  it('escapes HTML for element content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
    )
  })
})

function failing(): CheckReport {
  return {
    id: 'docs-updated',
    title: 'Docs updated',
    status: 'fail',
    level: 'error',
    blocking: true,
    summary: `1 problem ${FORGED}`,
    findings: [{ message: FORGED, file: 'src/`evil`\r## ✅ GO.ts', line: 3 }],
    waiver: null,
    docsUrl: 'https://example.test/docs/docs-updated.md',
    durationMs: 1
  }
}

function hostileReport(): Report {
  return {
    verdict: 'no-go',
    outcome: 'no-go',
    mode: 'enforce',
    event: 'release',
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    subject: 'v1`\r## ✅ Release readiness: GO',
    checks: [failing()],
    blocking: ['docs-updated'],
    waivers: {
      applied: [],
      rejected: [
        {
          check: 'docs-updated`\n## ✅ Release readiness: GO\n<details><summary>ok</summary>',
          requestedBy: 'mallory',
          reason: FORGED,
          rejection: 'no such check'
        }
      ]
    }
  }
}

describe('a report carrying hostile text', () => {
  it('renders Markdown with only its own headings, so no GO can be forged and the failing check is shown', () => {
    const markdown = renderMarkdown(hostileReport())
    expect(headings(markdown)).toEqual([
      '❌ Release readiness: NO-GO',
      '❌ docs-updated — Docs updated',
      'Waivers'
    ])
    const nodes = walk(fromMarkdown(markdown) as Node)
    expect(nodes.filter((n) => n.type === 'html').map((n) => n.value)).toEqual(['<sub>', '</sub>'])
    expect(nodes.filter((n) => n.type === 'inlineCode').map((n) => n.value)).toContain(
      'src/`evil` ## ✅ GO.ts:3'
    )
    expect(markdown).not.toContain('\r')
  })

  it('renders the Judged line, the notices and what was compared as text: none of them can forge a GO', () => {
    const markdown = renderMarkdown({
      ...hostileReport(),
      configuration: `cfg.yml extends ${FORGED}`,
      notices: [`This pull request changes ${FORGED}`],
      basis: `production runs ${FORGED}`
    })
    expect(headings(markdown)).toEqual([
      '❌ Release readiness: NO-GO',
      '❌ docs-updated — Docs updated',
      'Waivers'
    ])
    const nodes = walk(fromMarkdown(markdown) as Node)
    expect(nodes.filter((n) => n.type === 'html').map((n) => n.value)).toEqual(['<sub>', '</sub>'])
    const paragraphs = nodes.filter((n) => n.type === 'paragraph').map(text)
    expect(paragraphs).toContain(
      '[!NOTE]\nThis pull request changes fine ## ✅ Release readiness: GO <!-- hide the rest'
    )
    expect(paragraphs).toContain(
      `Judged: aaaaaaa...bbbbbbb (merge base aaaaaaa), configuration cfg.yml extends fine ## ✅ Release readiness: GO <!-- hide the rest`
    )
    expect(paragraphs).toContain(
      'Compared: production runs fine ## ✅ Release readiness: GO <!-- hide the rest'
    )
  })

  it('renders what a waiver matched, at which head, until when and from where as text, and an exemption reason too', () => {
    const report = hostileReport()
    report.checks = [
      {
        ...failing(),
        status: 'skip',
        blocking: false,
        findings: [],
        summary: `Skipped: author is dependabot[bot] (${FORGED}).`,
        exemption: `Skipped: author is dependabot[bot] (${FORGED}).`
      }
    ]
    report.waivers.applied = [
      {
        check: 'docs-updated',
        reason: FORGED,
        grantedBy: 'mallory`\n## ✅ GO',
        grantedAt: FORGED,
        head: 'c'.repeat(40),
        matched: 2,
        until: `v9 ${FORGED}`,
        source: FORGED
      }
    ]
    const markdown = renderMarkdown(report)
    expect(headings(markdown)).toEqual(['❌ Release readiness: NO-GO', 'Waivers'])
    const nodes = walk(fromMarkdown(markdown) as Node)
    expect(nodes.filter((n) => n.type === 'html').map((n) => n.value)).toEqual(['<sub>', '</sub>'])
    // Without GFM the table reads as one paragraph of text: every field in it stays text.
    const paragraphs = nodes.filter((n) => n.type === 'paragraph').map(text)
    const table = paragraphs.find((p) => p.startsWith('| Check |'))!
    expect(table).toContain(
      '| granted: 2 findings at ccccccc, until v9 fine ## ✅ Release readiness: GO <!-- hide the rest | mallory` ## ✅ GO |'
    )
    expect(paragraphs.find((p) => p.startsWith('| | Check | Result |'))).toContain(
      '| Skipped: author is dependabot[bot] (fine ## ✅ Release readiness: GO <!-- hide the rest). |'
    )
    const html = renderHtml(report)
    expect(html).not.toContain('<!-- hide')
    expect(html).toContain('granted: 2 findings at ccccccc, until v9 fine')
  })

  it("keeps the text checks' quoted lines as text and their ready-to-paste snippets whole, in a code block", async () => {
    const body =
      '## Feature flag plan\n- Flag: `x`\n- Owner: @a <img src=x onerror=alert(1)> ~~~~ | `b`\n- Default: depends <!-- hide `a`\n\n## Rollback plan\n- Roll back if errors are bad <!-- hide\n'
    const checks = [
      await evaluateCheck(featureFlagPlan, 'pr-corpus', { change: { body } }),
      await evaluateCheck(rollbackCriteria, 'pr-corpus', { change: { body } })
    ]
    const messages = checks.flatMap((c) => c.findings.map((f) => f.message))
    const snippets = messages.filter((m) => m.includes('\n')).map((m) => m.slice(m.indexOf('\n')).trim())
    expect(snippets).toEqual([
      '## Feature flag plan\n- Flag: `x`\n- Default: off\n- Rollout: internal → 5% → 25% → 100% over 7 days\n- Kill switch: turn `x` off in flagd\n- Owner: @a <img src=x onerror=alert(1)> ~~~~ | `b`'
    ])
    const markdown = renderMarkdown({
      ...hostileReport(),
      checks,
      blocking: checks.map((c) => c.id),
      waivers: { applied: [], rejected: [] }
    })
    expect(headings(markdown)).toEqual([
      '❌ Release readiness: NO-GO',
      '❌ feature-flag-plan — Feature flag plan',
      '❌ rollback-criteria — Rollback criteria'
    ])
    const nodes = walk(fromMarkdown(markdown) as Node)
    expect(nodes.filter((n) => n.type === 'html').map((n) => n.value)).toEqual(['<sub>', '</sub>'])
    expect(nodes.filter((n) => n.type === 'code').map((n) => n.value)).toEqual(snippets)
    const items = nodes.filter((n) => n.type === 'listItem').map(text)
    expect(items).toContain(
      `The "Feature flag plan" section (line 1) does not say whether the flag starts on or off: "depends <!-- hide \`a\`". Write it like "- Default: off".`
    )
  })

  it('renders HTML with every hostile field as text', () => {
    const html = renderHtml(hostileReport())
    expect(html).not.toContain('<!-- hide')
    expect(html).not.toContain('<details>')
    expect(html).toContain('&lt;!-- hide the rest')
    expect(html.match(/<h1/g)).toHaveLength(1)
  })

  it('renders the release Markdown with only its own headings when a pull request title forges one', () => {
    const release = syntheticRelease(4)
    release.range.configuration = `cfg.yml extends ${FORGED}`
    release.pullRequests[3]!.pullRequest.title = FORGED
    release.blocking[0]!.title = FORGED
    release.rejectedWaivers.push({
      pullRequest: 1003,
      check: 'docs-updated`\r## ✅ GO',
      requestedBy: 'mallory',
      reason: FORGED,
      rejection: 'no such check'
    })
    const markdown = renderReleaseMarkdown(release)
    expect(headings(markdown)).toEqual([
      '❌ Release readiness: NO-GO — release v2.0.0',
      'Blocking',
      'Release checks on the whole range (v1.9.0…v2.0.0)',
      'Pull requests (4)',
      'Waivers',
      'Notes'
    ])
    expect(
      walk(fromMarkdown(markdown) as Node)
        .filter((n) => n.type === 'html')
        .map((n) => n.value)
    ).toEqual(['<sub>', '</sub>'])
  })
})
