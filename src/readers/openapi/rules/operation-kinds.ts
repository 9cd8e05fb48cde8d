import type { OperationKind } from './change-kinds.js'
import { documentKinds } from './document.js'
import { lifecycleKinds } from './operation-lifecycle.js'
import { operationKinds } from './operations.js'
import { parameterKinds } from './parameters.js'
import { requestBodyKinds } from './request-body.js'
import { responseKinds } from './responses.js'
import { securityKinds } from './security.js'
import { securityComponentKinds } from './security-components.js'
import { webhookKinds } from './webhooks.js'

/** Every operation, webhook and document kind at run time (the schema kinds are `schemaKindDefs`). */
export const operationKindList: readonly OperationKind[] = [
  ...operationKinds,
  ...lifecycleKinds,
  ...parameterKinds,
  ...requestBodyKinds,
  ...responseKinds,
  ...securityKinds,
  ...securityComponentKinds,
  ...webhookKinds,
  ...documentKinds
]
