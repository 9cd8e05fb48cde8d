import type { additionalPropertiesKinds } from './schema-additional-properties.js'
import type { boundKinds } from './schema-bounds.js'
import type { discriminatorKinds } from './schema-discriminator.js'
import type { defaultKinds } from './schema-default.js'
import type { enumKinds } from './schema-enum.js'
import type { keywordKinds } from './schema-keywords.js'
import type { patternKinds } from './schema-pattern.js'
import type { propertyKinds } from './schema-properties.js'
import type { typeKinds } from './schema-type.js'
import type { variantKinds } from './schema-variants.js'
import type { documentKinds } from './document.js'
import type { lifecycleKinds } from './operation-lifecycle.js'
import type { operationKinds } from './operations.js'
import type { parameterKinds } from './parameters.js'
import type { requestBodyKinds } from './request-body.js'
import type { responseKinds } from './responses.js'
import type { securityKinds } from './security.js'
import type { securityComponentKinds } from './security-components.js'
import type { webhookKinds } from './webhooks.js'

/**
 * Every kind of change the detectors report: one union, declared next to each family's detector
 * and shared by the detectors, the rule catalogue and the tests.
 */
type KindOf<T extends ReadonlyArray<{ kind: string }>> = T[number]['kind']

/** A change inside a schema, reported once per direction and subject (`request-property-…`). */
export type SchemaKind =
  | KindOf<typeof typeKinds>
  | KindOf<typeof enumKinds>
  | KindOf<typeof boundKinds>
  | KindOf<typeof patternKinds>
  | KindOf<typeof defaultKinds>
  | KindOf<typeof keywordKinds>
  | KindOf<typeof additionalPropertiesKinds>
  | KindOf<typeof variantKinds>
  | KindOf<typeof discriminatorKinds>
  | (typeof propertyKinds)[number]

/** A change to an operation, a webhook or a whole document. */
export type OperationKind =
  | (typeof operationKinds)[number]
  | (typeof lifecycleKinds)[number]
  | (typeof parameterKinds)[number]
  | (typeof requestBodyKinds)[number]
  | (typeof responseKinds)[number]
  | (typeof securityKinds)[number]
  | (typeof securityComponentKinds)[number]
  | (typeof webhookKinds)[number]
  | (typeof documentKinds)[number]

export type ChangeKind = SchemaKind | OperationKind
