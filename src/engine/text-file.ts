import { UnreadableFileError } from './errors.js'

/** Files larger than this are refused rather than read (GitHub's REST description is ~12 MB). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Turns the bytes of a repository file into text, refusing binary files, invalid UTF-8 and
 * files over `MAX_FILE_BYTES`. Shared by every RepoSource so all sources refuse alike.
 */
export function decodeTextFile(path: string, bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new UnreadableFileError(path, 'too-large', `(${bytes.length} bytes; limit ${maxBytes})`)
  }
  const sniff = bytes.subarray(0, 8000)
  if (sniff.includes(0)) throw new UnreadableFileError(path, 'binary')
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new UnreadableFileError(path, 'invalid-utf8')
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
