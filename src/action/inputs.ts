import { UserError } from '../engine/errors.js'
import type { EventName, Mode } from '../engine/types.js'
import type { RetryOptions } from '../sources/github/client.js'
import { Inputs } from './constants.js'

/** The Action's inputs, parsed and checked once. */
export interface ActionInputs {
  /** Token for the GitHub API (`github.token` by default). */
  token: string
  /** Judge the workflow's event as this kind of change instead of the detected one. */
  event?: EventName
  /** Ref to compare against, instead of the pull request's base or the previous release. */
  baseRef?: string
  /** On a push or manual run judged as a deployment: the environment it deploys to (its history gives the base). */
  environment?: string
  /** Path of the configuration file, read at the base. */
  configPath?: string
  /** Whether to post (and update) the sticky pull request comment. */
  comment: boolean
  /** Overrides the configuration's `mode`. */
  mode?: Mode
  /** Retries of a failing API call. */
  retry: RetryOptions
  /** On a release: `append` adds the release report to the release notes (needs contents: write). */
  releaseNotes: ReleaseNotesMode
  /** Where the evaluation record is POSTed as JSON, if anywhere (http or https). */
  recordUrl?: string
  /** Bearer token sent with that POST. */
  recordUrlToken?: string
}

export type ReleaseNotesMode = 'off' | 'append'

/** What the runner tells the Action through its environment. */
export interface RunnerContext {
  eventName: string
  eventPath?: string
  owner: string
  repo: string
  sha?: string
  ref?: string
  apiUrl: string
  serverUrl: string
  workspace?: string
  runnerTemp?: string
}

type GetInput = (name: string) => string

const EVENTS: EventName[] = ['pull_request', 'release', 'deployment']
const MODES: Mode[] = ['enforce', 'advisory']
const RELEASE_NOTES: ReleaseNotesMode[] = ['off', 'append']

function oneOf<T extends string>(name: string, value: string, allowed: T[]): T | undefined {
  if (value === '') return undefined
  if ((allowed as string[]).includes(value)) return value as T
  throw new UserError(
    `[release-readiness] Invalid input ${name}: "${value}". Expected one of: ${allowed.join(', ')}.`
  )
}

function integer(name: string, value: string, fallback: number, max: number): number {
  if (value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw new UserError(
      `[release-readiness] Invalid input ${name}: "${value}". Expected a whole number from 0 to ${max}.`
    )
  }
  return n
}

function boolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (/^(true|yes|on|1)$/i.test(value)) return true
  if (/^(false|no|off|0)$/i.test(value)) return false
  throw new UserError(`[release-readiness] Invalid input ${name}: "${value}". Expected true or false.`)
}

/** Parses the inputs; `get` returns an input's trimmed value, or '' when it is not set. */
export function parseInputs(get: GetInput): ActionInputs {
  const token = get(Inputs.Token)
  if (token === '') {
    throw new UserError(
      '[release-readiness] Input token is empty. Leave it unset to use github.token, or pass a token with contents: read and pull-requests: write.'
    )
  }
  const inputs: ActionInputs = {
    token,
    comment: boolean(Inputs.Comment, get(Inputs.Comment), true),
    retry: {
      retries: integer(Inputs.ApiRetries, get(Inputs.ApiRetries), 3, 10),
      delayMs: integer(Inputs.ApiRetryDelayMs, get(Inputs.ApiRetryDelayMs), 1000, 60_000)
    },
    releaseNotes: oneOf(Inputs.ReleaseNotes, get(Inputs.ReleaseNotes), RELEASE_NOTES) ?? 'off'
  }
  const event = oneOf(Inputs.Event, get(Inputs.Event), EVENTS)
  if (event) inputs.event = event
  const mode = oneOf(Inputs.Mode, get(Inputs.Mode), MODES)
  if (mode) inputs.mode = mode
  const recordUrl = get(Inputs.RecordUrl)
  if (recordUrl) {
    if (!/^https?:\/\/[^\s/]+/.test(recordUrl)) {
      throw new UserError(
        `[release-readiness] Invalid input ${Inputs.RecordUrl}: "${recordUrl}". Give the http(s) address that receives the evaluation record, or leave it empty.`
      )
    }
    inputs.recordUrl = recordUrl
    const recordUrlToken = get(Inputs.RecordUrlToken)
    if (recordUrlToken) inputs.recordUrlToken = recordUrlToken
  }
  const baseRef = get(Inputs.BaseRef)
  if (baseRef) inputs.baseRef = baseRef
  const environment = get(Inputs.Environment)
  if (environment) inputs.environment = environment
  const configPath = get(Inputs.Config)
  if (configPath) {
    if (configPath.startsWith('/') || configPath.split('/').includes('..')) {
      throw new UserError(
        `[release-readiness] Invalid input ${Inputs.Config}: "${configPath}". Give a path inside the repository, such as .github/release-readiness.yml.`
      )
    }
    inputs.configPath = configPath
  }
  return inputs
}

/** Reads the runner's environment (`GITHUB_*`). */
export function readRunnerContext(env: NodeJS.ProcessEnv): RunnerContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) {
    throw new UserError(
      '[release-readiness] GITHUB_REPOSITORY is not set (expected owner/repo). Run this Action in a GitHub Actions workflow.'
    )
  }
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  if (eventName === '')
    throw new UserError(
      '[release-readiness] GITHUB_EVENT_NAME is not set. Run this Action in a GitHub Actions workflow.'
    )
  const context: RunnerContext = {
    eventName,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  }
  if (env.GITHUB_EVENT_PATH) context.eventPath = env.GITHUB_EVENT_PATH
  if (env.GITHUB_SHA) context.sha = env.GITHUB_SHA
  if (env.GITHUB_REF) context.ref = env.GITHUB_REF
  if (env.GITHUB_WORKSPACE) context.workspace = env.GITHUB_WORKSPACE
  if (env.RUNNER_TEMP) context.runnerTemp = env.RUNNER_TEMP
  return context
}
