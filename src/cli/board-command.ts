import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { buildBoardData } from '../reports/board/board-data.js'
import { loadRecords } from '../reports/board/load-records.js'
import { renderBoard } from '../reports/board/render-board.js'
import { UserError } from '../engine/errors.js'
import type { CliIo } from './io.js'
import { parseOptions } from './parse-options.js'
import { BOARD_USAGE } from './usage.js'

/** `release-readiness board --records DIR --output FILE`: a folder of records → one HTML page. */
export async function boardCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(
    argv,
    {
      records: { type: 'string' },
      output: { type: 'string' },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    BOARD_USAGE
  )
  if (values.help) {
    io.stdout(BOARD_USAGE + '\n')
    return 0
  }
  for (const name of ['records', 'output'] as const) {
    if (typeof values[name] !== 'string' || values[name] === '')
      throw new UserError(
        `--${name} is required: ${name === 'records' ? 'the folder of evaluation records' : 'the HTML file to write'}.\n\n${BOARD_USAGE}`
      )
  }
  const records = await loadRecords(resolve(io.cwd, values.records as string))
  const output = resolve(io.cwd, values.output as string)
  const html = renderBoard(buildBoardData(records), {
    ...(typeof values.title === 'string' ? { title: values.title } : {})
  })
  await mkdir(dirname(output), { recursive: true })
  await writeFile(output, html)
  io.stdout(`Wrote the board of ${records.length} record(s) to ${output} (${html.length} bytes)\n`)
  return 0
}
