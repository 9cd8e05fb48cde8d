import { spawn, type ChildProcess } from 'node:child_process'
import { createHmac, generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** The webhook secret every instance of the fleet shares. */
const SECRET = 'fleet-webhook-secret'
const APP_PRIVATE_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs1', format: 'pem' })
  .toString()

/** The `x-hub-signature-256` GitHub would send with `body`. */
export function signature(body: string): string {
  return `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`
}

/** One `node dist/app.js` of the fleet. */
export interface Instance {
  name: string
  child: ChildProcess
  url?: string
  peakKb: number
  deliveries: number
  killed: boolean
  errors: number
  errorSamples: string[]
}

/** Reads each live instance's peak resident memory (VmHWM) now. */
export function sampleMemory(instances: Instance[]): void {
  for (const instance of instances) {
    if (instance.killed || instance.child.exitCode !== null) continue
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${instance.child.pid}/status`, 'utf8'))
      if (m) instance.peakKb = Math.max(instance.peakKb, Number(m[1]))
    } catch {
      // it exited
    }
  }
}

/** Waits (at most `timeoutMs`) until the instance at `url` runs a job; returns how many it runs. */
export async function busy(url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const health = (await fetch(`${url}/healthz`)
      .then((r) => r.json())
      .catch(() => undefined)) as { queue?: { running?: number } } | undefined
    const running = health?.queue?.running ?? 0
    if (running > 0 || Date.now() > deadline) return running
    await sleep(10)
  }
}

/** Spawns an instance on a free loopback port; resolves once it listens. */
export function startInstance(name: string, bundle: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [bundle], {
    env: {
      PATH: process.env.PATH ?? '',
      APP_ID: '12345',
      PRIVATE_KEY: APP_PRIVATE_KEY,
      WEBHOOK_SECRET: SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      API_WRITE_INTERVAL_MS: '0',
      API_RETRY_DELAY_MS: '10',
      STARTUP_SWEEP: 'off',
      LOG_LEVEL: 'info',
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const instance: Instance = {
    name,
    child,
    peakKb: 0,
    deliveries: 0,
    killed: false,
    errors: 0,
    errorSamples: []
  }
  const logs: string[] = []
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`[fleet] ${name} did not start:\n${logs.join('\n')}`)),
      30_000
    )
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`[fleet] ${name} exited with ${code}:\n${logs.slice(-20).join('\n')}`))
    })
    child.stderr!.on('data', (d) => logs.push(String(d)))
    let buffer = ''
    child.stdout!.on('data', (data) => {
      buffer += String(data)
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) {
        if (logs.length < 200) logs.push(line)
        if (/"level":50/.test(line)) {
          instance.errors++
          if (instance.errorSamples.length < 5) instance.errorSamples.push(line.slice(0, 600))
        }
        const match = /Listening on (http:\/\/[^/]+)\//.exec(line)
        if (match && !instance.url) {
          clearTimeout(timer)
          instance.url = match[1]!
          resolve(instance)
        }
      }
    })
  })
}

/** SIGTERM, then SIGKILL after 10 s. */
export function stopInstance(instance: Instance): Promise<void> {
  return new Promise((resolve) => {
    const { child } = instance
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
