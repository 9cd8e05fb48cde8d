import { createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { DeliveryMemory } from './delivery-memory.js'

/** GitHub caps webhook payloads at 25 MiB; anything larger did not come from GitHub. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024

/** What the gate logs: the delivery id, event name and size, never the body. */
export interface DeliveryLog {
  info(fields: Record<string, unknown>, message: string): void
  warn(fields: Record<string, unknown>, message: string): void
}

export interface WebhookGateOptions {
  secret: string
  /** Largest body read (default `MAX_WEBHOOK_BYTES`). */
  maxBodyBytes?: number
  /** Bodies being read at once may hold at most this many bytes together (default 4 × the largest body). */
  maxBufferedBytes?: number
  /** Delivery ids seen lately: a repeated one is answered and not judged again. */
  deliveries: DeliveryMemory
  log: DeliveryLog
}

/** A delivery whose body was read and whose signature matches: hand it on to Probot. */
export interface AcceptedDelivery {
  id: string
  event: string
  body: string
}

/** `sha256=…` is the HMAC-SHA256 of the exact body with the webhook secret (compared in constant time). */
export function signatureMatches(secret: string, body: Buffer, header: string | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`)
  const given = Buffer.from(header ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** How long the rest of a body refused mid-way is still read and dropped before the connection goes. */
const LINGER_MS = 5_000

/**
 * After a refusal mid-body, the rest of the body is read and dropped (never kept, never counted)
 * until it ends or `LINGER_MS` pass, then the connection is closed. Closing at once, with the
 * client's bytes still arriving, resets the connection, and a reset can discard the answer before
 * the client reads it: a busy client would see "connection reset" instead of 413.
 */
function lingerThenClose(req: IncomingMessage): void {
  const socket = req.socket
  const timer = setTimeout(() => socket.destroy(), LINGER_MS)
  timer.unref()
  socket.once('close', () => clearTimeout(timer))
  req.on('data', () => undefined)
  req.once('end', () => socket.end())
  req.resume()
}

/** The answer for a refused delivery; `close` ends the connection so an unread body is never read. */
function refuse(res: ServerResponse, status: number, error: string, close = false): void {
  const body = JSON.stringify({ error })
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...(close ? { connection: 'close' } : {})
  })
  res.end(body)
}

/**
 * The front of the webhook endpoint, before Probot sees anything. A body GitHub could not have
 * sent is refused before it is read (`content-length` over the limit: 413) or as soon as a chunked
 * body passes the limit while streaming (413; the rest is dropped, then the connection closed); bodies being read at once share a
 * bounded budget (503 past it). The signature is checked on the raw bytes (400 when missing or
 * wrong), a delivery id seen lately is answered 200 and not judged again. The log names the
 * delivery id, the event and the size, never the body. Returns the accepted delivery, or
 * `undefined` once it has answered.
 */
export function createWebhookGate(options: WebhookGateOptions) {
  const maxBody = options.maxBodyBytes ?? MAX_WEBHOOK_BYTES
  const maxBuffered = options.maxBufferedBytes ?? 4 * maxBody
  let buffered = 0
  const { log } = options

  return async (req: IncomingMessage, res: ServerResponse): Promise<AcceptedDelivery | undefined> => {
    const id = header(req, 'x-github-delivery') ?? ''
    const event = header(req, 'x-github-event') ?? ''
    const where = { delivery: id, event }
    const declared = header(req, 'content-length')
    const length = declared === undefined ? undefined : Number(declared)
    if (length !== undefined && (!Number.isSafeInteger(length) || length < 0)) {
      log.warn(
        { ...where, contentLength: declared },
        '[release-readiness] Refused a delivery: bad content-length'
      )
      refuse(res, 400, 'Bad content-length', true)
      return undefined
    }
    if (length !== undefined && length > maxBody) {
      log.warn(
        { ...where, bytes: length, limit: maxBody },
        `[release-readiness] Refused delivery ${id || '(no id)'}: ${length} bytes is over GitHub's ${maxBody}-byte payload limit (not read)`
      )
      refuse(res, 413, `Payload over ${maxBody} bytes`, true)
      return undefined
    }
    const reserve = length ?? 0
    if (buffered + reserve > maxBuffered) {
      log.warn(
        { ...where, bytes: length, buffered },
        '[release-readiness] Refused a delivery: too many large bodies are being read at once'
      )
      res.setHeader('retry-after', '5')
      refuse(res, 503, 'Busy reading other deliveries; retry later', true)
      return undefined
    }
    buffered += reserve
    let counted = 0
    let held = reserve
    try {
      const body = await new Promise<Buffer | undefined>((resolve, reject) => {
        const chunks: Buffer[] = []
        const stop = (
          status: number,
          message: string,
          fields: Record<string, unknown>,
          error: string
        ): void => {
          req.removeAllListeners('data')
          log.warn({ ...where, bytes: counted, ...fields }, message)
          refuse(res, status, error)
          lingerThenClose(req)
          resolve(undefined)
        }
        req.on('data', (chunk: Buffer) => {
          counted += chunk.length
          if (counted > maxBody) {
            return stop(
              413,
              `[release-readiness] Refused delivery ${id || '(no id)'}: over GitHub's ${maxBody}-byte payload limit after ${counted} bytes (reading stopped)`,
              { limit: maxBody },
              `Payload over ${maxBody} bytes`
            )
          }
          if (counted > held) {
            if (buffered + (counted - held) > maxBuffered) {
              return stop(
                503,
                '[release-readiness] Refused a delivery: too many large bodies are being read at once',
                { buffered },
                'Busy reading other deliveries; retry later'
              )
            }
            buffered += counted - held
            held = counted
          }
          chunks.push(chunk)
        })
        req.once('end', () => resolve(Buffer.concat(chunks)))
        req.once('error', reject)
        // A client that goes away mid-body: nothing to answer, and its bytes leave the budget.
        req.once('close', () => {
          if (!req.complete) reject(new Error('the connection closed before the body ended'))
        })
      })
      if (!body) return undefined
      if (!signatureMatches(options.secret, body, header(req, 'x-hub-signature-256'))) {
        log.warn(
          {
            ...where,
            bytes: body.length,
            signature: header(req, 'x-hub-signature-256') ? 'wrong' : 'missing'
          },
          `[release-readiness] Refused delivery ${id || '(no id)'}: the signature is ${header(req, 'x-hub-signature-256') ? 'wrong' : 'missing'} (check WEBHOOK_SECRET against the App's settings)`
        )
        refuse(res, 400, 'Signature missing or wrong')
        return undefined
      }
      if (id && !options.deliveries.remember(id)) {
        log.info(
          { ...where, bytes: body.length },
          `[release-readiness] Delivery ${id} was received already; not judging it again`
        )
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.end('already received\n')
        return undefined
      }
      log.info(
        { ...where, bytes: body.length },
        `[release-readiness] Delivery ${id} (${event}, ${body.length} bytes)`
      )
      return { id, event, body: body.toString('utf8') }
    } catch (error) {
      log.warn(
        { ...where, bytes: counted },
        `[release-readiness] Delivery ${id} could not be read: ${(error as Error).message}`
      )
      if (!res.headersSent) refuse(res, 400, 'The body could not be read', true)
      return undefined
    } finally {
      buffered -= held
    }
  }
}
