import type { ApplicationFunctionOptions, Probot } from 'probot'
import { defaultDeps, type AppDeps } from './deps.js'
import { CHECK_RUN_EVENTS, handleCheckRun, handleCheckSuite } from './handle-check-run.js'
import { handleDeploymentProtectionRule } from './handle-deployment-protection-rule.js'
import { handleIssueComment, ISSUE_COMMENT_EVENTS } from './handle-issue-comment.js'
import { handlePullRequest, PULL_REQUEST_EVENTS } from './handle-pull-request.js'
import { handlePush } from './handle-push.js'
import { handleRelease, RELEASE_EVENTS } from './handle-release.js'
import { handleWorkflowRun } from './handle-workflow-run.js'

/**
 * The GitHub App: one handler per event family. Each returns at once after queueing the work, so
 * webhooks are answered well within GitHub's 10 seconds; `deps` are injected for tests.
 */
export default (app: Probot, _options?: ApplicationFunctionOptions, deps: AppDeps = defaultDeps()): void => {
  app.on([...PULL_REQUEST_EVENTS], handlePullRequest(deps))
  app.on([...CHECK_RUN_EVENTS], handleCheckRun(deps))
  app.on('check_suite.rerequested', handleCheckSuite(deps))
  app.on([...ISSUE_COMMENT_EVENTS], handleIssueComment(deps))
  app.on([...RELEASE_EVENTS], handleRelease(deps))
  app.on('deployment_protection_rule.requested', handleDeploymentProtectionRule(deps))
  app.on('push', handlePush(deps))
  app.on('workflow_run.completed', handleWorkflowRun(deps))
}
