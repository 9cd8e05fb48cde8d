import { describe, expect, it } from '@jest/globals'
import { parseNameStatus } from '../../src/sources/parse-name-status.js'

describe('parseNameStatus', () => {
  it('reads added, modified, removed, renamed, copied and type-changed records', () => {
    const out = [
      'A',
      'docs/new.md',
      'M',
      'src/a.ts',
      'D',
      'old.txt',
      'R087',
      'api/v1.yaml',
      'api/v2.yaml',
      'C100',
      'a.json',
      'b.json',
      'T',
      'link',
      ''
    ].join('\0')
    expect(parseNameStatus(out)).toEqual([
      { path: 'docs/new.md', status: 'added' },
      { path: 'src/a.ts', status: 'modified' },
      { path: 'old.txt', status: 'removed' },
      { path: 'api/v2.yaml', status: 'renamed', previousPath: 'api/v1.yaml' },
      { path: 'b.json', status: 'copied', previousPath: 'a.json' },
      { path: 'link', status: 'type-changed' }
    ])
  })

  it('keeps paths with spaces, tabs and newlines intact', () => {
    expect(parseNameStatus('M\0dir with space/a\tb\nc.md\0')).toEqual([
      { path: 'dir with space/a\tb\nc.md', status: 'modified' }
    ])
  })

  it('reads an empty diff as no change', () => {
    expect(parseNameStatus('')).toEqual([])
  })
})
