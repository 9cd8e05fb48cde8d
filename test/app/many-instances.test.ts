import { beforeAll, describe, expect, it } from '@jest/globals'
import { FLEET_ENV, pendingJobs, runFleet, type FleetFigures } from './support/fleet.js'

/**
 * Three `node dist/app.js` processes on one real PostgreSQL (started by the test from npm), GitHub
 * played by the local double, 1,000 signed deliveries sent round-robin as a load balancer would,
 * and the second instance SIGKILLed at the 500th. Deliveries it cut off are sent again, as GitHub's
 * redelivery would. The same run is `npm run bench:app`, which prints its figures.
 */
describe('three App instances on one PostgreSQL, one SIGKILLed in the middle of 1,000 deliveries', () => {
  let figures: FleetFigures
  beforeAll(async () => {
    figures = await runFleet({ env: FLEET_ENV, pendingJobs })
  }, 170_000)

  it('sends the realistic mix round-robin and kills the second instance at the 500th delivery', () => {
    expect(figures.mix).toEqual({
      'pull_request.opened': 40,
      'pull_request.synchronize': 840,
      'issue_comment.created': 60,
      'release.published': 10,
      'deployment_protection_rule.requested': 50
    })
    expect(figures.killedAt).toMatchObject({ delivery: 500, instance: 'app-2' })
    // It was running jobs when it died: the test waits for its /healthz to say so before the kill.
    expect(figures.killedAt!.runningJobs).toBeGreaterThan(0)
    expect(figures.perInstance.map((i) => [i.name, i.killed])).toEqual([
      ['app-1', false],
      ['app-2', true],
      ['app-3', false]
    ])
  })

  it('has every delivery acknowledged, those the killed instance cut off after a redelivery', () => {
    // The one sent to it as it died, and the next, which the load balancer still sent there.
    expect(figures.cutOff).toContain(501)
    expect(figures.unacknowledged).toEqual([])
    expect(figures.acknowledged).toBe(1000)
  })

  it('settles with nothing left queued or running, the killed instance’s jobs run again by the others', () => {
    expect(figures.settled).toBe(true)
    expect(figures.jobsRunAgain).toBeGreaterThan(0)
  })

  it('logs no error on any instance: not even when three start together on an empty database', () => {
    expect(figures.serverErrorSamples).toEqual([])
  })

  it('loses no evaluation: every pull request and release has its final check run on its latest head', () => {
    expect(figures.lost).toEqual([])
  })

  it('never leaves two check runs of one subject on one head', () => {
    expect(figures.doubleFinal).toEqual([])
  })

  it('concludes every final run as its head says: a documented head passes, an undocumented one fails', () => {
    expect(figures.wrong).toEqual([])
    // The releases' tags (v2.x.0) have no changelog entry: each is NO-GO.
    expect(Object.values(figures.releaseConclusions)).toEqual(Array(10).fill('failure'))
  })

  it('answers every deployment protection rule request exactly once, the same way for the same commit and environment', () => {
    expect(figures.deploymentsAnswered).toEqual({ once: 50, twice: 0, never: 0 })
    expect(figures.inconsistentDeployments).toEqual([])
  })

  it('makes only requests that GitHub’s OpenAPI description allows', () => {
    expect(figures.openApiViolations).toEqual([])
  })
})
