import type { AppState } from './app-github.js'
import type { Plan } from './fleet-plan.js'

/** What the double saw, judged against the plan. */
export interface Outcomes {
  /** Subjects whose latest head has no completed final check run. */
  lost: string[]
  /** Check runs of one name on one head, more than one: `<name> on <sha>: <n> runs`. */
  doubleFinal: string[]
  /** Pull requests whose final check run concluded other than their head's verdict. */
  wrong: string[]
  releaseConclusions: Record<string, string | null>
  /** POSTs to each deployment protection rule callback: once, more than once, never. */
  deploymentsAnswered: { once: number; twice: number; never: number }
  /** Deployments of one commit to one environment answered differently. */
  inconsistentDeployments: string[]
}

const runsOf = (state: AppState, name: string, sha: string): AppState['checkRuns'] =>
  state.checkRuns.filter((r) => r.name === name && r.head_sha === sha)

/** Every pull request's latest head and every release has a completed run; every deployment an answer. */
export function everySubjectFinal(state: AppState, plan: Plan): boolean {
  const completed = (name: string, sha: string): boolean =>
    runsOf(state, name, sha).some((r) => r.status === 'completed')
  return (
    [...plan.latestHead.values()].every((sha) => completed('Release readiness', sha)) &&
    plan.releases.every(({ tag, sha }) => completed(`Release readiness (release: ${tag})`, sha)) &&
    [...plan.deploymentsOf.keys()].every((runId) => state.gateAnswers.some((a) => a.runId === runId))
  )
}

export function judgeOutcomes(state: AppState, plan: Plan): Outcomes {
  const lost: string[] = []
  const wrong: string[] = []
  for (const [number, sha] of plan.latestHead) {
    const runs = runsOf(state, 'Release readiness', sha)
    const want = plan.verdictOf.get(sha) === 'go' ? 'success' : 'failure'
    if (!runs.some((r) => r.status === 'completed')) lost.push(`pull #${number}: no completed run`)
    else if (runs.some((r) => r.conclusion !== want))
      wrong.push(`pull #${number}: ${runs.map((r) => r.conclusion).join(', ')}; want ${want}`)
  }
  const releaseConclusions: Record<string, string | null> = {}
  for (const { tag, sha } of plan.releases) {
    const runs = runsOf(state, `Release readiness (release: ${tag})`, sha)
    if (!runs.some((r) => r.status === 'completed')) lost.push(`release ${tag}: no completed run`)
    releaseConclusions[tag] = runs[0]?.conclusion ?? null
  }
  // Any subject (pull request, release, deployment): one run of a name per head.
  const perNameAndHead = new Map<string, number>()
  for (const run of state.checkRuns) {
    const key = `${run.name} on ${run.head_sha.slice(0, 7)}`
    perNameAndHead.set(key, (perNameAndHead.get(key) ?? 0) + 1)
  }
  const doubleFinal = [...perNameAndHead].filter(([, n]) => n > 1).map(([key, n]) => `${key}: ${n} runs`)
  const answers = new Map<number, string[]>()
  for (const answer of state.gateAnswers)
    answers.set(answer.runId, [...(answers.get(answer.runId) ?? []), answer.body.state])
  const deploymentsAnswered = { once: 0, twice: 0, never: 0 }
  const decisions = new Map<string, Set<string>>()
  for (const [runId, { sha, environment }] of plan.deploymentsOf) {
    const given = answers.get(runId) ?? []
    if (given.length === 0) deploymentsAnswered.never++
    else if (given.length === 1) deploymentsAnswered.once++
    else deploymentsAnswered.twice++
    const key = `${sha.slice(0, 7)} to ${environment}`
    decisions.set(key, new Set([...(decisions.get(key) ?? []), ...given]))
  }
  return {
    lost,
    doubleFinal,
    wrong,
    releaseConclusions,
    deploymentsAnswered,
    inconsistentDeployments: [...decisions]
      .filter(([, given]) => given.size > 1)
      .map(([key, given]) => `${key}: ${[...given].join(', ')}`)
  }
}
