import { authorizeWaiver, type WaiverAuthority, type WaiverPolicy } from '../../engine/authorize-waiver.js'
import type { LabelAuthority } from '../../engine/exemptions.js'
import type { GitHubClient } from './client.js'
import type { PullRef } from './issue-comments.js'

const PER_PAGE = 100
/** Stop after this many pages of events: past it, who added a label is not known (fail closed). */
const MAX_PAGES = 10

interface IssueEvent {
  event: string
  actor?: { login: string } | null
  label?: { name: string }
}

/**
 * Who added a label to a pull request, decided by the one waiver authority: the actor of the
 * latest `labeled` event for it (`GET /issues/{n}/events`, read once, only when an exemption asks).
 * A read that fails, or a list longer than the bound, answers "not allowed" with the reason.
 */
export function githubLabelAuthority(
  client: GitHubClient,
  pull: PullRef,
  policy: WaiverPolicy,
  authority: WaiverAuthority
): LabelAuthority {
  let events: Promise<IssueEvent[]> | undefined
  const read = async (): Promise<IssueEvent[]> => {
    const all: IssueEvent[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
        owner: pull.owner,
        repo: pull.repo,
        issue_number: pull.number,
        per_page: PER_PAGE,
        page
      })
      all.push(...(data as IssueEvent[]))
      if (data.length < PER_PAGE) return all
    }
    throw new Error(`the pull request has more than ${MAX_PAGES * PER_PAGE} events`)
  }
  return async (label) => {
    let list: IssueEvent[]
    try {
      list = await (events ??= read())
    } catch (error) {
      return {
        allowed: false,
        why: `who added it could not be read (${error instanceof Error ? error.message : String(error)}).`
      }
    }
    const added = list
      .filter((e) => e.event === 'labeled' && e.label?.name.toLowerCase() === label.toLowerCase())
      .pop()
    if (!added?.actor?.login) return { allowed: false, why: 'no event says who added it.' }
    const decision = await authorizeWaiver(added.actor.login, policy, authority)
    return decision.allowed
      ? { allowed: true, via: `added by @${added.actor.login} (${decision.via})` }
      : { allowed: false, why: `it was added by @${added.actor.login}, who may not waive: ${decision.why}` }
  }
}
