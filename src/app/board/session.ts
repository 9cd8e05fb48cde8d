import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** What a board session holds: who signed in, their GitHub token (to ask what they may read), a CSRF token. */
export interface BoardSession {
  login: string
  token: string
  csrf: string
  /** Expiry, epoch milliseconds. */
  exp: number
}

const key = (secret: string): Buffer =>
  createHash('sha256').update(`release-readiness board\0${secret}`).digest()

/**
 * Seals a value for a cookie with AES-256-GCM: unreadable and tamper-proof without the secret,
 * so any instance that shares SESSION_SECRET can read it and nobody else can, the browser included.
 */
export function seal(value: unknown, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** The sealed value, or undefined when it was not sealed with this secret or was changed. */
export function unseal<T>(text: string | undefined, secret: string): T | undefined {
  if (!text) return undefined
  try {
    const raw = Buffer.from(text, 'base64url')
    if (raw.length < 29) return undefined
    const decipher = createDecipheriv('aes-256-gcm', key(secret), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return JSON.parse(
      Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
    ) as T
  } catch {
    return undefined
  }
}

/** A live session from the cookie, or undefined (none, forged, or expired). */
export function readSession(
  cookie: string | undefined,
  secret: string,
  now = Date.now()
): BoardSession | undefined {
  const session = unseal<BoardSession>(cookie, secret)
  if (!session || typeof session.login !== 'string' || typeof session.token !== 'string') return undefined
  return session.exp > now ? session : undefined
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function randomToken(): string {
  return randomBytes(24).toString('base64url')
}

/** Cookies from a `cookie` header. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {}
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0) cookies[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim())
  }
  return cookies
}

/** A `set-cookie` value: always HttpOnly, Secure, SameSite=Lax, scoped to /board. */
export function cookie(name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${encodeURIComponent(value)}; Path=/board; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Lax`
}
