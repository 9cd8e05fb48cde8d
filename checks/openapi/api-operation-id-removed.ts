import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-operation-id-removed',
  level: 'warning',
  description: 'An operationId was removed or changed: generated clients rename the method.',
  kinds: ['api-operation-id-removed'],
  oasdiff: 'info',
  differences:
    'oasdiff reports this as info. A changed operationId renames methods in generated clients, which fails their build, so we warn.'
})
