import { spawn, type ChildProcess } from 'node:child_process'
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'

export const APP_BUNDLE = fileURLToPath(new URL('../../../dist/app.js', import.meta.url))
export const SECRET = 'test-webhook-secret'

/** A throwaway RSA key for the App's JWT (the fake GitHub does not check it). */
export const PRIVATE_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs1', format: 'pem' })
  .toString()

export interface ServerProcess {
  child: ChildProcess
  url: string
  logs: string[]
  stop(): Promise<void>
}

/** Spawns `node dist/app.js` on a free loopback port against `apiUrl`; resolves once it listens. */
export function startAppProcess(apiUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [APP_BUNDLE], {
    env: {
      PATH: process.env.PATH ?? '',
      APP_ID: '12345',
      PRIVATE_KEY,
      WEBHOOK_SECRET: SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      GITHUB_API_URL: apiUrl,
      API_WRITE_INTERVAL_MS: '0',
      API_RETRY_DELAY_MS: '10',
      STARTUP_SWEEP: 'off',
      REDELIVERY: 'off',
      // No evaluation records unless a test asks for them (test/app/records.test.ts, board.test.ts):
      // an embedded store costs every process a PGlite start.
      STORE: 'off',
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const logs: string[] = []
  let buffer = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the App did not start:\n${logs.join('\n')}`)), 15_000)
    child.stderr!.on('data', (d) => logs.push(String(d)))
    child.on('exit', (code) => reject(new Error(`the App exited with ${code}:\n${logs.join('\n')}`)))
    child.stdout!.on('data', (data) => {
      buffer += String(data)
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) {
        logs.push(line)
        const match = /Listening on (http:\/\/[^/]+)\//.exec(line)
        if (match) {
          clearTimeout(timer)
          resolve({
            child,
            url: match[1]!,
            logs,
            stop: () =>
              new Promise<void>((done) => {
                if (child.exitCode !== null) return done()
                child.once('exit', () => done())
                child.kill('SIGTERM')
              })
          })
        }
      }
    })
  })
}

export function sign(body: string, secret = SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

/** POSTs one delivery; `signature: null` sends none. */
export async function deliver(
  url: string,
  name: string,
  payload: unknown,
  options: { signature?: string | null; id?: string } = {}
): Promise<{ status: number; ms: number; text: string }> {
  const body = JSON.stringify(payload)
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': name,
    'x-github-delivery': options.id ?? randomUUID()
  }
  const signature = options.signature === undefined ? sign(body) : options.signature
  if (signature !== null) headers['x-hub-signature-256'] = signature
  const started = performance.now()
  const response = await fetch(`${url}/api/github/webhooks`, { method: 'POST', headers, body })
  const text = await response.text()
  return { status: response.status, ms: performance.now() - started, text }
}

/** Polls `condition` every 20 ms until it holds (or fails after `timeoutMs`). */
export async function eventually(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** The `msg` of every JSON log line the server wrote so far. */
export function logMessages(server: ServerProcess): string[] {
  return server.logs.flatMap((line) => {
    try {
      return [String(JSON.parse(line).msg)]
    } catch {
      return []
    }
  })
}
