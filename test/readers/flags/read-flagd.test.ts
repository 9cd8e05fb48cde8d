import { describe, expect, it } from '@jest/globals'
import { isOnByDefault, readFlagd } from '../../../src/readers/flags/read-flagd.js'

describe('readFlagd', () => {
  it('reads flags from JSON with their lines and default variants', () => {
    const json =
      '{\n  "flags": {\n    "a": { "state": "ENABLED", "variants": { "on": true, "off": false }, "defaultVariant": "off" },\n    "b": { "state": "ENABLED", "variants": { "yes": true, "no": false }, "defaultVariant": "yes" }\n  }\n}\n'
    const read = readFlagd(json)
    expect(read).toEqual({
      ok: true,
      flags: [
        { key: 'a', line: 3, state: 'ENABLED', defaultVariant: 'off', defaultValue: false },
        { key: 'b', line: 4, state: 'ENABLED', defaultVariant: 'yes', defaultValue: true }
      ]
    })
    expect(read.ok === true && read.flags.map(isOnByDefault)).toEqual([false, true])
  })

  it('reads flagd YAML and treats a string variant "on" as on, a disabled flag as off', () => {
    const yaml =
      'flags:\n  color:\n    state: ENABLED\n    variants: { red: red, blue: blue }\n    defaultVariant: red\n  legacy:\n    state: DISABLED\n    variants: { on: "on", off: "off" }\n    defaultVariant: "on"\n'
    const read = readFlagd(yaml)
    expect(read.ok === true && read.flags.map((f) => [f.key, isOnByDefault(f)])).toEqual([
      ['color', false],
      ['legacy', false]
    ])
  })

  it('says when JSON is not flagd and when a flagd file is malformed', () => {
    expect(readFlagd('{ "name": "pkg" }')).toEqual({ ok: 'not-flagd' })
    expect(readFlagd('{ "flags": { "a": { "defaultVariant": "on" }\n')).toMatchObject({ ok: false, line: 2 })
  })
})
