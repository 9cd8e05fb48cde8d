import { describe, expect, it } from '@jest/globals'
import { UnreadableFileError } from '../../src/engine/errors.js'
import { decodeTextFile, MAX_ESCAPED_RUNS, MAX_FILE_BYTES } from '../../src/engine/text-file.js'

const asJson = (text: string | Uint8Array): string =>
  decodeTextFile('api.json', typeof text === 'string' ? Buffer.from(text) : text, MAX_FILE_BYTES, {
    json: true
  })

function refusal(read: () => unknown): UnreadableFileError {
  try {
    read()
  } catch (error) {
    if (error instanceof UnreadableFileError) return error
    throw error
  }
  throw new Error('expected the file to be refused')
}

describe('decoding a file for a caller that parses JSON', () => {
  it('writes every non-ASCII character of JSON text as a \\u escape, one per UTF-16 unit', () => {
    const text = '{\n  "café": "naïve 😀",\n  "日本": ["ü"]\n}\n'
    const decoded = asJson(text)
    expect(decoded).toBe(
      '{\n  "caf\\u00e9": "na\\u00efve \\ud83d\\ude00",\n  "\\u65e5\\u672c": ["\\u00fc"]\n}\n'
    )
    expect(JSON.parse(decoded)).toEqual(JSON.parse(text))
  })

  it('returns pure ASCII JSON as it is, and drops a byte-order mark', () => {
    expect(asJson('{"a": [1, "b"]}')).toBe('{"a": [1, "b"]}')
    expect(asJson(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"é": 1}')]))).toBe(
      '{"\\u00e9": 1}'
    )
  })

  it('keeps a character whose bytes straddle the blocks it scans, and every line where it was', () => {
    const filler = 'x'.repeat(64 * 1024 - 9)
    const text = `[\n"${filler}",\n"€ 😀 ok"\n]`
    expect(Buffer.from(text).indexOf('€')).toBeLessThan(64 * 1024)
    expect(Buffer.from(text).indexOf('€') + 3).toBeGreaterThan(64 * 1024)
    const decoded = asJson(text)
    expect(JSON.parse(decoded)).toEqual(JSON.parse(text))
    expect(decoded.split('\n')).toHaveLength(text.split('\n').length)
    expect(decoded.endsWith('"\\u20ac \\ud83d\\ude00 ok"\n]')).toBe(true)
  })

  it('leaves text that does not start like JSON, or a caller that did not ask, with its characters', () => {
    expect(asJson('title: Café\n')).toBe('title: Café\n')
    expect(decodeTextFile('api.json', Buffer.from('{"é": 1}'))).toBe('{"é": 1}')
  })

  it('keeps the characters of JSON that is mostly not ASCII, rather than growing it threefold', () => {
    const text = `["${'aé'.repeat(MAX_ESCAPED_RUNS + 1)}"]`
    expect(asJson(text)).toBe(text)
    const justUnder = `["${'aé'.repeat(MAX_ESCAPED_RUNS)}"]`
    expect(asJson(justUnder)).toBe(`["${'a\\u00e9'.repeat(MAX_ESCAPED_RUNS)}"]`)
  })

  it('still refuses invalid UTF-8 and binary files', () => {
    expect(refusal(() => asJson(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]))).reason).toBe(
      'invalid-utf8'
    )
    expect(refusal(() => asJson(Buffer.from([0x7b, 0x00, 0x7d]))).reason).toBe('binary')
  })
})
