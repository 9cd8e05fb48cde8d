import { UserError } from '../../engine/errors.js'
import type { BoardSettings } from './board-routes.js'

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UserError(`[release-readiness] ${name}="${raw}" is not a whole number from 1 to ${max}.`)
  return n
}

/**
 * The board's settings from the environment; undefined when BOARD_CLIENT_ID is not set (the
 * board answers 404 and says what to set). Throws one UserError naming what is missing or wrong.
 */
export function readBoardSettings(env: NodeJS.ProcessEnv): BoardSettings | undefined {
  if (!env.BOARD_CLIENT_ID) return undefined
  const missing = ['BOARD_CLIENT_SECRET', 'BOARD_URL', 'SESSION_SECRET'].filter((name) => !env[name])
  if (missing.length > 0) {
    throw new UserError(
      `[release-readiness] BOARD_CLIENT_ID is set, so the board needs ${missing.join(', ')} too (see docs/app.md), or unset BOARD_CLIENT_ID.`
    )
  }
  const publicUrl = env.BOARD_URL!.replace(/\/+$/, '')
  if (!/^https?:\/\/[^/\s]+$/.test(publicUrl)) {
    throw new UserError(
      `[release-readiness] BOARD_URL="${env.BOARD_URL}" must be the address users open, scheme and host only, e.g. https://readiness.example.com.`
    )
  }
  if (env.SESSION_SECRET!.length < 32) {
    throw new UserError(
      '[release-readiness] SESSION_SECRET must be at least 32 characters (openssl rand -hex 32 makes one); every instance needs the same.'
    )
  }
  const webUrl = (env.GITHUB_URL || 'https://github.com').replace(/\/+$/, '')
  if (!/^https?:\/\/[^\s]+$/.test(webUrl))
    throw new UserError(`[release-readiness] GITHUB_URL="${env.GITHUB_URL}" is not an http(s) URL.`)
  return {
    clientId: env.BOARD_CLIENT_ID,
    clientSecret: env.BOARD_CLIENT_SECRET!,
    publicUrl,
    webUrl,
    sessionSecret: env.SESSION_SECRET!,
    accessTtlMs: seconds(env, 'BOARD_ACCESS_TTL_S', 60, 3600) * 1000,
    sessionMs: seconds(env, 'BOARD_SESSION_HOURS', 8, 24 * 30) * 3_600_000
  }
}
