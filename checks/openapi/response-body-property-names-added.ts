import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-property-names-added',
  level: 'info',
  description: 'Response body propertyNames added.',
  kinds: ['property-names-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
