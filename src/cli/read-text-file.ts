import { readFile } from 'node:fs/promises'
import { UserError } from '../engine/errors.js'
import { decodeTextFile } from '../engine/text-file.js'

/** A text file named on the command line; a UserError that says what to fix when it cannot be read. */
export async function readTextFile(path: string, shown: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message
    throw new UserError(`Cannot read ${shown}: ${reason}. Check the path.`)
  }
  return decodeTextFile(shown, bytes)
}

/** Like readTextFile, with `-` meaning standard input. */
export async function readTextFileOrStdin(path: string, shown: string): Promise<string> {
  if (shown !== '-') return readTextFile(path, shown)
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return decodeTextFile('standard input', Buffer.concat(chunks))
}
