import { describe, expect, it } from '@jest/globals'
import { parseInputs, readRunnerContext } from '../../src/action/inputs.js'

const from = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('parseInputs', () => {
  it('gives the defaults for a bare token', () => {
    expect(parseInputs(from({ token: 't' }))).toEqual({
      token: 't',
      comment: true,
      retry: { retries: 3, delayMs: 1000 },
      releaseNotes: 'off'
    })
  })

  it('reads every input', () => {
    expect(
      parseInputs(
        from({
          token: 't',
          event: 'deployment',
          'base-ref': 'v1.0.0',
          environment: 'production',
          config: 'ci/rr.yml',
          comment: 'false',
          mode: 'advisory',
          'api-retries': '0',
          'api-retry-delay-ms': '10',
          'release-notes': 'append'
        })
      )
    ).toEqual({
      token: 't',
      event: 'deployment',
      baseRef: 'v1.0.0',
      environment: 'production',
      configPath: 'ci/rr.yml',
      comment: false,
      mode: 'advisory',
      retry: { retries: 0, delayMs: 10 },
      releaseNotes: 'append'
    })
  })

  const invalid: [Record<string, string>, string][] = [
    [{}, 'Input token is empty'],
    [
      { token: 't', event: 'push' },
      'Invalid input event: "push". Expected one of: pull_request, release, deployment.'
    ],
    [{ token: 't', mode: 'strict' }, 'Invalid input mode: "strict"'],
    [
      { token: 't', 'release-notes': 'replace' },
      'Invalid input release-notes: "replace". Expected one of: off, append.'
    ],
    [{ token: 't', comment: 'maybe' }, 'Invalid input comment: "maybe". Expected true or false.'],
    [{ token: 't', 'api-retries': '-1' }, 'Invalid input api-retries'],
    [{ token: 't', 'api-retries': '99' }, 'from 0 to 10'],
    [{ token: 't', config: '../secrets.yml' }, 'Give a path inside the repository'],
    [{ token: 't', config: '/etc/passwd' }, 'Give a path inside the repository']
  ]
  it.each(invalid)('refuses %j', (values, message) => {
    expect(() => parseInputs(from(values))).toThrow(message)
  })
})

describe('readRunnerContext', () => {
  it('reads the runner environment, defaulting the API URL to api.github.com', () => {
    expect(
      readRunnerContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'abc' })
    ).toEqual({
      eventName: 'push',
      owner: 'acme',
      repo: 'shop',
      sha: 'abc',
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com'
    })
  })

  it('uses GITHUB_API_URL (GitHub Enterprise, or a test server) without a trailing slash', () => {
    expect(
      readRunnerContext({
        GITHUB_REPOSITORY: 'a/b',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_API_URL: 'https://ghe.example/api/v3/'
      }).apiUrl
    ).toBe('https://ghe.example/api/v3')
  })

  it('says to run it in a workflow when the environment is missing', () => {
    expect(() => readRunnerContext({})).toThrow('GITHUB_REPOSITORY is not set')
  })
})
