import { describe, expect, it } from '@jest/globals'
import { leaseKey, supersedable, taskKey, type Task } from '../../src/app/tasks.js'

const sha = 'a'.repeat(40)
const request = (runId: number, environment = 'production'): Task => ({
  kind: 'deployment',
  owner: 'acme',
  repo: 'shop',
  runId,
  environment,
  sha,
  receivedAt: 0
})

describe('the keys of queued work', () => {
  it('gives two requests to deploy one commit to one environment a queue slot each, and one lease: the check run they both write', () => {
    expect([taskKey(request(1)), taskKey(request(2))]).toEqual([
      'acme/shop:deploy:1:production',
      'acme/shop:deploy:2:production'
    ])
    expect(supersedable(request(1))).toBe(false)
    expect(new Set([leaseKey(request(1)), leaseKey(request(2))])).toEqual(
      new Set([`acme/shop:${sha}:production`])
    )
    // A re-run of that check run takes turns with them too.
    expect(
      leaseKey({ kind: 'deployment_check', owner: 'acme', repo: 'shop', sha, environment: 'production' })
    ).toBe(`acme/shop:${sha}:production`)
    expect(leaseKey(request(1, 'staging'))).toBe(`acme/shop:${sha}:staging`)
  })

  it('leases every other task on its own subject', () => {
    const pull: Task = { kind: 'pull_request', owner: 'acme', repo: 'shop', number: 7 }
    const release: Task = { kind: 'release', owner: 'acme', repo: 'shop', tag: 'v1.2.0' }
    expect([leaseKey(pull), leaseKey(release)]).toEqual(['acme/shop#7', 'acme/shop@v1.2.0'])
  })
})
