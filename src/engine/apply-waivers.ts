import { closest } from './suggest.js'
import type { CheckResult, Finding, RejectedWaiver, Status, Waiver } from './types.js'

/** How a finding is named in a waiver's record: stable across unrelated edits (no line numbers). */
export function describeFinding(finding: Finding): string {
  const first = finding.message.split('\n')[0]!.trim()
  return [
    finding.ruleId,
    finding.operation,
    finding.file,
    first.length > 160 ? `${first.slice(0, 159)}…` : first
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' · ')
}

/** Whether two commit names (full or abbreviated SHAs, or refs) name the same commit. */
export function sameCommit(a: string, b: string): boolean {
  if (a === b) return true
  const hex = /^[0-9a-f]{7,40}$/i
  return hex.test(a) && hex.test(b) && (a.startsWith(b) || b.startsWith(a))
}

/** The findings a check had at a waiver's head: what the waiver was granted for. */
export type FindingsAt = (head: string) => Promise<{ findings: string[] } | { error: string }>

export interface WaiverResolution {
  result: CheckResult
  /** The whole-check waiver that turned a blocking result into a pass, if any. */
  waiver: Waiver | null
  applied: Waiver[]
  rejected: RejectedWaiver[]
}

const short = (sha: string): string => (/^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha)
const isBlockingFinding = (f: Finding): boolean => f.severity === undefined || f.severity === 'error'

/** The refusal of waiver `w`, with the sentence that says why. */
export function rejectWaiver(w: Waiver, rejection: string): RejectedWaiver {
  return {
    check: w.check,
    requestedBy: w.grantedBy,
    reason: w.reason,
    rejection,
    ...(w.source ? { source: w.source } : {})
  }
}

function uncoveredSentence(w: Waiver, fresh: string[]): string {
  const list = fresh
    .slice(0, 3)
    .map((f) => `"${f}"`)
    .join('; ')
  const more = fresh.length > 3 ? ` and ${fresh.length - 3} more` : ''
  return `Granted at an older head (${short(w.head!)}); new findings need a new waiver: ${list}${more}.`
}

/**
 * Decides, for one check, which of its waivers cover what. Per-finding waivers (with a `target`)
 * were applied by the check itself; a whole-check waiver covers a blocking result. A waiver bound
 * to an older `head` covers only the findings that were there then (`findingsAt`), so a later
 * push's new blocking findings stay blocking. A waiver that covers nothing is rejected with why
 * and the nearest rule id or operation among the findings. Every applied waiver records its head,
 * how many findings it matched and which.
 */
export async function resolveWaivers(input: {
  checkId: string
  head: string
  result: CheckResult
  /** True when this check's result would block (level error and status fail or error). */
  blocks: (status: Status) => boolean
  waivers: Waiver[]
  findingsAt: FindingsAt
}): Promise<WaiverResolution> {
  const { checkId, head, waivers } = input
  const findings = input.result.findings ?? []
  const applied: Waiver[] = []
  const rejected: RejectedWaiver[] = []
  const then = new Map<string, Promise<{ findings: string[] } | { error: string }>>()
  const findingsThen = (w: Waiver): Promise<{ findings: string[] } | { error: string }> => {
    let read = then.get(w.head!)
    if (!read) {
      read = input.findingsAt(w.head!)
      then.set(w.head!, read)
    }
    return read
  }
  const older = (w: Waiver): boolean => w.head !== undefined && !sameCommit(w.head, head)
  let status = input.result.status
  let summary = input.result.summary
  let reopened = 0

  // Per-finding waivers: the check marked what each covers; bind them to their head.
  for (const w of waivers.filter((x) => x.target)) {
    let covered = findings.filter((f) => f.waived === w)
    const fresh: string[] = []
    if (older(w) && covered.length > 0) {
      const past = await findingsThen(w)
      const known = 'findings' in past ? new Set(past.findings) : new Set<string>()
      for (const f of covered) {
        if (!known.has(describeFinding(f))) {
          delete f.waived
          fresh.push(describeFinding(f))
          if (isBlockingFinding(f)) reopened++
        }
      }
      covered = covered.filter((f) => f.waived === w)
      if ('error' in past) {
        rejected.push(
          rejectWaiver(
            w,
            `Could not evaluate ${checkId} at ${short(w.head!)}, where it was granted (${past.error}); grant a new waiver.`
          )
        )
        continue
      }
    }
    if (covered.length > 0) {
      const record: Waiver = {
        ...w,
        head: w.head ?? head,
        matched: covered.length,
        findings: covered.map(describeFinding)
      }
      for (const f of covered) f.waived = record
      applied.push(record)
      if (fresh.length > 0) rejected.push(rejectWaiver(w, uncoveredSentence(w, fresh)))
    } else if (fresh.length > 0) rejected.push(rejectWaiver(w, uncoveredSentence(w, fresh)))
    else rejected.push(rejectWaiver(w, noMatch(w, checkId, head, findings)))
  }
  if (reopened > 0 && (status === 'pass' || status === 'warn')) {
    status = 'fail'
    summary = `${summary} ${reopened} finding(s) not covered: their waiver was granted at an older head.`
  }

  // Whole-check waivers: the latest one decides; it covers a blocking result.
  const whole = waivers.filter((x) => !x.target)
  let waiver: Waiver | null = null
  if (whole.length > 0) {
    const latest = whole[whole.length - 1]!
    for (const w of whole.slice(0, -1))
      rejected.push(rejectWaiver(w, `Replaced by the later waiver of ${latest.grantedBy}.`))
    if (!input.blocks(status)) {
      rejected.push(
        rejectWaiver(
          latest,
          `${checkId} did not block at ${short(head)} (${status}); the waiver matches nothing.`
        )
      )
    } else {
      const blockingNow = findings.filter((f) => !f.waived && isBlockingFinding(f)).map(describeFinding)
      const current = blockingNow.length > 0 ? blockingNow : [`summary · ${summary}`]
      let fresh: string[] = []
      let error: string | undefined
      if (older(latest)) {
        const past = await findingsThen(latest)
        if ('error' in past) error = past.error
        else fresh = current.filter((f) => !past.findings.includes(f))
      }
      if (error !== undefined) {
        rejected.push(
          rejectWaiver(
            latest,
            `Could not evaluate ${checkId} at ${short(latest.head!)}, where it was granted (${error}); grant a new waiver.`
          )
        )
      } else if (fresh.length > 0) {
        rejected.push(rejectWaiver(latest, uncoveredSentence(latest, fresh)))
      } else {
        waiver = { ...latest, head: latest.head ?? head, matched: current.length, findings: current }
        applied.push(waiver)
      }
    }
  }
  return { result: { ...input.result, status, summary, findings }, waiver, applied, rejected }
}

/** "matches no finding … did you mean `x`?" with the nearest rule id or operation among the findings. */
function noMatch(w: Waiver, checkId: string, head: string, findings: Finding[]): string {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId).filter((r): r is string => !!r))].sort()
  const operations = [...new Set(findings.map((f) => f.operation).filter((o): o is string => !!o))].sort()
  const target = [w.target?.ruleId, w.target?.operation ? `"${w.target.operation}"` : undefined]
    .filter(Boolean)
    .join(' ')
  let hint = ''
  if (w.target?.ruleId && !ruleIds.includes(w.target.ruleId)) {
    const guess = closest(w.target.ruleId, ruleIds) ?? (ruleIds.length === 1 ? ruleIds[0] : undefined)
    if (guess) hint = ` Did you mean \`${guess}\`?`
  } else if (w.target?.operation && !operations.includes(w.target.operation)) {
    const guess =
      closest(w.target.operation, operations) ?? (operations.length === 1 ? operations[0] : undefined)
    if (guess) hint = ` Did you mean "${guess}"?`
  }
  const found =
    findings.length === 0
      ? `${checkId} has no findings at ${short(head)}`
      : `the findings at ${short(head)} are ${ruleIds.length > 0 ? ruleIds.map((r) => `\`${r}\``).join(', ') : 'not per rule'}`
  return `Matches no finding of ${checkId} (${target}); ${found}.${hint}`
}
