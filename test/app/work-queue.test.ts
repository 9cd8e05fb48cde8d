import { describe, expect, it } from '@jest/globals'
import { PRIORITY_DEPLOYMENT, WorkQueue } from '../../src/app/work-queue.js'

const tick = (ms = 5): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** A job that records when it starts and finishes, and waits until released. */
function gate(log: string[], name: string) {
  let release!: () => void
  const done = new Promise<void>((resolve) => (release = resolve))
  return {
    release,
    run: async () => {
      log.push(`start ${name}`)
      await done
      log.push(`end ${name}`)
    }
  }
}

describe('WorkQueue', () => {
  it('runs at most `concurrency` jobs at once', async () => {
    const log: string[] = []
    const queue = new WorkQueue({ concurrency: 2 })
    const jobs = ['a', 'b', 'c'].map((name) => gate(log, name))
    jobs.forEach((job, i) => queue.push({ key: `k${i}`, run: job.run }))
    await tick()
    expect(log).toEqual(['start a', 'start b'])
    expect(queue.stats).toMatchObject({ running: 2, queued: 1 })
    jobs[0]!.release()
    await tick()
    expect(log).toEqual(['start a', 'start b', 'end a', 'start c'])
    jobs[1]!.release()
    jobs[2]!.release()
    await queue.idle()
    expect(queue.stats).toMatchObject({ running: 0, queued: 0, done: 3 })
  })

  it('never runs two jobs with the same key together', async () => {
    const log: string[] = []
    const queue = new WorkQueue({ concurrency: 4 })
    const first = gate(log, 'first')
    const second = gate(log, 'second')
    queue.push({ key: 'acme/shop#7', run: first.run })
    queue.push({ key: 'acme/shop#7', run: second.run })
    await tick()
    expect(log).toEqual(['start first'])
    first.release()
    second.release()
    await queue.idle()
    expect(log).toEqual(['start first', 'end first', 'start second', 'end second'])
  })

  it('replaces a queued job by a newer one for the same key, keeping its place in line', async () => {
    const log: string[] = []
    const superseded: string[] = []
    const queue = new WorkQueue({ concurrency: 1, onSupersede: (key) => superseded.push(key) })
    const blocker = gate(log, 'blocker')
    queue.push({ key: 'x', run: blocker.run })
    for (const name of ['#7 old', '#8', '#7 new']) {
      queue.push({ key: name.split(' ')[0]!, run: async () => void log.push(`run ${name}`) })
    }
    blocker.release()
    await queue.idle()
    expect(log).toEqual(['start blocker', 'end blocker', 'run #7 new', 'run #8'])
    expect(superseded).toEqual(['#7'])
    expect(queue.stats.superseded).toBe(1)
  })

  it('never supersedes a job marked not supersedable (a deployment answer)', async () => {
    const log: string[] = []
    const queue = new WorkQueue({ concurrency: 1 })
    const blocker = gate(log, 'blocker')
    queue.push({ key: 'x', run: blocker.run })
    queue.push({ key: 'deploy', supersedable: false, run: async () => void log.push('deploy 1') })
    queue.push({ key: 'deploy', supersedable: false, run: async () => void log.push('deploy 2') })
    blocker.release()
    await queue.idle()
    expect(log).toEqual(['start blocker', 'end blocker', 'deploy 1', 'deploy 2'])
  })

  it('reports a job that throws and goes on with the next', async () => {
    const errors: string[] = []
    const queue = new WorkQueue({
      concurrency: 1,
      onError: (error, key) => errors.push(`${key}: ${(error as Error).message}`)
    })
    let ran = false
    queue.push({ key: 'a', run: async () => Promise.reject(new Error('boom')) })
    queue.push({ key: 'b', run: async () => void (ran = true) })
    await queue.idle()
    expect(errors).toEqual(['a: boom'])
    expect(ran).toBe(true)
    expect(queue.stats).toMatchObject({ done: 1, failed: 1 })
  })

  it('starts a deployment answer ahead of pull request work queued before it', async () => {
    const log: string[] = []
    const queue = new WorkQueue({ concurrency: 1 })
    const running = gate(log, 'pr-1')
    queue.push({ key: 'pr-1', run: running.run })
    for (const name of ['pr-2', 'pr-3'])
      queue.push({ key: name, run: async () => void log.push(`run ${name}`) })
    queue.push({ key: 'deploy', priority: PRIORITY_DEPLOYMENT, run: async () => void log.push('run deploy') })
    await tick()
    running.release()
    await queue.idle()
    expect(log).toEqual(['start pr-1', 'end pr-1', 'run deploy', 'run pr-2', 'run pr-3'])
  })

  it('drops the waiting jobs on clear, and lets the running one finish', async () => {
    const log: string[] = []
    const queue = new WorkQueue({ concurrency: 1 })
    const running = gate(log, 'a')
    queue.push({ key: 'a', run: running.run })
    queue.push({ key: 'b', run: async () => void log.push('run b') })
    await tick()
    expect(queue.clear()).toBe(1)
    running.release()
    await queue.idle()
    expect(log).toEqual(['start a', 'end a'])
  })
})
