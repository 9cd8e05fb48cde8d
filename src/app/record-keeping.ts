import type { Logger } from '../engine/types.js'
import { createNotifier, type NotifySettings } from '../reports/notify/notifier.js'
import { openStore, scheduleRetention, type StoreSettings } from '../store/open-store.js'
import type { RecordStore } from '../store/record-store.js'
import type { RecordSink } from './keep-record.js'

export interface RecordKeeping {
  /** Where each evaluation record goes; undefined when records are off and nobody is notified. */
  sink?: RecordSink
  /** The store once open (undefined with `STORE=off`). */
  store?: Promise<RecordStore>
  /** `off`, `opening`, `ready` or `failed`, for /healthz. */
  state(): string
  close(): Promise<void>
}

/**
 * Opens the store (and migrates it) without delaying the server: an embedded store's first start
 * takes seconds, and webhooks must be answered meanwhile; records wait for it. Every record is
 * stored, and a NO-GO release or a rejected deployment is also announced. A store that cannot
 * open is logged once; each record it then misses is logged too.
 */
export function startRecordKeeping(
  settings: { store?: StoreSettings; notify?: NotifySettings },
  log: Logger
): RecordKeeping {
  let state = settings.store ? 'opening' : 'off'
  let stopRetention = (): void => undefined
  const store = settings.store
    ? openStore(settings.store, log).then((opened) => {
        state = 'ready'
        stopRetention = scheduleRetention(opened, settings.store!.retentionDays, log).stop
        return opened
      })
    : undefined
  store?.catch((error: unknown) => {
    state = 'failed'
    log.error(
      `[release-readiness] Store: cannot open it (${(error as Error).message}); evaluation records are not kept and /board is unavailable until the App restarts with a working store`
    )
  })
  const notify = settings.notify ? createNotifier(settings.notify, log) : undefined
  return {
    ...(store ? { store } : {}),
    ...(store || notify
      ? {
          sink: {
            async save(record) {
              let failure: unknown
              if (store)
                await store.then((opened) => opened.save(record)).catch((error: unknown) => (failure = error))
              if (notify) await notify(record)
              if (failure) throw failure
            }
          }
        }
      : {}),
    state: () => state,
    async close() {
      stopRetention()
      await store?.then((opened) => opened.close()).catch(() => undefined)
    }
  }
}
