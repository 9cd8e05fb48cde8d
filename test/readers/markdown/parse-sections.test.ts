import { describe, expect, it } from '@jest/globals'
import { parseSections, visibleLines } from '../../../src/readers/markdown/parse-sections.js'

const outline = (markdown: string, relevant?: RegExp) =>
  parseSections(markdown, relevant).map((s) => ({
    title: s.title,
    depth: s.depth,
    line: s.line,
    text: s.lines.map((l) => `${l.line}:${l.text}`)
  }))

describe('parseSections', () => {
  it('reads ATX and setext headings with their lines, and a section runs to the next heading of the same or a higher level', () => {
    const md =
      'Intro\n\nRelease\n=======\n\n## Flags\n- Flag: `a`\n\n### Details\nmore\n\n## Rollback\nsteps\n'
    expect(outline(md)).toEqual([
      {
        title: 'Release',
        depth: 1,
        line: 3,
        text: ['6:Flags', '7:Flag: `a`', '9:Details', '10:more', '12:Rollback', '13:steps']
      },
      { title: 'Flags', depth: 2, line: 6, text: ['7:Flag: `a`', '9:Details', '10:more'] },
      { title: 'Details', depth: 3, line: 9, text: ['10:more'] },
      { title: 'Rollback', depth: 2, line: 12, text: ['13:steps'] }
    ])
  })

  it('leaves out HTML comments, fenced and indented code, and keeps inline code in backticks', () => {
    const md =
      '## Plan\n<!--\n## Hidden\nFlag: `x`\n-->\nvisible `key` <!-- inline --> text\n\n```\n## not a heading\n```\n\n    indented code\n'
    expect(outline(md)).toEqual([{ title: 'Plan', depth: 2, line: 1, text: ['6:visible `key`  text'] }])
  })

  it('keeps template placeholders that look like HTML tags as text', () => {
    expect(outline('## Plan\n- Flag: <flag-key>\n')[0]!.text).toEqual(['2:Flag: <flag-key>'])
  })

  it('reads a paragraph that is only bold text as a heading', () => {
    expect(outline('**Rollback plan:**\n- Steps: revert\n').map((s) => [s.title, s.depth, s.text])).toEqual([
      ['Rollback plan', 6, ['2:Steps: revert']]
    ])
  })

  it('gives nested list items their depth', () => {
    expect(visibleLines('- Rollout:\n  - 5%\n  - 100%\n').map((l) => [l.text, l.depth])).toEqual([
      ['Rollout:', 0],
      ['5%', 1],
      ['100%', 1]
    ])
  })

  it('keeps only the heading of a part that is not relevant, without parsing it', () => {
    expect(outline('## Notes\n**x** y\n\n## Flags\nFlag: `a`\n', /flag/i)).toEqual([
      { title: 'Notes', depth: 2, line: 1, text: [] },
      { title: 'Flags', depth: 2, line: 4, text: ['5:Flag: `a`'] }
    ])
  })

  it('reads 10,000 nested lists as plain text, quickly', () => {
    const started = performance.now()
    expect(outline(`## Plan\n${'- '.repeat(10_000)}deep\n`)).toEqual([
      { title: 'Plan', depth: 2, line: 1, text: ['2:deep'] }
    ])
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
