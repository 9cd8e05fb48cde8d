import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import bundled, { inflate } from '@sparticuz/chromium'
import { chromium, type BrowserContext } from 'playwright-core'

/**
 * Flags for a headless test browser. Not `@sparticuz/chromium`'s own `args`: they include
 * `--single-process`, with which its build crashed (SIGTRAP) on most launches here.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-zygote',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface Browser {
  context: BrowserContext
  /** Which Chromium runs: `system (/usr/bin/chromium)` or `@sparticuz/chromium (/tmp/chromium)`. */
  source: string
  close(): Promise<void>
}

/** The first `chromium` (or `chromium-browser`) executable on `PATH`, if any. */
export function systemChromium(path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) {
      try {
        accessSync(join(dir, name), constants.X_OK)
        return join(dir, name)
      } catch {
        // not here
      }
    }
  }
  return undefined
}

/**
 * The Chromium to test with: `RR_CHROMIUM` when set, else one on `PATH`, else the build shipped in
 * the `@sparticuz/chromium` dev dependency (unpacked into the temp folder on first use), so
 * `npm ci && npm test` needs nothing installed on the machine.
 */
export async function findChromium(
  options: { bundled?: boolean } = {}
): Promise<{ executablePath: string; source: string; env?: Record<string, string> }> {
  const chosen = options.bundled ? undefined : process.env.RR_CHROMIUM || systemChromium()
  if (chosen) return { executablePath: chosen, source: `system (${chosen})` }
  const executablePath = await bundled.executablePath()
  // The build links NSS, NSPR and expat, which a bare machine may lack: the package ships them
  // (built for Amazon Linux 2023, glibc 2.34); they go first on the browser's library path.
  const bin = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', 'bin')
  const lib = join(await inflate(join(bin, 'al2023.tar.br')), 'lib')
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
  env.LD_LIBRARY_PATH = [lib, env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter)
  return { executablePath, source: `@sparticuz/chromium (${executablePath})`, env }
}

/**
 * Starts Chromium with a fresh profile, and refuses every request that is not a file:// URL, so a
 * page under test can never reach the network. Throws, saying which browser failed and what to
 * do, when it cannot start: the browser tests fail there, they never skip. `bundled: true` always
 * takes `@sparticuz/chromium`'s build, so the fresh-machine path is tested where a system one exists.
 */
export async function launchChromium(options: { bundled?: boolean } = {}): Promise<Browser> {
  const { executablePath, source, env } = await findChromium(options)
  const profile = mkdtempSync(join(tmpdir(), 'rr-chromium-'))
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      ...(env ? { env } : {}),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 }
    })
  } catch (error) {
    rmSync(profile, { recursive: true, force: true })
    throw new Error(
      `Chromium from ${source} did not start, so the HTML report cannot be tested in a browser: ` +
        `${(error as Error).message.split('\n')[0]}. Set RR_CHROMIUM to a working Chromium, or run ` +
        '`npm ci` again to restore @sparticuz/chromium (and delete a stale unpacked /tmp/chromium).',
      { cause: error }
    )
  }
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file://') ? route.continue() : route.abort('blockedbyclient')
  )
  return {
    context,
    source,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}
