/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { buildBoardData } from '../../../src/reports/board/board-data.js'
import { renderBoard } from '../../../src/reports/board/render-board.js'
import { boardRecords } from '../../support/board-records.js'
import { launchChromium, type Browser } from '../../support/chromium.js'
import { runCli } from '../../support/run-cli.js'

const outputDir = fileURLToPath(new URL('../../test-output/', import.meta.url))

describe('release-readiness board', () => {
  let work: string
  let records: string
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'rr-board-'))
    records = join(work, 'records')
    mkdirSync(join(records, 'nested'), { recursive: true })
    boardRecords({ repos: 2, releases: 5, pullRecords: 12 }).forEach((record, i) =>
      writeFileSync(join(records, i % 2 ? 'nested' : '', `${record.id}.json`), JSON.stringify(record))
    )
    writeFileSync(join(records, 'README.md'), '# not a record\n')
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('writes one page from every record under the folder, and ignores other files', () => {
    const out = join(work, 'site', 'board.html')
    const run = runCli(['board', '--records', records, '--output', out])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(run.stdout).toBe(`Wrote the board of 32 record(s) to ${out} (${html.length} bytes)\n`)
    expect(html).toContain('<p>2 repositories, 10 releases, 6 open pull requests, 10 deployments, 2 waivers.')
  })

  it('names a JSON file that is not a record, and changes nothing', () => {
    const bad = join(work, 'bad')
    mkdirSync(bad)
    writeFileSync(join(bad, 'x.json'), JSON.stringify({ verdict: 'go' }))
    const out = join(work, 'never.html')
    const run = runCli(['board', '--records', bad, '--output', out])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      new RegExp(
        `^release-readiness: ${join(bad, 'x.json')} is not an evaluation record \\(schema/evaluation-record.schema.json\\): \\(the record\\) is missing "schemaVersion"`
      )
    )
    expect(() => readFileSync(out)).toThrow()
  })

  it('asks for --records and --output', () => {
    const run = runCli(['board', '--output', join(work, 'b.html')])
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe(
      'release-readiness: --records is required: the folder of evaluation records.'
    )
  })
})

describe('the board page in Chromium', () => {
  let work: string
  let browser: Browser
  let page: Page
  const column = (table: string, index: number): Promise<string[]> =>
    page.$$eval(
      `#t-${table} tbody tr`,
      (rows, i) => rows.map((r) => (r.children[i] as HTMLElement).innerText.trim()),
      index
    )

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'rr-board-page-'))
    const records = join(work, 'records')
    mkdirSync(records)
    for (const record of boardRecords({ repos: 2, releases: 5, pullRecords: 12 }))
      writeFileSync(join(records, `${record.id}.json`), JSON.stringify(record))
    const file = join(work, 'board.html')
    expect(runCli(['board', '--records', records, '--output', file]).code).toBe(0)
    browser = await launchChromium()
    page = await browser.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(pathToFileURL(file).href)
    expect(errors).toEqual([])
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('draws every table and the trends from the embedded records', async () => {
    expect(await page.textContent('#n-pulls')).toBe('Showing 6 of 6 (6 in all)')
    expect(await page.textContent('#trend-rejected')).toBe('2 of 10 (20 %)')
    expect(await page.textContent('#trend-waivers')).toBe('0.20 (2 in 10 releases)')
    expect(await page.textContent('#trend-ttg')).toBe('3.5 h')
  })

  it('prints every row of a long table, then shows the first 200 again', async () => {
    const data = buildBoardData(boardRecords({ repos: 3, releases: 1, pullRecords: 500 }))
    expect(data.pulls.length).toBeGreaterThan(200)
    const long = await browser.context.newPage()
    await long.setContent(renderBoard(data))
    const rows = (): Promise<number> => long.locator('#t-pulls tbody tr').count()
    expect(await rows()).toBe(200)

    await long.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    expect(await rows()).toBe(data.pulls.length)
    expect(await long.textContent('#n-pulls')).toBe(
      `Showing ${data.pulls.length} of ${data.pulls.length} (${data.pulls.length} in all)`
    )
    await long.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    expect(await rows()).toBe(200)
    await long.close()
  })

  it('sorts by a column header, both ways, from the keyboard', async () => {
    await page.focus('#t-pulls th:nth-child(2) button')
    await page.keyboard.press('Enter')
    expect(await column('pulls', 1)).toEqual(['#1', '#1', '#2', '#2', '#3', '#3'])
    expect(await page.getAttribute('#t-pulls th:nth-child(2)', 'aria-sort')).toBe('ascending')
    await page.keyboard.press('Enter')
    expect(await column('pulls', 1)).toEqual(['#3', '#3', '#2', '#2', '#1', '#1'])
  })

  it('filters by repository and team, and exports what is shown as CSV and JSON', async () => {
    await page.selectOption('select[name=repo]', { label: 'acme/svc-01' })
    expect(await column('releases', 0)).toEqual(Array(5).fill('acme/svc-01'))
    await page.selectOption('select[name=team]', { label: '@acme/payments' })
    expect(await page.textContent('#n-releases')).toBe('Showing 0 of 0 (10 in all)')
    await page.selectOption('select[name=team]', { label: '@acme/platform' })
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#h-releases ~ .tools button[data-export=csv]')
    ])
    expect(csv.suggestedFilename()).toBe('release-readiness-releases.csv')
    const lines = readFileSync((await csv.path())!, 'utf8')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe(
      'Repository,Release,Outcome,Blocking checks,Waivers,Pull requests,Owners,Judged (UTC),URL'
    )
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      'acme/svc-01,v1.4.0,NO-GO',
      'acme/svc-01,v1.3.0,GO',
      'acme/svc-01,v1.2.0,GO',
      'acme/svc-01,v1.1.0,GO with waivers',
      'acme/svc-01,v1.0.0,GO'
    ])
    // Deep links to GitHub; a cell that a spreadsheet would run as a formula is quoted and prefixed.
    expect(lines[1]!.split(',').slice(-3)).toEqual([
      '"\'@acme/platform"',
      '2026-01-30 00:00',
      'https://github.com/acme/svc-01/releases/tag/v1.4.0'
    ])
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#h-pulls ~ .tools button[data-export=json]')
    ])
    const pulls = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Array<Record<string, unknown>>
    expect(pulls.map((p) => [p.Repository, p['Pull request'], p.Verdict])).toEqual([
      ['acme/svc-01', 3, 'GO'],
      ['acme/svc-01', 2, 'GO'],
      ['acme/svc-01', 1, 'GO']
    ])
    mkdirSync(outputDir, { recursive: true })
    await page.screenshot({ path: join(outputDir, 'board-cli.png'), fullPage: true })
    await page.click('#clear')
    expect(await page.textContent('#n-releases')).toBe('Showing 10 of 10 (10 in all)')
  })
})
