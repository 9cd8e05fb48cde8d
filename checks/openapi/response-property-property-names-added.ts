import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-property-names-added',
  level: 'info',
  description: 'Response property propertyNames added.',
  kinds: ['property-names-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
