import { describe, expect, it } from '@jest/globals'
import { CLI_V8_FLAGS, restartArgs } from '../../src/cli/v8-flags.js'

describe('the V8 flags the CLI restarts with', () => {
  it('restarts node with the flags after its own options and before the script and its arguments', () => {
    expect(
      restartArgs(
        '/usr/bin/node',
        ['--enable-source-maps'],
        ['/usr/bin/node', 'dist/cli.js', 'openapi-diff', 'a.json', 'b.json'],
        undefined
      )
    ).toEqual([
      '/usr/bin/node',
      '--enable-source-maps',
      '--max-semi-space-size=2',
      '--no-turbofan',
      '--no-maglev',
      'dist/cli.js',
      'openapi-diff',
      'a.json',
      'b.json'
    ])
  })

  it('does not restart a process that already runs with the flags, so it never restarts twice', () => {
    expect(
      restartArgs('/usr/bin/node', [...CLI_V8_FLAGS], ['/usr/bin/node', 'dist/cli.js', 'check'], undefined)
    ).toBeUndefined()
  })

  it('leaves a semi-space size the user chose on the command line or in NODE_OPTIONS alone', () => {
    expect(
      restartArgs('node', ['--max-semi-space-size=64'], ['node', 'dist/cli.js'], undefined)
    ).toBeUndefined()
    expect(
      restartArgs('node', [], ['node', 'dist/cli.js'], '--max-old-space-size=4096 --max-semi-space-size=64')
    ).toBeUndefined()
  })

  it('restarts when NODE_OPTIONS sets other flags only', () => {
    expect(restartArgs('node', [], ['node', 'dist/cli.js', 'board'], '--max-old-space-size=4096')).toEqual([
      'node',
      ...CLI_V8_FLAGS,
      'dist/cli.js',
      'board'
    ])
  })
})
