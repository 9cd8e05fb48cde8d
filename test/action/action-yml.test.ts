import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { Inputs, Outputs } from '../../src/action/constants.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const action = parse(readFileSync(`${root}action.yml`, 'utf8')) as {
  runs: { using: string; main: string }
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the inputs and outputs the code reads and sets', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
    expect(action.inputs.token!.default).toBe('${{ github.token }}')
  })
})
