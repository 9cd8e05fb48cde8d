import { randomUUID } from 'node:crypto'
import type { Probot } from 'probot'
import { UserError } from '../engine/errors.js'
import type { Logger } from '../engine/types.js'
import { claimSweep, markPending, markUp, releaseSweep, renewSweep } from '../store/app-markers.js'
import type { RecordStore } from '../store/record-store.js'
import type { SqlClient } from '../store/sql-client.js'
import type { HookClientOptions } from './app-hook-client.js'
import { redeliverFailed, type RedeliveryResult } from './redeliver-failed.js'

export interface RedeliverySettings {
  /** `REDELIVERY`: `on` (default) redelivers, at start, the webhook deliveries that failed while the App was down; `off` skips it. */
  enabled: boolean
  /** `REDELIVERY_WINDOW_HOURS` (default 6, 1 to 72): how far back to look when the store holds no mark of the last time the App was up (a new store, or `STORE=off`). */
  windowHours: number
}

/** Deliveries this long before the last heartbeat are looked at too (in flight when the App went down; clock skew). */
export const REDELIVERY_SLACK_MS = 5 * 60_000
/** How often a running instance marks the store "up". */
export const HEARTBEAT_MS = 60_000
/** How long a claim on the sweep holds if its instance dies mid-sweep (renewed with each heartbeat while it sweeps). */
export const SWEEP_LEASE_MS = 3 * HEARTBEAT_MS
/** GitHub keeps deliveries for three days: the sweep never looks further back. */
export const MAX_LOOKBACK_MS = 72 * 3_600_000

export function readRedeliverySettings(env: NodeJS.ProcessEnv): RedeliverySettings {
  const enabled = env.REDELIVERY ?? ''
  if (enabled !== '' && enabled !== 'on' && enabled !== 'off')
    throw new UserError(`[release-readiness] REDELIVERY="${enabled}" is neither "on" nor "off".`)
  const hours = env.REDELIVERY_WINDOW_HOURS ?? ''
  const windowHours = hours === '' ? 6 : Number(hours)
  if (!Number.isInteger(windowHours) || windowHours < 1 || windowHours > 72)
    throw new UserError(
      `[release-readiness] REDELIVERY_WINDOW_HOURS="${hours}" is not a whole number of hours from 1 to 72 (GitHub keeps deliveries for three days).`
    )
  return { enabled: enabled !== 'off', windowHours }
}

export interface RedeliveryOptions {
  settings: RedeliverySettings
  client: HookClientOptions
  /** The store, when the App keeps one: it holds the "last up" mark and the claim on the sweep. */
  store?: Promise<RecordStore>
  log: Logger
  /** This instance's name in the claim (default: a random UUID). */
  holder?: string
  now?: () => Date
  heartbeatMs?: number
}

export interface Redelivery {
  /** The sweep's result once done; undefined when it did not run (off, or another instance ran it). */
  done: Promise<RedeliveryResult | undefined>
  /** Stops the heartbeat. */
  stop(): void
}

/**
 * At start, redelivers the App webhook's deliveries that failed while the App was down, without
 * delaying start-up (the server already listens, so the redeliveries can land).
 *
 * With a store, the window starts `REDELIVERY_SLACK_MS` before the last time any instance was
 * known to be up (a heartbeat every minute), at most three days back; with no mark yet, or with
 * `STORE=off`, it is the last `windowHours`. With many instances on one PostgreSQL, only the one
 * that claims the sweep (a lease row taken under an advisory lock, read together with the "last
 * up" mark before this instance's first heartbeat) sweeps; the others log that and go on. The
 * claim lasts `SWEEP_LEASE_MS`, renewed by the heartbeat while the sweep runs; the window being
 * swept is noted in the store until the sweep finishes, so an instance that claims after a sweeper
 * died sweeps that window again. A store
 * that is configured but does not open skips the sweep (instances could not agree who sweeps).
 * Never throws: every failure is a warning in the log.
 */
export function startRedelivery(options: RedeliveryOptions): Redelivery {
  const now = options.now ?? (() => new Date())
  const holder = options.holder ?? randomUUID()
  const { log } = options
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  let sweeping = false
  const heartbeat = (sql: SqlClient): void => {
    if (stopped) return
    const beat = (): void =>
      void Promise.all([
        markUp(sql, now()),
        sweeping ? renewSweep(sql, holder, now(), SWEEP_LEASE_MS) : undefined
      ]).catch((error: unknown) =>
        log.debug(`[release-readiness] Redelivery: could not mark the App up (${(error as Error).message})`)
      )
    beat()
    timer = setInterval(beat, options.heartbeatMs ?? HEARTBEAT_MS)
    timer.unref()
  }
  const done = (async (): Promise<RedeliveryResult | undefined> => {
    if (!options.settings.enabled) {
      // Still mark the App up, so that turning redelivery on later looks back to a recent heartbeat.
      if (options.store)
        await options.store.then(
          (store) => heartbeat(store.client),
          () => undefined
        )
      return undefined
    }
    const started = now()
    let since = new Date(started.getTime() - options.settings.windowHours * 3_600_000)
    let sql: SqlClient | undefined
    if (options.store) {
      try {
        sql = (await options.store).client
        const claim = await claimSweep(sql, holder, started, SWEEP_LEASE_MS)
        sweeping = claim.claimed
        heartbeat(sql)
        if (!claim.claimed) {
          log.info(
            `[release-readiness] Redelivery: another instance (${claim.holder}) is redelivering failed deliveries; this one does not.`
          )
          return undefined
        }
        if (claim.lastUp) since = new Date(claim.lastUp.getTime() - REDELIVERY_SLACK_MS)
        if (claim.pendingSince && claim.pendingSince < since) since = claim.pendingSince
        since = new Date(Math.max(since.getTime(), started.getTime() - MAX_LOOKBACK_MS))
        await markPending(sql, since)
      } catch (error) {
        log.warn(
          `[release-readiness] Redelivery: skipped, the store is unavailable (${(error as Error).message}); redeliver failed deliveries from the App's settings page (Advanced) if any.`
        )
        return undefined
      }
    }
    const result = await redeliverFailed(options.client, since, log)
    sweeping = false
    if (sql)
      await releaseSweep(sql, holder, now(), { complete: result.complete }).catch((error: unknown) =>
        log.debug(`[release-readiness] Redelivery: could not release the claim (${(error as Error).message})`)
      )
    return result
  })()
  return {
    done,
    stop() {
      stopped = true
      clearInterval(timer)
    }
  }
}

/** `startRedelivery` for the App server: the App's JWT from Probot, retries from its settings. */
export function redeliverOnStart(
  probot: Probot,
  settings: { redelivery: RedeliverySettings; baseUrl: string; retries: number; retryDelayMs: number },
  store: Promise<RecordStore> | undefined,
  log: Logger
): Redelivery {
  return startRedelivery({
    settings: settings.redelivery,
    client: {
      baseUrl: settings.baseUrl,
      retries: settings.retries,
      delayMs: settings.retryDelayMs,
      token: async () => {
        const app = await probot.auth()
        return ((await app.auth({ type: 'app' })) as { token: string }).token
      }
    },
    ...(store ? { store } : {}),
    log
  })
}
