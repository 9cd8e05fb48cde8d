import { describe, expect, it } from '@jest/globals'
import { parseTree } from '../../src/sources/parse-tree.js'

const entry = (mode: string, name: string, sha: string): Buffer =>
  Buffer.concat([Buffer.from(`${mode} ${name}\0`), Buffer.from(sha, 'hex')])

describe('parseTree', () => {
  it('reads files, subdirectories and submodules with their ids', () => {
    const a = 'a'.repeat(40)
    const b = 'b'.repeat(40)
    const c = 'c'.repeat(40)
    const tree = Buffer.concat([
      entry('100644', 'README.md', a),
      entry('40000', 'src', b),
      entry('160000', 'vendor', c)
    ])
    expect(parseTree(tree)).toEqual([
      { name: 'README.md', kind: 'blob', sha: a },
      { name: 'src', kind: 'tree', sha: b },
      { name: 'vendor', kind: 'commit', sha: c }
    ])
  })

  it('keeps UTF-8 names and refuses a truncated object', () => {
    const sha = '1'.repeat(40)
    expect(parseTree(entry('100755', 'café.sh', sha))).toEqual([{ name: 'café.sh', kind: 'blob', sha }])
    expect(() => parseTree(entry('100644', 'x', sha).subarray(0, 10))).toThrow('malformed git tree object')
  })
})
