import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { cliPath } from '../support/run-cli.js'

const BASE = fileURLToPath(
  new URL('../../node_modules/octokit-openapi-22/generated/api.github.com.json', import.meta.url)
)
const HEAD = fileURLToPath(
  new URL('../../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url)
)

describe('the CLI writing to a reader that stops early (`… | head -1`)', () => {
  it('drops the rest of its output, prints no stack trace and keeps the verdict’s exit code', async () => {
    // About 700 KB of text report: far more than a pipe holds, so the CLI writes into a closed pipe.
    const child = spawn(process.execPath, [cliPath, 'openapi-diff', BASE, HEAD], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH, HOME: process.env.HOME }
    })
    let first = ''
    let stderr = ''
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8').split('\n')[0]!
      child.stdout.destroy()
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(first).toBe(
      'BREAKING request-property-became-required  DELETE /orgs/{org}/code-security/configurations/detach'
    )
    expect(stderr).toBe('')
    expect(code).toBe(1)
  })
})
