import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

/** Debian's Chromium; no browser is ever downloaded. */
export const CHROMIUM = '/usr/bin/chromium'

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

/**
 * Starts Debian's Chromium with a fresh profile, and refuses every request that is not a file://
 * URL, so a page under test can never reach the network. Throws, with what to do, when Chromium
 * is not installed: the browser tests must fail there, not skip.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}, so the HTML report cannot be tested in a browser. ` +
        "Install Debian's package: apt-get update && apt-get install -y chromium (bash .ci/run does this in CI)."
    )
  }
  const profile = mkdtempSync(join(tmpdir(), 'rr-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 }
  })
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file://') ? route.continue() : route.abort('blockedbyclient')
  )
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}
