import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createNodeMiddleware, createProbot, type ApplicationFunctionOptions, type Probot } from 'probot'
import app from './index.js'
import { defaultDeps, type AppDeps } from './deps.js'
import type { ServerSettings } from './server-settings.js'
import { WorkQueue } from './work-queue.js'
import type { RecordStore } from '../store/record-store.js'
import { boardHandler } from './board/board-routes.js'
import { startRecordKeeping } from './record-keeping.js'

export const WEBHOOKS_PATH = '/api/github/webhooks'
export const HEALTH_PATH = '/healthz'

const GITHUB_COM_API = 'https://api.github.com'

/**
 * Probot 14.3.2 builds the App's authentication (JWT, installation tokens) on a request without
 * the configured base URL, so on GitHub Enterprise Server (or a test double) token requests would
 * go to api.github.com. This fetch sends them to `baseUrl` instead; on github.com it is `fetch`.
 */
export function fetchFor(baseUrl: string): typeof fetch {
  if (baseUrl === GITHUB_COM_API) return fetch
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    return url.startsWith(`${GITHUB_COM_API}/`)
      ? fetch(baseUrl + url.slice(GITHUB_COM_API.length), init)
      : fetch(input, init)
  }
}

export interface RunningServer {
  server: Server
  url: string
  probot: Probot
  deps: AppDeps
  /** Where the evaluation records are kept, once opened (opening never delays the webhooks). */
  store?: Promise<RecordStore>
  /** Stops accepting deliveries, then waits (at most `graceMs`) for queued evaluations. */
  close(graceMs?: number): Promise<void>
}

/**
 * The App's HTTP server: webhooks at /api/github/webhooks (signature checked by Probot, 400 when
 * missing or wrong), health at /healthz, JSON logs. Stateless: any instance can take any delivery.
 */
export async function startServer(
  settings: ServerSettings,
  env: NodeJS.ProcessEnv = process.env
): Promise<RunningServer> {
  const probot = createProbot({
    env: { LOG_LEVEL: 'info', LOG_FORMAT: 'json', ...env },
    overrides: {
      appId: settings.appId,
      privateKey: settings.privateKey,
      secret: settings.webhookSecret,
      baseUrl: settings.baseUrl,
      request: { fetch: fetchFor(settings.baseUrl) }
    }
  })
  const queue = new WorkQueue({
    concurrency: settings.concurrency,
    onError: (error, key) => probot.log.error({ err: error, key }, `[release-readiness] Job ${key} failed`),
    onSupersede: (key) =>
      probot.log.debug(`[release-readiness] A newer event for ${key} replaced the queued one`)
  })
  const logger = {
    debug: (m: string) => probot.log.debug(m),
    info: (m: string) => probot.log.info(m),
    warn: (m: string) => probot.log.warn(m),
    error: (m: string) => probot.log.error(m)
  }
  const records = startRecordKeeping(settings, logger)
  const deps = defaultDeps({
    ...(records.sink ? { records: records.sink } : {}),
    queue,
    retry: { retries: settings.retries, delayMs: settings.retryDelayMs },
    deploymentTimeoutMs: settings.deploymentTimeoutMs,
    writeIntervalMs: settings.writeIntervalMs
  })
  const middleware = await createNodeMiddleware(
    (probotApp: Probot, options: ApplicationFunctionOptions) => app(probotApp, options, deps),
    { probot, webhooksPath: WEBHOOKS_PATH }
  )
  const board = boardHandler({
    settings: settings.board,
    store: records.store,
    apiUrl: settings.baseUrl,
    log: logger
  })
  const server = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === HEALTH_PATH) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ status: 'ok', queue: queue.stats, store: records.state() }))
      return
    }
    try {
      if (await board(req, res)) return
    } catch (error) {
      logger.error(`[release-readiness] Board: ${(error as Error).name}`)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end('The board failed; see the App log.')
      return
    }
    void middleware(req, res, () => {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: 'Not found' }))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(settings.port, settings.host, resolve)
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`
  probot.log.info(`[release-readiness] Listening on ${url}${WEBHOOKS_PATH} (GitHub API: ${settings.baseUrl})`)
  return {
    server,
    url,
    probot,
    deps,
    ...(records.store ? { store: records.store } : {}),
    async close(graceMs = 25_000) {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      let timer: NodeJS.Timeout | undefined
      await Promise.race([queue.idle(), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))])
      clearTimeout(timer)
      await records.close()
    }
  }
}
