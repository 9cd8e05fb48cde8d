import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { UserError } from '../../engine/errors.js'
import { parseRecord } from '../record/parse-record.js'
import type { EvaluationRecord } from '../record/types.js'
import { mapLimit } from '../../engine/map-limit.js'

/** Records over this size are refused (a record is a few kilobytes; this is not one). */
const MAX_RECORD_BYTES = 10 * 1024 * 1024

/**
 * Every `*.json` file under `dir` (recursively, sorted) as a record. A JSON file that is not a
 * record stops the load with its path; other files are ignored. The same record twice (same id)
 * counts once.
 */
export async function loadRecords(dir: string): Promise<EvaluationRecord[]> {
  let entries: string[]
  try {
    entries = (await readdir(dir, { recursive: true })).map(String)
  } catch (error) {
    throw new UserError(
      `Cannot read the records folder ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Pass --records with a folder of record JSON files.`
    )
  }
  const files = entries.filter((name) => name.endsWith('.json')).sort()
  // Read a few files at a time; parse in file order, so the first bad file is the one named.
  const records = await mapLimit(files, 16, async (name) => {
    const path = join(dir, name)
    const text = await readFile(path)
    if (text.length > MAX_RECORD_BYTES)
      throw new UserError(`${relative(process.cwd(), path)} is ${text.length} bytes: too large for a record.`)
    return { path, text: text.toString('utf8') }
  })
  const byId = new Map<string, EvaluationRecord>()
  for (const { path, text } of records) {
    const record = parseRecord(text, path)
    byId.set(record.id, record)
  }
  return [...byId.values()]
}
