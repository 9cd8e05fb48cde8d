import { deploymentAnswer, type DeploymentAnswer } from './deployment-answer.js'
import { apiClient } from './api-client.js'
import type { AppDeps } from './deps.js'
import { reportDeployment, type JobContext, type TaskRun } from './jobs.js'
import { postDeploymentAnswer, type AnswerTarget } from './post-deployment-answer.js'
import type { Task } from './tasks.js'

type DeploymentTask = Extract<Task, { kind: 'deployment' }>

/**
 * A stored deployment protection rule request, run by whichever instance takes it: evaluate the
 * exact SHA within what is left of the deadline (counted from the webhook's arrival), then answer
 * once (`answerOnce`). A request with an answer already recorded is not evaluated again: a
 * posted answer ends the job, a recorded one not known to be posted is posted as it was decided.
 */
export async function answerDeploymentTask(
  context: JobContext,
  deps: AppDeps,
  task: DeploymentTask,
  run: TaskRun
): Promise<void> {
  const target: AnswerTarget = {
    owner: task.owner,
    repo: task.repo,
    runId: task.runId,
    environment: task.environment
  }
  const subject = { sha: task.sha, environment: task.environment }
  const what = `the deployment of ${task.sha.slice(0, 7)} to ${task.environment} (run ${task.runId})`
  const earlier = await deps.answers?.recorded(target)
  if (earlier?.posted) {
    context.log.info(`[release-readiness] ${what} was answered already (${earlier.state}); not again.`)
    return
  }
  let reply: DeploymentAnswer
  if (earlier) {
    reply = earlier
  } else {
    const remaining = task.receivedAt + deps.deploymentTimeoutMs - Date.now()
    const timeout = deploymentAnswer({ kind: 'timeout', ms: deps.deploymentTimeoutMs }, subject)
    reply = remaining <= 0 ? timeout : await evaluateWithin(context, deps, task, run, remaining, timeout)
  }
  if (run.current && !(await run.current())) {
    context.log.warn(`[release-readiness] Not answering ${what}: another instance took it over.`)
    return
  }
  context.log.info(`Deployment of ${task.sha} to ${task.environment}: ${reply.state}.`)
  await answerOnce(context, deps, target, reply)
}

async function evaluateWithin(
  context: JobContext,
  deps: AppDeps,
  task: DeploymentTask,
  run: TaskRun,
  ms: number,
  timeout: DeploymentAnswer
): Promise<DeploymentAnswer> {
  const subject = { sha: task.sha, environment: task.environment }
  const evaluation = reportDeployment(
    context,
    deps,
    { owner: task.owner, repo: task.repo },
    {
      sha: task.sha,
      environment: task.environment,
      ...(task.deploymentId !== undefined ? { id: task.deploymentId } : {}),
      ...(task.defaultBranch ? { defaultBranch: task.defaultBranch } : {})
    },
    run
  ).then(
    (outcome) => deploymentAnswer(outcome, subject),
    (error: unknown) => deploymentAnswer({ kind: 'error', message: (error as Error).message }, subject)
  )
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<DeploymentAnswer>((resolve) => (timer = setTimeout(() => resolve(timeout), ms)))
  try {
    return await Promise.race([evaluation, late])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Posts `reply` unless the request was answered already: the first decision recorded in the
 * ledger stands. When an earlier attempt recorded a decision and died before marking it posted,
 * GitHub is asked whether the run still waits (`GET /actions/runs/{run_id}`): a run no longer
 * waiting is taken as answered; otherwise (or when that read fails) the recorded decision is
 * posted: at least once, always the same decision, and GitHub keeps the first.
 */
export async function answerOnce(
  context: JobContext,
  deps: AppDeps,
  target: AnswerTarget,
  reply: DeploymentAnswer
): Promise<void> {
  const ledger = deps.answers
  const standing = ledger ? await ledger.decide(target, reply) : { ...reply, posted: false, fresh: true }
  if (standing.posted) return
  if (!standing.fresh && (await stillWaiting(context, deps, target)) === false) {
    context.log.info(
      `[release-readiness] Run ${target.runId} no longer waits for ${target.environment}: the recorded answer (${standing.state}) was taken before; not posting it again.`
    )
    await ledger?.markPosted(target)
    return
  }
  const answer = { state: standing.state, comment: standing.comment }
  const took = await postDeploymentAnswer(
    context.octokit,
    deps,
    context.log,
    target,
    answer,
    Date.now() + deps.deploymentTimeoutMs
  )
  if (took) await ledger?.markPosted(target)
}

/** Whether the workflow run still waits (`status: waiting`); `undefined` when GitHub cannot say. */
async function stillWaiting(
  context: JobContext,
  deps: AppDeps,
  target: AnswerTarget
): Promise<boolean | undefined> {
  try {
    const client = await apiClient(context.octokit, deps, context.log)
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      owner: target.owner,
      repo: target.repo,
      run_id: target.runId
    })
    return data.status === 'waiting'
  } catch (error) {
    context.log.warn(
      `[release-readiness] Could not read run ${target.runId} (${(error as Error).message}); posting the recorded answer.`
    )
    return undefined
  }
}
