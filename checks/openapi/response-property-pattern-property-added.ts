import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-pattern-property-added',
  level: 'info',
  description: 'Response property patternProperties added.',
  kinds: ['pattern-property-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
