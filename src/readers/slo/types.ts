/** The SLO formats slo-defined reads. */
export type SloFormat =
  | 'openslo/v1'
  | 'openslo/v1alpha'
  | 'sloth/prometheus-v1'
  | 'sloth/kubernetes'
  | 'slo-generator/v1'
  | 'slo-generator/v2'
  | 'pyrra'
  | 'nobl9'

/** A target as the document writes it: a ratio (0.999) or a percentage (99.9). */
export interface RawTarget {
  value: unknown
  scale: 'ratio' | 'percent'
  /** The key it was read from, for messages (`objectives[0].target`). */
  field: string
  line: number
}

/** One SLO as read from a document, before validation. */
export interface SloCandidate {
  format: SloFormat
  name: string
  service?: string
  targets: RawTarget[]
  /** Human-readable window ("28d rolling"), or undefined when the document has none. */
  window?: string
  windowProblem?: string
  windowLine: number
  /** Short description of the indicator, or undefined when missing. */
  indicator?: string
  /** Name of a separate SLI document the indicator refers to (OpenSLO `indicatorRef`). */
  indicatorRef?: string
  indicatorLine: number
  alerting?: string
  file: string
  line: number
}

/** A valid SLO, normalised across formats. `target` is a percentage strictly between 0 and 100. */
export interface Slo {
  format: SloFormat
  service?: string
  name: string
  target: number
  window: string
  indicator: string
  alerting?: string
  file: string
  line: number
}

/** What is wrong with one SLO document. */
export interface SloProblem {
  file: string
  line: number
  message: string
  name?: string
  service?: string
}

export type Obj = Record<string, unknown>
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined
