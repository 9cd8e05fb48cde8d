import type { OperationModel, SchemaRef } from '../model.js'
import type { Loc } from '../pointer.js'
import type { ChangeKind, OperationKind } from './change-kinds.js'
import type { Direction, Subject } from './rule-def.js'
import type { DeprecationPolicy } from './sunset.js'

/** One difference between two documents, before a rule gives it an id and a level. */
export interface ApiChange {
  kind: ChangeKind
  /** For schema and parameter changes: request (contravariant) or response (covariant). */
  direction?: Direction
  subject?: Subject
  /** `METHOD /path` as written in the head (or, when removed, the base) document. */
  operation?: string
  loc: Loc
  /** Which document `loc` points into. */
  side: 'base' | 'head'
  /** What changed, in words, with the place (property path, media type, status). */
  detail: string
  /** The operation is `x-stability-level: draft` or `alpha` in the base: breaking changes are allowed. */
  unstable?: boolean
}

/** Two versions of one operation, and what an operation family detector may do. */
export interface OperationPair {
  bo: OperationModel
  ho: OperationModel
  /** "Today", for sunset dates. */
  now: Date
  /** Days a deprecation must last before its sunset, by stability; undefined: no policy. */
  deprecation?: DeprecationPolicy
  at(
    kind: OperationKind,
    detail: string,
    loc: Loc,
    extra?: { direction?: Direction; subject?: Subject }
  ): void
  /** Compares two schemas of the operation and reports their changes, described with `label`. */
  schemas(
    b: SchemaRef | undefined,
    h: SchemaRef | undefined,
    direction: Direction,
    subject: Subject,
    label: string,
    wire?: boolean
  ): void
}

export type OperationDetector = (pair: OperationPair) => void
