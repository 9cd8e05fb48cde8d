import type { Config } from '../engine/config.js'
import type { Change, Report } from '../engine/types.js'
import type { PullRef } from '../sources/github/issue-comments.js'
import type { RecordContext } from '../reports/record/build-record.js'
import { subjectOwners } from '../reports/release/subject-owners.js'
import { touchedServices } from '../reports/record/touched-services.js'
import type { RunnerContext } from './inputs.js'

/** What the Action knows about an evaluation, for its record. */
export function actionRecordContext(options: {
  context: RunnerContext
  report: Report
  config: Config
  change?: Omit<Change, 'files'> & { files?: Change['files'] }
  pull?: PullRef
}): RecordContext {
  const { context, report, config, change, pull } = options
  const url = `${context.serverUrl}/${context.owner}/${context.repo}`
  const deployment = report.event === 'deployment'
  const owners = subjectOwners(change?.body, change?.author)
  return {
    runtime: 'action',
    repository: { fullName: `${context.owner}/${context.repo}`, url },
    subject: {
      ...(pull ? { number: pull.number, url: `${url}/pull/${pull.number}`, state: 'open' as const } : {}),
      ...(change?.title !== undefined ? { title: change.title } : {}),
      ...(change?.author ? { author: change.author } : {}),
      ...(owners.length > 0 ? { owners } : {})
    },
    ...(change?.environment ? { environment: change.environment } : {}),
    config: config.origin,
    services: change?.files ? touchedServices(config, change.files) : [],
    ...(deployment
      ? {
          deployment: {
            decision: report.verdict === 'go' || report.mode === 'advisory' ? 'approved' : 'rejected'
          }
        }
      : {})
  }
}
