import type { Finding, Report } from '../../engine/types.js'
import { jsonText } from '../shared/json.js'
import { judgedLine } from '../shared/labels.js'

/**
 * The JSON object of DESIGN.md (`verdict`, `checks[].{id,status,summary,findings,waiver}`) with
 * extra fields that never change those fields' meaning.
 */
export function toJson(report: Report): object {
  return {
    verdict: report.verdict,
    outcome: report.outcome,
    mode: report.mode,
    event: report.event,
    base: report.base,
    mergeBase: report.mergeBase ?? report.base,
    head: report.head,
    configuration: report.configuration ?? 'unknown',
    judged: judgedLine(report),
    notices: report.notices ?? [],
    ...(report.subject ? { subject: report.subject } : {}),
    ...(report.basis ? { basis: report.basis } : {}),
    blocking: report.blocking,
    checks: report.checks.map((check) => ({
      id: check.id,
      title: check.title,
      status: check.status,
      level: check.level,
      blocking: check.blocking,
      summary: check.summary,
      findings: check.findings.map(cleanFinding),
      waiver: check.waiver,
      ...(check.exemption ? { exemption: check.exemption } : {}),
      docs: check.docsUrl
    })),
    waivers: report.waivers
  }
}

/**
 * A finding without its `undefined` fields (and with its own copy of `waived`): what the JSON
 * report and the evaluation record store.
 */
export function cleanFinding(finding: Finding): Finding {
  const clean = Object.fromEntries(
    Object.entries(finding).filter(([, value]) => value !== undefined)
  ) as unknown as Finding
  if (finding.waived) clean.waived = { ...finding.waived }
  return clean
}

export function renderJson(report: Report): string {
  return jsonText(toJson(report))
}
