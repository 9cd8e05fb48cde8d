import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const actionPath = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** `::error`, `::warning`, `::notice` commands printed, parsed. */
  annotations: WorkflowCommand[]
  ms: number
}

const unescape = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')

/** GITHUB_OUTPUT's `name<<delimiter` blocks (and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!)
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1)
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=')
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1)
    }
  }
  return outputs
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1))
    }
    commands.push({ command: m[1]!, properties, message: unescape(m[3]!) })
  }
  return commands
}

/**
 * Runs `node dist/index.js` as the runner does: a clean environment with `INPUT_*` variables,
 * the event payload in a file, and the summary and output files.
 */
export async function runAction(options: {
  apiUrl: string
  eventName: string
  payload: unknown
  inputs?: Record<string, string>
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'rr-action-'))
  const eventPath = join(dir, 'event.json')
  const summaryPath = join(dir, 'summary.md')
  const outputPath = join(dir, 'output.txt')
  writeFileSync(eventPath, JSON.stringify(options.payload))
  writeFileSync(summaryPath, '')
  writeFileSync(outputPath, '')
  const inputs = {
    token: 'ghs_test',
    comment: 'true',
    config: '.github/release-readiness.yml',
    'api-retries': '2',
    'api-retry-delay-ms': '5',
    ...options.inputs
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env
  }
  const started = performance.now()
  const child = spawn(process.execPath, [actionPath], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  // A run that does not exit by itself (a leaked handle) is a bug: kill it and say so.
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  if (code === null) stderr += '\n[run-action] dist/index.js did not exit and was killed'
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseCommands(stdout),
    ms: performance.now() - started
  }
}
