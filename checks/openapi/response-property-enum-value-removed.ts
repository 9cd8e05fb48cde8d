import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-enum-value-removed',
  level: 'info',
  description: 'Response property enum value removed.',
  kinds: ['enum-value-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
