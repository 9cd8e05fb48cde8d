import { describe, expect, it } from '@jest/globals'
import type { Logger } from '../../src/engine/types.js'
import { reportArtifactName, uploadReportArtifact } from '../../src/action/upload-report.js'

function recorder(): { log: Logger; warnings: string[] } {
  const warnings: string[] = []
  return {
    warnings,
    log: { debug: () => {}, info: () => {}, warn: (m: string) => void warnings.push(m), error: () => {} }
  }
}

const runner = { ACTIONS_RUNTIME_TOKEN: 'token', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' }

describe('reportArtifactName', () => {
  it.each([
    ['v1.2.0', 'release-readiness-v1.2.0'],
    ['release/2026-11', 'release-readiness-release-2026-11'],
    ['v1 "final"', 'release-readiness-v1-final-']
  ])('names the artifact for %j', (tag, name) => {
    expect(reportArtifactName(tag)).toBe(name)
  })
})

describe('uploadReportArtifact', () => {
  it('uploads the page from its own folder', async () => {
    const calls: unknown[] = []
    const { log, warnings } = recorder()
    const result = await uploadReportArtifact({
      name: 'release-readiness-v1',
      file: '/tmp/x/release-readiness-v1.html',
      env: runner,
      log,
      uploader: {
        uploadArtifact: async (...args: unknown[]) => {
          calls.push(args)
          return { id: 9 }
        }
      }
    })
    expect(result).toEqual({ id: 9 })
    expect(calls).toEqual([['release-readiness-v1', ['/tmp/x/release-readiness-v1.html'], '/tmp/x']])
    expect(warnings).toEqual([])
  })

  it('warns and goes on without a runner', async () => {
    const { log, warnings } = recorder()
    const uploader = {
      uploadArtifact: async () => {
        throw new Error('must not be called')
      }
    }
    expect(
      await uploadReportArtifact({ name: 'n', file: '/tmp/p.html', env: {}, log, uploader })
    ).toBeUndefined()
    expect(warnings).toEqual([
      expect.stringContaining('ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set')
    ])
  })

  it('warns and goes on when the upload fails, saying how to keep the page', async () => {
    const { log, warnings } = recorder()
    const uploader = {
      uploadArtifact: async () => {
        throw new Error('Failed to CreateArtifact: 500')
      }
    }
    expect(
      await uploadReportArtifact({ name: 'n', file: '/tmp/p.html', env: runner, log, uploader })
    ).toBeUndefined()
    expect(warnings).toEqual([
      expect.stringMatching(/Failed to CreateArtifact: 500.*actions\/upload-artifact/)
    ])
  })
})
