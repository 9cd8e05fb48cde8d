import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createNodeMiddleware, createProbot, type ApplicationFunctionOptions, type Probot } from 'probot'
import app from './index.js'
import { DeliveryMemory } from './delivery-memory.js'
import { defaultDeps, type AppDeps } from './deps.js'
import { RecheckLimiter } from './recheck-limiter.js'
import type { ServerSettings } from './server-settings.js'
import { sweepInterruptedCheckRuns } from './startup-sweep.js'
import { createWebhookGate } from './webhook-gate.js'
import { WorkQueue } from './work-queue.js'
import { durableWork, giveUpStoredTask, runStoredTask } from './durable-work.js'
import type { RecordStore } from '../store/record-store.js'
import { boardHandler } from './board/board-routes.js'
import { startRecordKeeping } from './record-keeping.js'
import { redeliverOnStart } from './redelivery-on-start.js'
import type { RedeliveryResult } from './redeliver-failed.js'

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

/**
 * `<slug>[bot]`, the login this App comments as: one `GET /app` (with the App's JWT), the first time
 * a comment is written. A failure is logged and asked again next time; meanwhile any bot's marked
 * comment counts.
 */
async function appLogin(probot: Probot): Promise<string | undefined> {
  try {
    const app = await probot.auth()
    const { data } = (await app.request('GET /app')) as { data: { slug?: string } | null }
    return data?.slug ? `${data.slug}[bot]` : undefined
  } catch (error) {
    probot.log.warn(
      `[release-readiness] Could not read this App's login (GET /app): ${(error as Error).message}`
    )
    return undefined
  }
}

export interface RunningServer {
  server: Server
  url: string
  probot: Probot
  deps: AppDeps
  /** Where the evaluation records are kept, once opened (opening never delays the webhooks). */
  store?: Promise<RecordStore>
  /**
   * Stops accepting deliveries and closes idle connections, lets running work finish for at most
   * `drainMs` (default `SHUTDOWN_DRAIN_MS`), drops what still waits, then rejects every deployment
   * still unanswered with the reason (trying for at most `SHUTDOWN_ANSWER_MS`), and closes the
   * record store.
   */
  close(drainMs?: number): Promise<void>
  /** The start-up sweep of check runs a crash left in progress (resolved once it is done). */
  sweep: Promise<void>
  /** The start-up redelivery of failed webhook deliveries (undefined: off, or another instance did it). */
  redelivery: Promise<RedeliveryResult | undefined>
}

/** How long the shutdown's rejections of pending deployments may keep trying. */
export const SHUTDOWN_ANSWER_MS = 5_000
export const SHUTDOWN_REJECTION =
  'Release readiness: the App server is restarting and could not finish evaluating this deployment (rejected: fail closed). Re-run the job to ask again.'

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
  const logger = {
    debug: (m: string) => probot.log.debug(m),
    info: (m: string) => probot.log.info(m),
    warn: (m: string) => probot.log.warn(m),
    error: (m: string) => probot.log.error(m)
  }
  const records = startRecordKeeping(settings, logger)
  // With a store, work lives in it (src/app/durable-queue.ts); with STORE=off, in memory only.
  const durable = durableWork(settings, records.store, logger)
  const memory = durable
    ? undefined
    : new WorkQueue({
        concurrency: settings.concurrency,
        onError: (error, key) =>
          probot.log.error({ err: error, key }, `[release-readiness] Job ${key} failed`),
        onSupersede: (key) =>
          probot.log.debug(`[release-readiness] A newer event for ${key} replaced the queued one`)
      })
  const queue = durable?.queue ?? memory!
  const deps = defaultDeps({
    ...(records.sink ? { records: records.sink } : {}),
    ...(durable ? { answers: durable.answers } : {}),
    queue,
    retry: { retries: settings.retries, delayMs: settings.retryDelayMs },
    deploymentTimeoutMs: settings.deploymentTimeoutMs,
    writeIntervalMs: settings.writeIntervalMs,
    rechecks: new RecheckLimiter(settings.rechecksPerPull, settings.recheckWindowMs),
    ownLogin: () =>
      (ownLogin ??= appLogin(probot).then((login) => {
        if (!login) ownLogin = undefined
        return login
      }))
  })
  let ownLogin: Promise<string | undefined> | undefined
  const deliveries = new DeliveryMemory()
  const gate = createWebhookGate({
    secret: settings.webhookSecret,
    deliveries,
    log: {
      info: (fields, message) => probot.log.info(fields, message),
      warn: (fields, message) => probot.log.warn(fields, message)
    }
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
  durable?.queue.start(
    (task, run) => runStoredTask(probot, deps, task, run),
    (task, error, attempts) => giveUpStoredTask(probot, deps, task, error, attempts)
  )
  const server = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === HEALTH_PATH) {
      await durable?.queue.pending().catch(() => undefined)
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
    const notFound = (): void => {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: 'Not found' }))
    }
    if (req.method !== 'POST' || req.url?.split('?')[0]?.replace(/\/+$/, '') !== WEBHOOKS_PATH) {
      notFound()
      return
    }
    void (async () => {
      // Size, signature and replays are settled here, on the raw bytes, before Probot parses anything.
      const delivery = await gate(req, res)
      if (!delivery) return
      Object.assign(req, { body: delivery.body })
      await middleware(req, res, notFound)
      // A delivery that failed is forgotten, so that GitHub's redelivery of it is judged.
      if (res.statusCode >= 300) deliveries.forget(delivery.id)
    })()
  })
  // GitHub sends a delivery in well under a second: a connection that trickles is cut.
  server.requestTimeout = 30_000
  server.headersTimeout = 10_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(settings.port, settings.host, resolve)
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`
  const sweep = settings.startupSweep
    ? sweepInterruptedCheckRuns(probot, deps, Date.now()).then(
        () => undefined,
        (error: unknown) =>
          probot.log.warn(`[release-readiness] The start-up sweep failed: ${(error as Error).message}`)
      )
    : Promise.resolve()
  probot.log.info(`[release-readiness] Listening on ${url}${WEBHOOKS_PATH} (GitHub API: ${settings.baseUrl})`)
  const redelivery = redeliverOnStart(probot, settings, records.store, logger)
  return {
    server,
    url,
    probot,
    deps,
    ...(records.store ? { store: records.store } : {}),
    sweep,
    redelivery: redelivery.done,
    async close(drainMs = settings.shutdownDrainMs) {
      redelivery.stop()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      deps.rechecks.cancelAll()
      if (durable) {
        // Nothing is dropped: queued jobs stay stored, running ones go back to the queue.
        const handedBack = await durable.queue.close(drainMs)
        probot.log.info(
          `[release-readiness] Shutting down: queued jobs stay stored; ${handedBack} running job(s) handed back to the queue.`
        )
        server.closeAllConnections()
        await closed
        await records.close()
        return
      }
      let timer: NodeJS.Timeout | undefined
      await Promise.race([memory!.idle(), new Promise((resolve) => (timer = setTimeout(resolve, drainMs)))])
      clearTimeout(timer)
      const dropped = memory!.clear()
      const rejected = await deps.deployments.rejectAll(SHUTDOWN_REJECTION, Date.now() + SHUTDOWN_ANSWER_MS)
      probot.log.info(
        `[release-readiness] Shutting down: ${dropped} queued job(s) dropped, ${rejected} pending deployment(s) rejected.`
      )
      server.closeAllConnections()
      await closed
      await records.close()
    }
  }
}
