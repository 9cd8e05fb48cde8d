import type { CheckReport, Report } from '../../engine/types.js'

/** Actions shows at most this many error (and warning) annotations per step. */
export const ANNOTATION_LIMIT = 10

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  title: string
  message: string
  file?: string
  startLine?: number
  startColumn?: number
}

export interface AnnotationPlan {
  annotations: Annotation[]
  /** One notice about the findings that did not fit, or undefined when all fit. */
  overflow?: Annotation
}

function levelOf(check: CheckReport, severity: AnnotationLevel | undefined): AnnotationLevel | undefined {
  if (check.waiver) return undefined
  if (check.status === 'fail' || check.status === 'error') {
    return severity ?? (check.level === 'error' ? 'error' : 'warning')
  }
  if (check.status === 'warn') return severity === 'notice' ? 'notice' : 'warning'
  return undefined
}

/**
 * The annotations to write for a report, within Actions' limit of `limit` errors and `limit`
 * warnings per step (blocking checks first): whatever does not fit is counted in one notice that
 * points to the job summary. Waived findings and passing checks are not annotated.
 */
export function planAnnotations(
  report: Report,
  limit = ANNOTATION_LIMIT,
  /** Slots kept for the step's own messages (the NO-GO failure, the advisory warning, notices). */
  reserved: Partial<Record<AnnotationLevel, number>> = {}
): AnnotationPlan {
  const candidates: Annotation[] = []
  const ordered = [...report.checks].sort((a, b) => Number(b.blocking) - Number(a.blocking))
  for (const check of ordered) {
    const findings = check.findings.length > 0 ? check.findings : [{ message: check.summary }]
    for (const finding of findings) {
      if ('waived' in finding && finding.waived) continue
      const level = levelOf(check, 'severity' in finding ? finding.severity : undefined)
      if (!level) continue
      const annotation: Annotation = {
        level,
        title: `release-readiness: ${check.id}`,
        message: finding.message
      }
      if ('file' in finding && finding.file) {
        annotation.file = finding.file
        if (finding.line) annotation.startLine = finding.line
        if (finding.line && finding.column) annotation.startColumn = finding.column
      }
      candidates.push(annotation)
    }
  }
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  const dropped: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  // One notice slot is kept for the overflow summary.
  const room = (level: AnnotationLevel): number =>
    limit - (reserved[level] ?? 0) - (level === 'notice' ? 1 : 0)
  for (const annotation of candidates) {
    if (used[annotation.level] < room(annotation.level)) {
      used[annotation.level]++
      annotations.push(annotation)
    } else dropped[annotation.level]++
  }
  const total = dropped.error + dropped.warning + dropped.notice
  if (total === 0) return { annotations }
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((level) => dropped[level] > 0)
    .map((level) => `${dropped[level]} ${level}${dropped[level] === 1 ? '' : 's'}`)
  return {
    annotations,
    overflow: {
      level: 'notice',
      title: 'release-readiness: more findings',
      message: `${total} more finding(s) (${parts.join(', ')}) are not annotated here: GitHub shows ${limit} of each kind per step. The job summary lists them all.`
    }
  }
}
