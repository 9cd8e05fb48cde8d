import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import pg from 'pg'
import { startPostgres } from '../support/postgres-server.js'

/** The account a process runs as, from /proc. */
const uidOf = (pid: number): number =>
  Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1])

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined)
  await client.connect()
  return client
}

describe('the PostgreSQL server the tests start (test/support/postgres-server.ts)', () => {
  it('is a real PostgreSQL on 127.0.0.1 that asks for its password, never runs as root, and leaves nothing behind', async () => {
    const server = await startPostgres()
    try {
      expect(uidOf(server.pid)).not.toBe(0)
      const client = await connect(server.url)
      const { rows } = await client.query<{ version: string; listen: string }>(
        "SELECT split_part(version(), ' ', 1) AS version, current_setting('listen_addresses') AS listen"
      )
      expect(rows).toEqual([{ version: 'PostgreSQL', listen: '127.0.0.1' }])
      await client.end()
      const wrong = server.url.replace(`:${server.password}@`, ':not-the-password@')
      await expect(connect(wrong)).rejects.toMatchObject({ code: '28P01' }) // invalid_password
    } finally {
      await server.stop()
    }
    expect(existsSync(server.folder)).toBe(false)
    await expect(connect(server.url)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  }, 30_000)
})
