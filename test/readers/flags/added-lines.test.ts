import { describe, expect, it } from '@jest/globals'
import { addedLines } from '../../../src/readers/flags/added-lines.js'

describe('addedLines', () => {
  it('lists the lines a patch adds with their line numbers in the new file', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      " import { OpenFeature } from '@openfeature/server-sdk'",
      '-const a = 1',
      '+const a = 2',
      "+const on = await client.getBooleanValue('new-checkout', false)",
      ' export {}',
      '@@ -20,2 +21,3 @@ function later() {',
      ' x()',
      '+y()',
      ' z()',
      '\\ No newline at end of file'
    ].join('\n')
    expect(addedLines(patch)).toEqual([
      { line: 2, text: 'const a = 2' },
      { line: 3, text: "const on = await client.getBooleanValue('new-checkout', false)" },
      { line: 22, text: 'y()' }
    ])
  })

  it('reads a patch of a new file and an empty patch', () => {
    expect(addedLines('@@ -0,0 +1,2 @@\n+a\n+b')).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' }
    ])
    expect(addedLines('')).toEqual([])
  })
})
