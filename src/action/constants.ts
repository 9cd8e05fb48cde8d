/** Input names, as in action.yml. */
export const Inputs = {
  Token: 'token',
  Event: 'event',
  BaseRef: 'base-ref',
  Environment: 'environment',
  Config: 'config',
  Comment: 'comment',
  Mode: 'mode',
  ApiRetries: 'api-retries',
  ApiRetryDelayMs: 'api-retry-delay-ms',
  ReleaseNotes: 'release-notes',
  RecordUrl: 'record-url',
  RecordUrlToken: 'record-url-token'
} as const

/** Output names, as in action.yml. */
export const Outputs = {
  Verdict: 'verdict',
  Outcome: 'outcome',
  FailedChecks: 'failed-checks',
  ReportJson: 'report-json',
  ReportHtml: 'report-html',
  RecordJson: 'record-json'
} as const

/** Actions shows at most this many error (and warning) annotations per step. */
export { ANNOTATION_LIMIT } from '../reports/change/annotations.js'

export const USER_AGENT = 'release-readiness-action'
