import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lastUp, markUp } from '../../src/store/app-markers.js'
import { embeddedClient } from '../../src/store/clients.js'
import { RecordStore } from '../../src/store/record-store.js'
import { boardRecords } from '../support/board-records.js'

const dir = mkdtempSync(join(tmpdir(), 'rr-backup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a backup of the embedded store (docs/app.md, Backup and restore)', () => {
  it('is a copy of the stopped store’s folder, and the copy opens with the same records and marks', async () => {
    const records = boardRecords({ repos: 2, releases: 2, pullRecords: 3 })
    const live = join(dir, 'data', 'pglite')
    const original = await RecordStore.open(await embeddedClient(live))
    for (const record of records) await original.save(record)
    const up = new Date('2026-12-05T03:00:00Z')
    await markUp(original.client, up)
    await original.close()

    cpSync(live, join(dir, 'backup', 'pglite'), { recursive: true })
    const restored = await RecordStore.open(await embeddedClient(join(dir, 'backup', 'pglite')))
    try {
      expect(await restored.count()).toBe(records.length)
      expect((await restored.list()).map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort())
      expect(await lastUp(restored.client)).toEqual(up)
    } finally {
      await restored.close()
    }
  }, 60_000)
})
