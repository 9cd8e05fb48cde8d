// Benchmark: the go/no-go board over 50 repositories × 20 releases (with one production deployment
// each) and 10,000 pull request records. Server time = records → board data → HTML, in process
// (what the App's /board does per request). Targets: < 1 s, page < 1.5 MB. Also the CLI's
// `board --records DIR` end to end, reading the 12,000 record files.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importTs } from '../lib/import-ts.mjs'
import { measure, printRows } from './measure.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const SHAPE = { repos: 50, releases: 20, pullRecords: 10_000 }

export async function run() {
  const { boardRecords } = await importTs('test/support/board-records.ts')
  const { buildBoardData, renderBoard } = await importTs('src/reports/board/index.ts')
  const records = boardRecords(SHAPE)
  const times = []
  let html = ''
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    html = renderBoard(buildBoardData(records))
    times.push(performance.now() - started)
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

  const dir = join(root, '.bench', 'board-records-v1')
  if (!existsSync(dir) || readdirSync(dir).length !== records.length) {
    mkdirSync(dir, { recursive: true })
    for (const record of records) writeFileSync(join(dir, `${record.id}.json`), JSON.stringify(record))
  }
  const page = join(root, '.bench', 'board.html')
  const cli = await measure(process.execPath, [
    join(root, 'dist', 'cli.js'),
    'board',
    '--records',
    dir,
    '--output',
    page
  ])
  if (cli.code !== 0) throw new Error(`board failed: ${cli.stderr}`)
  return [
    { name: 'records (releases + deployments + pull requests)', value: records.length },
    {
      name: 'board data + HTML, in process (median of 5)',
      value: median(times),
      unit: 'ms',
      target: '< 1000 ms'
    },
    {
      name: 'HTML page size',
      value: Buffer.byteLength(html) / 1024,
      unit: 'KiB',
      target: '< 1.5 MB (1465 KiB)',
      digits: 1
    },
    { name: 'CLI board --records (12,000 files): wall time', value: cli.wallMs, unit: 'ms' },
    { name: 'CLI board: peak memory', value: cli.peakRssMb, unit: 'MB', digits: 1 },
    { name: 'CLI page size', value: statSync(page).size / 1024, unit: 'KiB', digits: 1 }
  ]
}

if (import.meta.url === `file://${process.argv[1]}`)
  printRows('Go/no-go board: 50 repositories × 20 releases, 10,000 pull request records', await run())
