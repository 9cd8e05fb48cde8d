import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-default-value-added',
  level: 'info',
  description: 'Response property default value set.',
  kinds: ['default-value-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
