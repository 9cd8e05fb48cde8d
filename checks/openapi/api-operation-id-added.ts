import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-operation-id-added',
  level: 'info',
  description: 'An operationId was added.',
  kinds: ['api-operation-id-added'],
  oasdiff: 'info'
})
