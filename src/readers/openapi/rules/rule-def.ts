import type { ChangeKind, SchemaKind } from './change-kinds.js'

export type RuleLevel = 'breaking' | 'warning' | 'info'
/** Request changes are judged contravariantly, response changes covariantly. */
export type Direction = 'request' | 'response'
/**
 * Where a schema change sits: the root of a body, a parameter or a header, a property inside one,
 * or (for type changes) a property of an object parameter such as a `deepObject` query parameter.
 */
export type Subject = 'body' | 'property' | 'parameter' | 'header' | 'parameter-property'

export const B = 'breaking'
export const W = 'warning'
export const I = 'info'

/**
 * A schema change kind and its level in each direction (`null`: never reported in that direction).
 * The catalogue turns one into a rule per subject: `request-property-max-length-decreased`…
 */
export interface SchemaKindDecl {
  kind: string
  /** The phrase after the subject in the description: "max length decreased". */
  phrase: string
  request: RuleLevel | null
  response: RuleLevel | null
  /** Levels for one direction and subject that differ from the two above. */
  overrides?: Partial<Record<`${Direction}|${Subject}`, RuleLevel>>
}

/** A declared schema kind, once the union of kinds is known. */
export interface SchemaKindDef extends SchemaKindDecl {
  kind: SchemaKind
}

/** A rule with its own id: the operation-level rules and the property-level ones. */
export interface RuleDef {
  id: string
  kinds: readonly ChangeKind[]
  level: RuleLevel
  description: string
  direction?: Direction
  subject?: Subject
}

/** Where a rule's change sits, when it has a direction and subject of its own. */
export type RulePlace = Pick<RuleDef, 'direction' | 'subject'>

/** A rule whose id is also its one change kind (the operation, parameter, body and response rules). */
export function ownKindRule(
  id: ChangeKind,
  level: RuleLevel,
  description: string,
  place: RulePlace = {}
): RuleDef {
  return { id, kinds: [id], level, description, ...place }
}
