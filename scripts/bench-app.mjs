// Many App instances on one PostgreSQL, one of them SIGKILLed in the middle of a burst: three
// `node dist/app.js` processes share a real PostgreSQL server started from npm
// (test/support/postgres-server.ts) and take 1,000 signed deliveries round-robin, as a load
// balancer would (pull_request opened/synchronize with superseding heads, issue_comment rechecks,
// release published, deployment_protection_rule), from the local GitHub double on 127.0.0.1.
// Prints what test/app/many-instances.test.ts asserts: lost evaluations, subjects with two final
// check runs, deployments answered once / twice / never, and the run's figures.
//
// Usage: npm run bench:app [-- --deliveries 1000 --instances 3 --seconds 10 --kill-at 500
//                             --restart-after-ms 2000 --settle-seconds 120]
//        npm run bench:app -- --single [...]   one instance, no kill: scripts/bench/app-single.mjs
import { printRows } from './bench/measure.mjs'
import { importTs } from './lib/import-ts.mjs'

const args = process.argv.slice(2)
if (args.includes('--single')) {
  await import('./bench/app-single.mjs')
} else {
  const option = (name) => {
    const i = args.indexOf(`--${name}`)
    return i === -1 ? undefined : Number(args[i + 1])
  }
  const { runFleet, FLEET_ENV, pendingJobs } = await importTs('test/app/support/fleet.ts')
  const settle = option('settle-seconds')
  const figures = await runFleet({
    root: process.cwd(),
    deliveries: option('deliveries'),
    instances: option('instances'),
    seconds: option('seconds'),
    killAt: option('kill-at'),
    restartAfterMs: option('restart-after-ms'),
    settleMs: settle === undefined ? undefined : settle * 1000,
    env: FLEET_ENV,
    pendingJobs,
    log: (line) => console.log(`  ${line}`)
  })
  const a = figures.deploymentsAnswered
  console.log(
    `\n  mix: ${Object.entries(figures.mix)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}`
  )
  printRows(
    `release-readiness App: ${figures.deliveries} deliveries to ${figures.instances} instances on one PostgreSQL`,
    [
      { name: 'deliveries', value: figures.deliveries },
      { name: 'instances', value: figures.instances },
      {
        name: 'killed (SIGKILL)',
        value: figures.killedAt
          ? `${figures.killedAt.instance} at delivery ${figures.killedAt.delivery} (${figures.killedAt.ms} ms), running ${figures.killedAt.runningJobs} job(s)${figures.restarted ? ', restarted' : ''}`
          : 'none'
      },
      { name: 'jobs run again (expired with it)', value: figures.jobsRunAgain },
      {
        name: 'deliveries acknowledged',
        value: `${figures.acknowledged}/${figures.deliveries}`,
        target: 'all'
      },
      {
        name: 'deliveries cut off, then redelivered',
        value: `${figures.cutOff.length}${figures.cutOff.length ? ` (#${figures.cutOff.join(', #')})` : ''}`
      },
      { name: 'sending took', value: figures.sendMs / 1000, digits: 1, unit: 's' },
      { name: 'wall time to settled', value: figures.wallMs / 1000, digits: 1, unit: 's' },
      {
        name: 'deliveries per second acknowledged',
        value: figures.deliveriesPerSecond,
        digits: 1,
        unit: '/s'
      },
      { name: 'check runs completed per second', value: figures.completionsPerSecond, digits: 1, unit: '/s' },
      { name: 'lost evaluations', value: figures.lost.length, target: '0' },
      { name: 'subjects with two final check runs', value: figures.doubleFinal.length, target: '0' },
      { name: 'final check runs with a wrong conclusion', value: figures.wrong.length, target: '0' },
      {
        name: 'deployments answered once / twice / never',
        value: `${a.once} / ${a.twice} / ${a.never}`,
        target: `${a.once + a.twice + a.never} / 0 / 0`
      },
      ...figures.perInstance.map((i) => ({
        name: `peak RSS ${i.name}${i.killed ? ' (killed)' : ''}`,
        value: i.peakRssMiB,
        digits: 1,
        unit: `MiB (${i.deliveries} deliveries sent to it)`
      })),
      { name: 'server error log lines', value: figures.serverErrors },
      { name: 'OpenAPI violations', value: figures.openApiViolations.length, target: '0' }
    ]
  )
  for (const line of [...figures.lost, ...figures.doubleFinal, ...figures.wrong].slice(0, 15))
    console.log(`  ${line}`)
  for (const line of figures.unacknowledged.slice(0, 5)) console.log(`  unacknowledged: ${line}`)
  const pass =
    figures.settled &&
    figures.lost.length === 0 &&
    figures.doubleFinal.length === 0 &&
    figures.wrong.length === 0 &&
    a.twice === 0 &&
    a.never === 0 &&
    figures.unacknowledged.length === 0
  console.log(
    `\n${pass ? 'PASS' : 'FAIL'}: ${pass ? 'nothing lost, nothing doubled, every deployment answered once' : 'see above'}.`
  )
  process.exit(pass ? 0 : 1)
}
