import type { Check, RejectedWaiver, Waiver } from '../../engine/types.js'
import { waiverTargetProblem } from '../../engine/waiver-target.js'
import { authorizeWaiver, type WaiverAuthority, type WaiverPolicy } from '../../engine/authorize-waiver.js'
import type { IssueComment } from './issue-comments.js'
import { STICKY_MARKER } from './sticky-comment.js'
import type { GrantHead } from './grant-head.js'
import { parseWaiverComment } from './waiver-command.js'

export interface WaiverSet {
  waivers: Waiver[]
  rejected: RejectedWaiver[]
}

export interface CollectOptions extends WaiverPolicy {
  /** The registered checks: a waiver naming another check id, or a rule it lacks, is rejected. */
  checks: readonly Check[]
  /**
   * The head when a comment was posted: a waiver without `at <sha>` is bound to it. Without it
   * (a merged pull request in a release report) such waivers are not bound to a head.
   */
  grantHead?: GrantHead
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

const targetKey = (w: Pick<Waiver, 'check' | 'target'>): string =>
  `${w.check}\0${w.target?.ruleId ?? '*'}\0${w.target?.operation ?? '*'}`

/**
 * Reads waiver commands from pull request comments (oldest first) and decides each one. A later
 * accepted waiver for the same check and target replaces an earlier one. Our own sticky comment
 * is never read for commands, and an edited comment never grants one. Shared by the Action and
 * the App.
 */
export async function collectWaivers(
  comments: IssueComment[],
  options: CollectOptions,
  authority: WaiverAuthority
): Promise<WaiverSet> {
  const applied = new Map<string, Waiver>()
  const rejected: RejectedWaiver[] = []
  for (const comment of comments) {
    if (!comment.body || !comment.user || comment.body.includes(STICKY_MARKER)) continue
    const login = comment.user.login
    const parsed = parseWaiverComment(comment.body)
    if (parsed.length === 0) continue
    // Anyone with write access can edit someone else's comment, and the REST API does not say who
    // did: a waiver in an edited comment would be credited to its original author. Refuse it.
    let decision: Awaited<ReturnType<typeof authorizeWaiver>> | undefined =
      comment.updated_at && comment.updated_at !== comment.created_at
        ? {
            allowed: false,
            why: 'the comment was edited after it was posted; post the waiver as a new comment.'
          }
        : undefined
    for (const line of parsed) {
      if (!line.ok) {
        rejected.push({
          check: line.check,
          requestedBy: login,
          reason: line.line,
          rejection: `The command could not be read: ${line.error}.`,
          source: comment.html_url
        })
        continue
      }
      const { check, reason, target, head, until } = line.command
      const problem = waiverTargetProblem(line.command, options.checks)
      if (problem) {
        rejected.push({ check, requestedBy: login, reason, rejection: problem, source: comment.html_url })
        continue
      }
      decision ??= await authorizeWaiver(login, options, authority)
      if (!decision.allowed) {
        rejected.push({
          check,
          requestedBy: login,
          reason,
          rejection: capitalise(decision.why),
          source: comment.html_url
        })
        continue
      }
      const waiver: Waiver = {
        check,
        reason,
        grantedBy: login,
        grantedAt: comment.created_at,
        source: comment.html_url
      }
      if (target) waiver.target = target
      if (head) waiver.head = head
      else if (options.grantHead) {
        const bound = await options.grantHead(comment.created_at)
        if ('why' in bound) {
          rejected.push({
            check,
            requestedBy: login,
            reason,
            rejection: `Could not tell which head it was granted at: ${bound.why}. Post it again with \`at <sha>\` naming the head you waive.`,
            source: comment.html_url
          })
          continue
        }
        waiver.head = bound.head
      }
      if (until) waiver.until = until
      const key = targetKey(waiver)
      applied.delete(key)
      applied.set(key, waiver)
    }
  }
  return { waivers: [...applied.values()], rejected }
}
