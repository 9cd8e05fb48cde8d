import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-property-names-added',
  level: 'info',
  description: 'Response header propertyNames added.',
  kinds: ['property-names-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
