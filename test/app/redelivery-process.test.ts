import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lastUp } from '../../src/store/app-markers.js'
import { embeddedClient } from '../../src/store/clients.js'
import { FakeGitHub } from '../support/fake-github.js'
import { addAppRoutes } from './support/app-github.js'
import { HOUR, iso } from './support/hook-deliveries.js'
import { eventually, logMessages, startAppProcess, type ServerProcess } from './support/run-server.js'

describe('the App server at start', () => {
  let github: FakeGitHub | undefined
  let server: ServerProcess | undefined
  let dataDir: string | undefined
  afterEach(async () => {
    await server?.stop()
    await github?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('redelivers, with the App JWT, the deliveries that failed while it was down, and marks itself up in its store', async () => {
    github = await new FakeGitHub().start()
    addAppRoutes(github)
    const now = Date.now()
    github.addHookDelivery({ guid: 'seen', delivered_at: iso(now - 3 * HOUR) })
    const lost = github.addHookDelivery({
      guid: 'lost',
      delivered_at: iso(now - 2 * HOUR),
      status: 'failed to connect to host',
      status_code: 0
    })
    dataDir = mkdtempSync(join(tmpdir(), 'rr-redelivery-'))

    server = await startAppProcess(github.url, { REDELIVERY: 'on', STORE: 'on', DATA_DIR: dataDir })
    await eventually(
      () => logMessages(server!).some((m) => m.startsWith('[release-readiness] Redelivery: ')),
      60_000
    )

    expect(github.redeliveries).toEqual([lost.id])
    const lines = logMessages(server).filter((m) => m.startsWith('[release-readiness] Redelivery: '))
    expect(lines).toHaveLength(1)
    const match =
      /^\[release-readiness\] Redelivery: 2 delivery attempt\(s\) since (\S+) read in 1 page\(s\); 1 failed delivery\(ies\) redelivered, 0 could not be\.$/.exec(
        lines[0]!
      )
    // A new store has no mark of the App being up: the default six hours.
    expect(now - 6 * HOUR - Date.parse(match![1]!)).toBeLessThan(1000)
    expect(now - 6 * HOUR - Date.parse(match![1]!)).toBeGreaterThan(-60_000)
    expect(
      github.requests.filter((r) => r.path.startsWith('/app/hook/')).map((r) => `${r.method} ${r.status}`)
    ).toEqual(['GET 200', 'POST 202'])

    await server.stop()
    const sql = await embeddedClient(join(dataDir, 'pglite'))
    const up = await lastUp(sql)
    await sql.close()
    expect(up!.getTime()).toBeGreaterThanOrEqual(now - 1000)
    expect(up!.getTime()).toBeLessThanOrEqual(Date.now())
  }, 90_000)
})
