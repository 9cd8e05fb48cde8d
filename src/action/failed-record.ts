import { errorRecord } from '../reports/record/error-record.js'
import type { EvaluationRecord } from '../reports/record/types.js'
import type { RunnerContext } from './inputs.js'
import { kindOf } from './resolve-event.js'

interface PayloadFacts {
  pull_request?: { number?: number; head?: { sha?: string }; user?: { login?: string } }
  issue?: { number?: number; pull_request?: unknown }
  release?: { tag_name?: string }
  deployment?: { sha?: string; environment?: string }
  environment?: string
}

/**
 * The Action's record of an evaluation that could not run: what the workflow event names (the pull
 * request, the release's tag, the deployment's environment and commit) and the reason.
 */
export function actionFailedRecord(
  context: RunnerContext,
  payload: Record<string, unknown>,
  message: string
): EvaluationRecord {
  const facts = payload as PayloadFacts
  const url = `${context.serverUrl}/${context.owner}/${context.repo}`
  const event = kindOf(context.eventName)
  const number = facts.pull_request?.number ?? (facts.issue?.pull_request ? facts.issue.number : undefined)
  const tag = facts.release?.tag_name
  const environment = facts.deployment?.environment ?? facts.environment
  const head = facts.pull_request?.head?.sha ?? facts.deployment?.sha ?? context.sha
  return errorRecord({
    runtime: 'action',
    repository: { fullName: `${context.owner}/${context.repo}`, url },
    event,
    ...(head ? { head } : {}),
    subject:
      event === 'pull_request' && number !== undefined
        ? { number, url: `${url}/pull/${number}`, state: 'open' }
        : event === 'release' && tag
          ? { version: tag, url: `${url}/releases/tag/${encodeURIComponent(tag)}` }
          : {},
    ...(event === 'deployment' && environment ? { environment } : {}),
    error: message,
    deploymentRejected: event === 'deployment'
  })
}
