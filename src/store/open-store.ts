import { join, resolve } from 'node:path'
import type { Logger } from '../engine/types.js'
import { embeddedClient, postgresClient } from './clients.js'
import { RecordStore } from './record-store.js'

export interface StoreSettings {
  /** `DATABASE_URL`: PostgreSQL. Unset: the embedded store. */
  databaseUrl?: string
  /** `DATA_DIR` (default `./data`): the embedded store lives in `DATA_DIR/pglite`. */
  dataDir: string
  /** `RECORD_RETENTION_DAYS` (default 400): older records are deleted; 0 keeps them all. */
  retentionDays: number
}

/** Opens (and migrates) the store the settings name; says which in the log, never the URL's password. */
export async function openStore(settings: StoreSettings, log: Logger): Promise<RecordStore> {
  if (settings.databaseUrl) {
    const store = await RecordStore.open(await postgresClient(settings.databaseUrl))
    const url = new URL(settings.databaseUrl)
    log.info(
      `[release-readiness] Store: PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`
    )
    return store
  }
  const dir = resolve(join(settings.dataDir, 'pglite'))
  const store = await RecordStore.open(await embeddedClient(dir))
  log.info(`[release-readiness] Store: embedded (PGlite) in ${dir}`)
  return store
}

/**
 * Deletes records older than the retention now and then once a day. Returns `stop` (the timer)
 * and `first` (the first prune). A failed prune is logged and tried again the next day.
 */
export function scheduleRetention(
  store: RecordStore,
  days: number,
  log: Logger,
  now = () => new Date()
): { stop(): void; first: Promise<void> } {
  if (days <= 0) return { stop: () => undefined, first: Promise.resolve() }
  const prune = async (): Promise<void> => {
    try {
      const removed = await store.prune(new Date(now().getTime() - days * 86_400_000))
      if (removed > 0)
        log.info(`[release-readiness] Retention: deleted ${removed} record(s) older than ${days} days`)
    } catch (error) {
      log.error(`[release-readiness] Retention: could not delete old records (${(error as Error).message})`)
    }
  }
  const first = prune()
  const timer = setInterval(() => void prune(), 86_400_000)
  timer.unref()
  return { stop: () => clearInterval(timer), first }
}
