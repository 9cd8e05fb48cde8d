import { PRIORITY_DEPLOYMENT } from './work-queue.js'

/**
 * What a queued job is about, as plain JSON: this is what the durable queue stores (never a
 * secret, never a whole webhook body). A job re-reads the rest from GitHub when it runs, so a job
 * queued for a pull request always judges the pull request as it is then (its newest head).
 */
interface TaskBase {
  /** The installation whose token the job uses (absent only in tests that use a fixed token). */
  installation?: number
  owner: string
  repo: string
  /** The webhook delivery that asked for it (`x-github-delivery`), for the logs. */
  delivery?: string
}

export type Task = TaskBase &
  (
    | { kind: 'pull_request'; number: number }
    | { kind: 'release'; tag: string; htmlUrl?: string }
    | {
        /** A deployment protection rule request: evaluated, then answered exactly once. */
        kind: 'deployment'
        runId: number
        environment: string
        sha: string
        deploymentId?: number
        defaultBranch?: string
        /** When the webhook arrived (epoch ms): the answer's deadline counts from here. */
        receivedAt: number
      }
    | { kind: 'deployment_check'; sha: string; environment: string }
    | { kind: 'configuration'; branch: string }
    | { kind: 'workflow_run'; runId: number; headSha: string; repositoryUrl: string }
  )

export type TaskKind = Task['kind']

/**
 * The subject a task is about: two tasks with the same key never run at the same time (on any
 * instance), and a newer one replaces a queued older one (except deployment answers, whose key is
 * one request).
 */
export function taskKey(task: Task): string {
  const repo = `${task.owner}/${task.repo}`
  switch (task.kind) {
    case 'pull_request':
      return `${repo}#${task.number}`
    case 'release':
      return `${repo}@${task.tag}`
    case 'deployment':
      return `${repo}:deploy:${task.runId}:${task.environment}`
    case 'deployment_check':
      return `${repo}:${task.sha}:${task.environment}`
    case 'configuration':
      return `${repo}:configuration`
    case 'workflow_run':
      return `${repo}:workflow_run:${task.runId}`
  }
}

/**
 * What a running task holds so that no other task, on any instance, writes the same check run at
 * the same time: its subject (`taskKey`), except a deployment request, which writes the
 * `Release readiness (deployment: <environment>)` run of its commit, as does every other request
 * to deploy that commit there and a re-run of that check run. Each request keeps its own queue
 * slot (`taskKey`: it is answered, never folded into another); they take turns on the check run.
 */
export function leaseKey(task: Task): string {
  return task.kind === 'deployment'
    ? taskKey({ ...task, kind: 'deployment_check', sha: task.sha, environment: task.environment })
    : taskKey(task)
}

/** Deployment work runs ahead of pull request and release work. */
export function taskPriority(task: Task): number {
  return task.kind === 'deployment' || task.kind === 'deployment_check' ? PRIORITY_DEPLOYMENT : 0
}

/** A deployment protection rule request must be answered: it is never replaced by another job. */
export function supersedable(task: Task): boolean {
  return task.kind !== 'deployment'
}

const KINDS: readonly TaskKind[] = [
  'pull_request',
  'release',
  'deployment',
  'deployment_check',
  'configuration',
  'workflow_run'
]

/** A stored job's data read back: a task of a known kind naming a repository, else `undefined`. */
export function asTask(data: unknown): Task | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const task = data as Partial<Task>
  if (!KINDS.includes(task.kind as TaskKind)) return undefined
  if (typeof task.owner !== 'string' || typeof task.repo !== 'string') return undefined
  return task as Task
}
