/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL, fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { launchChromium, type Browser } from '../../support/chromium.js'
import type { GitRepo } from '../../support/git-repo.js'
import { releaseHistory } from '../../support/release-history.js'
import { runCli } from '../../support/run-cli.js'

const outputDir = fileURLToPath(new URL('../../test-output/', import.meta.url))

describe('the release report page in Chromium', () => {
  let repo: GitRepo
  let work: string
  let browser: Browser
  let page: Page

  const prOrder = (): Promise<string[]> =>
    page.$$eval('#pr-table tbody tr:not([hidden]) th', (cells) => cells.map((c) => c.textContent!.trim()))

  beforeAll(async () => {
    repo = releaseHistory(false)
    work = mkdtempSync(join(tmpdir(), 'rr-page-'))
    const file = join(work, 'release.html')
    const run = runCli([
      'report',
      '--repo',
      repo.dir,
      '--base',
      'v1.0.0',
      '--head',
      'v1.1.0',
      '--format',
      'html',
      '--output',
      file,
      '--repo-url',
      'https://github.com/acme/shop'
    ])
    expect(run.code).toBe(1)
    browser = await launchChromium()
    page = await browser.context.newPage()
    await page.goto(pathToFileURL(file).href)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    repo?.remove()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('shows the verdict banner first', async () => {
    expect((await page.textContent('h1#verdict'))!.trim()).toBe(
      '❌ Release readiness: NO-GO — release v1.1.0'
    )
    expect(
      await page.$$eval('#blocking li', (items) => items.map((li) => li.textContent!.split(' — ')[0]))
    ).toEqual(['Whole release', '#2 Add b', '#3 Fix c'])
  })

  it('sorts the pull requests by result when the header is clicked, and marks it with aria-sort', async () => {
    expect(await prOrder()).toEqual(['#1', '#2', '#3', '#4'])
    await page.click('#pr-table thead th:nth-child(4) button')
    expect(await prOrder()).toEqual(['#2', '#3', '#1', '#4'])
    expect(await page.getAttribute('#pr-table thead th:nth-child(4)', 'aria-sort')).toBe('ascending')
    await page.click('#pr-table thead th:nth-child(4) button')
    expect(await prOrder()).toEqual(['#1', '#4', '#2', '#3'])
    expect(await page.getAttribute('#pr-table thead th:nth-child(4)', 'aria-sort')).toBe('descending')
  })

  it('sorts by keyboard: Enter and Space on a focused header', async () => {
    await page.focus('#pr-table thead th:nth-child(1) button')
    await page.keyboard.press('Enter')
    expect(await prOrder()).toEqual(['#1', '#2', '#3', '#4'])
    expect(await page.getAttribute('#pr-table thead th:nth-child(4)', 'aria-sort')).toBeNull()
    await page.keyboard.press('Space')
    expect(await prOrder()).toEqual(['#4', '#3', '#2', '#1'])
    expect(await page.getAttribute('#pr-table thead th:nth-child(1)', 'aria-sort')).toBe('descending')
  })

  it('shows where the keyboard focus is', async () => {
    await page.focus('#pr-table thead th:nth-child(2) button')
    const outline = await page.$eval(
      '#pr-table thead th:nth-child(2) button',
      (b) => getComputedStyle(b).outlineStyle
    )
    expect(outline).toBe('solid')
  })

  it('filters by status and by text, and says how many rows are shown', async () => {
    await page.selectOption('form[data-table="pr-table"] select', 'no-go')
    expect((await prOrder()).sort()).toEqual(['#2', '#3'])
    await page.fill('form[data-table="pr-table"] input', 'fix')
    expect(await prOrder()).toEqual(['#3'])
    expect(await page.textContent('#pr-table-status')).toBe('1 of 4 rows shown.')
    await page.fill('form[data-table="pr-table"] input', '')
    await page.selectOption('form[data-table="pr-table"] select', '')
    expect(await prOrder()).toHaveLength(4)
  })

  it('links each pull request and each finding to the file at the judged commit', async () => {
    expect(await page.getAttribute('#pr-table a:text-is("#3")', 'href')).toBe(
      'https://github.com/acme/shop/pull/3'
    )
    const href = await page.getAttribute('#pr-3 a:has(code:text-is("src/c.ts"))', 'href')
    expect(href).toMatch(/^https:\/\/github\.com\/acme\/shop\/blob\/[0-9a-f]{40}\/src\/c\.ts$/)
  })

  it('has text with a contrast of at least 4.5:1 everywhere', async () => {
    const low = await page.evaluate(() => {
      const lum = (rgb: number[]): number => {
        const [r, g, b] = rgb.map((v) => {
          const c = v / 255
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
      }
      const parse = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number)
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor)
          if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3)
        }
        return [255, 255, 255]
      }
      const problems: string[] = []
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const text = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim())
        if (!text || (el as HTMLElement).offsetParent === null) continue
        const fg = lum(parse(getComputedStyle(el).color).slice(0, 3))
        const bg = lum(background(el))
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)
        if (ratio < 4.5) problems.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)}`)
      }
      return problems
    })
    expect(low).toEqual([])
  })

  it('prints every row and no controls, and saves a screenshot', async () => {
    mkdirSync(outputDir, { recursive: true })
    await page.screenshot({ path: join(outputDir, 'release-report.png'), fullPage: true })
    await page.emulateMedia({ media: 'print' })
    expect(await page.$eval('form.filters', (f) => getComputedStyle(f).display)).toBe('none')
    await page.screenshot({ path: join(outputDir, 'release-report-print.png'), fullPage: true })
    await page.emulateMedia({ media: 'screen' })
  })

  it('opens the same page in the Chromium that npm ci installs (@sparticuz/chromium), with no system browser', async () => {
    const own = await launchChromium({ bundled: true })
    try {
      expect(own.source).toMatch(/^@sparticuz\/chromium \(.+chromium\)$/)
      const other = await own.context.newPage()
      await other.goto(page.url())
      expect((await other.textContent('h1#verdict'))!.trim()).toBe(
        '❌ Release readiness: NO-GO — release v1.1.0'
      )
    } finally {
      await own.close()
    }
  }, 60_000)
})
