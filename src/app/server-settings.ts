import { readFileSync } from 'node:fs'
import { UserError } from '../engine/errors.js'
import type { StoreSettings } from '../store/open-store.js'
import type { BoardSettings } from './board/board-routes.js'
import { readBoardSettings } from './board/board-settings.js'
import { formatForUrl, type NotifySettings } from '../reports/notify/notifier.js'
import { DEFAULT_CONCURRENCY, DEFAULT_DEPLOYMENT_TIMEOUT_MS } from './deps.js'
import { DEFAULT_QUEUE_SETTINGS, type DurableQueueSettings } from './durable-queue.js'

export type QueueTimings = Omit<DurableQueueSettings, 'concurrency' | 'soleInstance'>
import { readRedeliverySettings, type RedeliverySettings } from './redelivery-on-start.js'
import { DEFAULT_RECHECK_WINDOW_MS, DEFAULT_RECHECKS_PER_WINDOW } from './recheck-limiter.js'

/** The server's settings, read once from the environment. */
export interface ServerSettings {
  /** `APP_ID`: the GitHub App's id. */
  appId: number
  /** `PRIVATE_KEY` (PEM text) or `PRIVATE_KEY_PATH` (a file holding it). */
  privateKey: string
  /** `WEBHOOK_SECRET`: verifies `x-hub-signature-256` on every delivery. */
  webhookSecret: string
  /** `HOST` (default 0.0.0.0) and `PORT` (default 3000; 0 picks a free port). */
  host: string
  port: number
  /** `GITHUB_API_URL` (default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3). */
  baseUrl: string
  /** `CONCURRENCY`: evaluations running at once (default 4). */
  concurrency: number
  /** `DEPLOYMENT_TIMEOUT_MS`: a deployment still unanswered after this long is rejected (default 300000). */
  deploymentTimeoutMs: number
  /** `API_RETRIES` and `API_RETRY_DELAY_MS`: retries of a failing API call (default 3, first after 500 ms). */
  retries: number
  retryDelayMs: number
  /** `API_WRITE_INTERVAL_MS`: spacing of writes per installation (default 1000, GitHub's guidance). */
  writeIntervalMs: number
  /** `RECHECKS_PER_PULL` per `RECHECK_WINDOW_MS`: comment-triggered evaluations per pull request (default 3 per 300000). */
  rechecksPerPull: number
  recheckWindowMs: number
  /** `SHUTDOWN_DRAIN_MS`: on SIGTERM, how long running work may finish before pending deployments are rejected (default 20000). */
  shutdownDrainMs: number
  /**
   * `STARTUP_SWEEP`: `on` completes check runs a crash left in progress (and rejects the deployments
   * it left waiting); `off` skips it. Default: `on` with `STORE=off` (work kept in memory), `off`
   * with the durable queue, whose interrupted jobs run again instead.
   */
  startupSweep: boolean
  /** `REDELIVERY` and `REDELIVERY_WINDOW_HOURS`: redelivering, at start, the deliveries that failed while the App was down. */
  redelivery: RedeliverySettings
  /** `DATABASE_URL`, `DATA_DIR` and `RECORD_RETENTION_DAYS`: where evaluation records are kept (src/store); none with `STORE=off`. */
  store?: StoreSettings
  /**
   * The durable work queue's timings (with a store; `STORE=off` keeps work in memory):
   * `QUEUE_EXPIRE_SECONDS`, `QUEUE_RETRY_LIMIT`, `QUEUE_RETRY_DELAY_SECONDS`, `QUEUE_POLL_MS`,
   * `QUEUE_MAINTENANCE_SECONDS` (see `DurableQueueSettings`).
   */
  queue?: QueueTimings
  /** `BOARD_CLIENT_ID` and the rest: the `/board` sign-in; absent, the board is off. */
  board?: BoardSettings
  /** `NOTIFY_WEBHOOK_URL` and `NOTIFY_FORMAT`: where a NO-GO release or a rejected deployment is announced. */
  notify?: NotifySettings
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UserError(`[release-readiness] ${name}="${raw}" is not a whole number from ${min} to ${max}.`)
  }
  return n
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (raw === 'on' || raw === 'off') return raw === 'on'
  throw new UserError(`[release-readiness] ${name}="${raw}" is neither "on" nor "off".`)
}

/** Reads and checks the environment; throws one `UserError` naming everything missing or wrong. */
export function readSettings(env: NodeJS.ProcessEnv): ServerSettings {
  const missing: string[] = []
  if (!env.APP_ID) missing.push('APP_ID')
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) missing.push('PRIVATE_KEY or PRIVATE_KEY_PATH')
  if (!env.WEBHOOK_SECRET) missing.push('WEBHOOK_SECRET')
  if (missing.length > 0) {
    throw new UserError(
      `[release-readiness] Missing environment: ${missing.join(', ')}. Set them from the App's settings page (see docs/app.md) and start again.`
    )
  }
  if (!/^\d+$/.test(env.APP_ID!))
    throw new UserError(
      `[release-readiness] APP_ID="${env.APP_ID}" is not a number; copy the App ID from the App's settings page.`
    )
  let privateKey = env.PRIVATE_KEY
  if (!privateKey) {
    try {
      privateKey = readFileSync(env.PRIVATE_KEY_PATH!, 'utf8')
    } catch (error) {
      throw new UserError(
        `[release-readiness] PRIVATE_KEY_PATH="${env.PRIVATE_KEY_PATH}" cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); point it at the .pem file downloaded from the App's settings page.`
      )
    }
  }
  privateKey = privateKey.replace(/\\n/g, '\n')
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(privateKey)) {
    throw new UserError(
      '[release-readiness] The private key is not a PEM private key ("-----BEGIN RSA PRIVATE KEY-----"); use the .pem file GitHub generated for the App.'
    )
  }
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  if (!/^https?:\/\/[^/]/.test(baseUrl))
    throw new UserError(`[release-readiness] GITHUB_API_URL="${env.GITHUB_API_URL}" is not an http(s) URL.`)
  return {
    appId: Number(env.APP_ID),
    privateKey,
    webhookSecret: env.WEBHOOK_SECRET!,
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65535),
    baseUrl,
    concurrency: integer(env, 'CONCURRENCY', DEFAULT_CONCURRENCY, 1, 256),
    deploymentTimeoutMs: integer(
      env,
      'DEPLOYMENT_TIMEOUT_MS',
      DEFAULT_DEPLOYMENT_TIMEOUT_MS,
      1000,
      24 * 3_600_000
    ),
    retries: integer(env, 'API_RETRIES', 3, 0, 10),
    retryDelayMs: integer(env, 'API_RETRY_DELAY_MS', 500, 0, 60_000),
    writeIntervalMs: integer(env, 'API_WRITE_INTERVAL_MS', 1000, 0, 60_000),
    rechecksPerPull: integer(env, 'RECHECKS_PER_PULL', DEFAULT_RECHECKS_PER_WINDOW, 1, 1000),
    recheckWindowMs: integer(env, 'RECHECK_WINDOW_MS', DEFAULT_RECHECK_WINDOW_MS, 0, 24 * 3_600_000),
    shutdownDrainMs: integer(env, 'SHUTDOWN_DRAIN_MS', 20_000, 0, 600_000),
    startupSweep: onOff(env, 'STARTUP_SWEEP', env.STORE === 'off' && !env.DATABASE_URL),
    redelivery: readRedeliverySettings(env),
    ...(env.STORE === 'off' && !env.DATABASE_URL
      ? {}
      : { store: storeSettings(env)!, queue: queueTimings(env) }),
    ...(env.BOARD_CLIENT_ID ? { board: readBoardSettings(env)! } : {}),
    ...(env.NOTIFY_WEBHOOK_URL ? { notify: notifySettings(env) } : {})
  }
}

function storeSettings(env: NodeJS.ProcessEnv): StoreSettings | undefined {
  if (env.STORE === 'off') {
    if (env.DATABASE_URL)
      throw new UserError('[release-readiness] STORE=off and DATABASE_URL are both set: unset one of them.')
    return undefined
  }
  if (env.STORE && env.STORE !== 'on')
    throw new UserError(
      `[release-readiness] STORE="${env.STORE}" must be on (the default) or off (keep no evaluation records).`
    )
  const databaseUrl = env.DATABASE_URL || undefined
  if (databaseUrl && !/^postgres(ql)?:\/\/[^\s]+$/.test(databaseUrl)) {
    throw new UserError(
      '[release-readiness] DATABASE_URL is not a PostgreSQL URL (postgres://user:password@host:5432/database). Unset it to use the embedded store in DATA_DIR.'
    )
  }
  return {
    ...(databaseUrl ? { databaseUrl } : {}),
    dataDir: env.DATA_DIR || './data',
    retentionDays: integer(env, 'RECORD_RETENTION_DAYS', 400, 0, 36_500)
  }
}

function queueTimings(env: NodeJS.ProcessEnv): QueueTimings {
  const d = DEFAULT_QUEUE_SETTINGS
  return {
    expireSeconds: integer(env, 'QUEUE_EXPIRE_SECONDS', d.expireSeconds, 1, 23 * 3600),
    retryLimit: integer(env, 'QUEUE_RETRY_LIMIT', d.retryLimit, 0, 100),
    retryDelaySeconds: integer(env, 'QUEUE_RETRY_DELAY_SECONDS', d.retryDelaySeconds, 1, 3600),
    pollMs: integer(env, 'QUEUE_POLL_MS', d.pollMs, 50, 60_000),
    maintenanceSeconds: integer(env, 'QUEUE_MAINTENANCE_SECONDS', d.maintenanceSeconds, 1, 3600)
  }
}

function notifySettings(env: NodeJS.ProcessEnv): NotifySettings {
  const url = env.NOTIFY_WEBHOOK_URL!
  if (!/^https?:\/\/[^\s/]+/.test(url))
    throw new UserError(
      '[release-readiness] NOTIFY_WEBHOOK_URL is not an http(s) URL; paste the incoming-webhook address from Slack or Microsoft Teams.'
    )
  const format = env.NOTIFY_FORMAT || formatForUrl(url)
  if (format !== 'slack' && format !== 'teams')
    throw new UserError(`[release-readiness] NOTIFY_FORMAT="${format}" must be slack or teams.`)
  const board = env.BOARD_URL?.replace(/\/+$/, '')
  return { url, format, ...(board ? { boardUrl: `${board}/board` } : {}) }
}
