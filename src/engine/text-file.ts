import { isAscii, isUtf8 } from 'node:buffer'
import { UnreadableFileError } from './errors.js'
import type { ReadOptions } from './types.js'

/** Files larger than this are refused rather than read (GitHub's REST description is ~12 MB). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Turns the bytes of a repository file into text, refusing binary files, invalid UTF-8 and
 * files over `MAX_FILE_BYTES`. Shared by every RepoSource so all sources refuse alike.
 */
export function decodeTextFile(
  path: string,
  bytes: Uint8Array,
  maxBytes = MAX_FILE_BYTES,
  options: ReadOptions = {}
): string {
  if (bytes.length > maxBytes) {
    throw new UnreadableFileError(path, 'too-large', `(${bytes.length} bytes; limit ${maxBytes})`)
  }
  const sniff = bytes.subarray(0, 8000)
  if (sniff.includes(0)) throw new UnreadableFileError(path, 'binary')
  if (options.json && startsLikeJson(bytes)) {
    if (!isUtf8(bytes)) throw new UnreadableFileError(path, 'invalid-utf8')
    const escaped = jsonWithAsciiEscapes(bytes)
    if (escaped !== undefined) return escaped
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new UnreadableFileError(path, 'invalid-utf8')
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Byte-order mark's length at the start of `bytes` (3 or 0). */
function bomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
}

/** Whether the first character after a byte-order mark and blanks is `{` or `[`. */
function startsLikeJson(bytes: Uint8Array): boolean {
  for (let i = bomLength(bytes); i < bytes.length; i++) {
    const b = bytes[i]
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue
    return b === 0x7b || b === 0x5b
  }
  return false
}

/** Blocks `isAscii` tests at once while looking for non-ASCII bytes: large, then small. */
const BLOCK = 64 * 1024
const SUB_BLOCK = 512
/**
 * Runs of non-ASCII characters past which JSON keeps its characters: text that is mostly not ASCII
 * would grow up to threefold as escapes, and every run costs an entry here (a pull request can
 * bring a 32 MB file of them). Real API descriptions have a few dozen (GitHub's has 52).
 */
export const MAX_ESCAPED_RUNS = 10_000

/**
 * Valid UTF-8 `bytes` as text with every non-ASCII character written as `\uXXXX` (one escape per
 * UTF-16 code unit, so a character outside the BMP becomes its surrogate pair). ASCII runs are
 * copied as they are; the non-ASCII bytes are found by testing blocks natively with `isAscii`.
 * Undefined past MAX_ESCAPED_RUNS runs (the caller then decodes the text as it is).
 */
function jsonWithAsciiEscapes(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const start = bomLength(buffer)
  const runs: Array<[number, number]> = [] // [start, end) of each run of non-ASCII bytes
  for (let block = start; block < buffer.length; block += BLOCK) {
    const blockEnd = Math.min(block + BLOCK, buffer.length)
    if (isAscii(buffer.subarray(block, blockEnd))) continue
    for (let sub = block; sub < blockEnd; sub += SUB_BLOCK) {
      const subEnd = Math.min(sub + SUB_BLOCK, blockEnd)
      if (isAscii(buffer.subarray(sub, subEnd))) continue
      for (let i = sub; i < subEnd; i++) {
        if (buffer[i]! < 0x80) continue
        const last = runs[runs.length - 1]
        if (last && last[1] === i) last[1] = i + 1
        else if (runs.length === MAX_ESCAPED_RUNS) return undefined
        else runs.push([i, i + 1])
      }
    }
  }
  if (runs.length === 0) return buffer.toString('latin1', start, buffer.length)
  const escapes = runs.map(([from, to]) => {
    const text = buffer.toString('utf8', from, to)
    let out = ''
    for (let i = 0; i < text.length; i++) out += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`
    return out
  })
  let length = buffer.length - start
  runs.forEach(([from, to], i) => (length += escapes[i]!.length - (to - from)))
  const out = Buffer.allocUnsafe(length)
  let written = 0
  let read = start
  runs.forEach(([from, to], i) => {
    written += buffer.copy(out, written, read, from)
    written += out.write(escapes[i]!, written, 'latin1')
    read = to
  })
  written += buffer.copy(out, written, read, buffer.length)
  return out.toString('latin1', 0, written)
}
