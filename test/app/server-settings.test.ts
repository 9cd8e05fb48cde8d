import { describe, expect, it } from '@jest/globals'
import { readSettings } from '../../src/app/server-settings.js'
import { PRIVATE_KEY } from './support/run-server.js'

const valid = { APP_ID: '42', PRIVATE_KEY, WEBHOOK_SECRET: 's' }

describe('the server settings', () => {
  it('reads the environment, with defaults', () => {
    expect(readSettings({ ...valid, GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })).toEqual({
      appId: 42,
      privateKey: PRIVATE_KEY,
      webhookSecret: 's',
      host: '0.0.0.0',
      port: 3000,
      baseUrl: 'https://ghe.example.com/api/v3',
      concurrency: 4,
      deploymentTimeoutMs: 300_000,
      retries: 3,
      retryDelayMs: 500,
      writeIntervalMs: 1000,
      rechecksPerPull: 3,
      recheckWindowMs: 300_000,
      shutdownDrainMs: 20_000,
      startupSweep: false,
      redelivery: { enabled: true, windowHours: 6 },
      store: { dataDir: './data', retentionDays: 400 },
      queue: { expireSeconds: 180, retryLimit: 5, retryDelaySeconds: 5, pollMs: 1000, maintenanceSeconds: 15 }
    })
  })

  it('keeps work in a durable queue with a store, with its timings from QUEUE_*, and in memory with STORE=off', () => {
    const timings = {
      QUEUE_EXPIRE_SECONDS: '3',
      QUEUE_RETRY_LIMIT: '2',
      QUEUE_RETRY_DELAY_SECONDS: '1',
      QUEUE_POLL_MS: '100',
      QUEUE_MAINTENANCE_SECONDS: '1'
    }
    expect(readSettings({ ...valid, ...timings }).queue).toEqual({
      expireSeconds: 3,
      retryLimit: 2,
      retryDelaySeconds: 1,
      pollMs: 100,
      maintenanceSeconds: 1
    })
    const memory = readSettings({ ...valid, STORE: 'off' })
    expect([memory.queue, memory.startupSweep]).toEqual([undefined, true])
    expect(readSettings({ ...valid, STARTUP_SWEEP: 'on' }).startupSweep).toBe(true)
    expect(() => readSettings({ ...valid, QUEUE_EXPIRE_SECONDS: '0' })).toThrow(
      '[release-readiness] QUEUE_EXPIRE_SECONDS="0" is not a whole number from 1 to 82800.'
    )
  })

  it('keeps records in PostgreSQL when DATABASE_URL is set, for as long as RECORD_RETENTION_DAYS says', () => {
    expect(
      readSettings({ ...valid, DATABASE_URL: 'postgres://rr:pw@db:5432/rr', RECORD_RETENTION_DAYS: '30' })
        .store
    ).toEqual({ databaseUrl: 'postgres://rr:pw@db:5432/rr', dataDir: './data', retentionDays: 30 })
    expect(readSettings({ ...valid, STORE: 'off' }).store).toBeUndefined()
    expect(readSettings({ ...valid, DATA_DIR: '/var/lib/rr', RECORD_RETENTION_DAYS: '0' }).store).toEqual({
      dataDir: '/var/lib/rr',
      retentionDays: 0
    })
  })

  it('accepts a key with escaped newlines, as many secret stores hold it', () => {
    expect(readSettings({ ...valid, PRIVATE_KEY: PRIVATE_KEY.replace(/\n/g, '\\n') }).privateKey).toBe(
      PRIVATE_KEY
    )
  })

  it.each([
    ['an APP_ID that is not a number', { ...valid, APP_ID: 'my-app' }, 'APP_ID="my-app" is not a number'],
    [
      'an unreadable PRIVATE_KEY_PATH',
      { ...valid, PRIVATE_KEY: undefined, PRIVATE_KEY_PATH: '/nonexistent/app.pem' },
      'PRIVATE_KEY_PATH="/nonexistent/app.pem" cannot be read (ENOENT)'
    ],
    ['a private key that is not PEM', { ...valid, PRIVATE_KEY: 'not a key' }, 'is not a PEM private key'],
    [
      'a PORT out of range',
      { ...valid, PORT: '99999' },
      'PORT="99999" is not a whole number from 0 to 65535'
    ],
    [
      'a GITHUB_API_URL without a scheme',
      { ...valid, GITHUB_API_URL: 'api.github.com' },
      'GITHUB_API_URL="api.github.com" is not an http(s) URL'
    ],
    [
      'a STARTUP_SWEEP that is not on or off',
      { ...valid, STARTUP_SWEEP: 'yes' },
      'STARTUP_SWEEP="yes" is neither "on" nor "off"'
    ],
    [
      'a RECHECKS_PER_PULL of zero',
      { ...valid, RECHECKS_PER_PULL: '0' },
      'RECHECKS_PER_PULL="0" is not a whole number from 1 to 1000'
    ],
    [
      'a DATABASE_URL that is not PostgreSQL',
      { ...valid, DATABASE_URL: 'mysql://db/rr' },
      'DATABASE_URL is not a PostgreSQL URL (postgres://user:password@host:5432/database). Unset it to use the embedded store in DATA_DIR.'
    ],
    [
      'a STORE that is neither on nor off',
      { ...valid, STORE: 'maybe' },
      'STORE="maybe" must be on (the default) or off'
    ],
    [
      'STORE=off with a DATABASE_URL',
      { ...valid, STORE: 'off', DATABASE_URL: 'postgres://db/rr' },
      'STORE=off and DATABASE_URL are both set: unset one of them.'
    ],
    [
      'a REDELIVERY that is not on or off',
      { ...valid, REDELIVERY: 'true' },
      'REDELIVERY="true" is neither "on" nor "off".'
    ],
    [
      'a REDELIVERY_WINDOW_HOURS past the three days GitHub keeps deliveries',
      { ...valid, REDELIVERY_WINDOW_HOURS: '73' },
      'REDELIVERY_WINDOW_HOURS="73" is not a whole number of hours from 1 to 72 (GitHub keeps deliveries for three days).'
    ],
    [
      'missing variables',
      { WEBHOOK_SECRET: 's' },
      'Missing environment: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH.'
    ]
  ])('refuses %s with a message that says what to fix', (_what, env, message) => {
    expect(() => readSettings(env as NodeJS.ProcessEnv)).toThrow(message)
  })
})
