import { describe, expect, it } from '@jest/globals'
import { cliV8Flags } from '../../src/cli/v8-flags.js'

describe('the V8 flags the CLI sets for itself', () => {
  it('gives every other command only the young-generation flag, keeping the optimizing compilers', () => {
    expect(cliV8Flags([], undefined, 'check')).toEqual(['--semi-space-growth-factor=1'])
    expect(cliV8Flags([], undefined, 'report')).toEqual(['--semi-space-growth-factor=1'])
    expect(cliV8Flags([], undefined, undefined)).toEqual(['--semi-space-growth-factor=1'])
  })

  it('keeps the young generation at its initial size and turns the optimizing compilers off for openapi-diff', () => {
    expect(cliV8Flags([], undefined, 'openapi-diff')).toEqual([
      '--semi-space-growth-factor=1',
      '--no-turbofan',
      '--no-maglev'
    ])
  })

  it('leaves a flag the user set on node’s command line alone, with or without its value or a no- prefix', () => {
    expect(cliV8Flags(['--turbofan', '--enable-source-maps'], undefined, 'openapi-diff')).toEqual([
      '--semi-space-growth-factor=1',
      '--no-maglev'
    ])
    expect(cliV8Flags(['--semi-space-growth-factor=4', '--no-maglev'], undefined, 'openapi-diff')).toEqual([
      '--no-turbofan'
    ])
  })

  it('leaves a flag the user set in NODE_OPTIONS alone, written with underscores too', () => {
    expect(
      cliV8Flags([], '--max-old-space-size=4096  --semi_space_growth_factor=2 --maglev', 'openapi-diff')
    ).toEqual(['--no-turbofan'])
  })
})
