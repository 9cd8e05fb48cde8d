import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-default-value-changed',
  level: 'info',
  description: 'Response property default value changed.',
  kinds: ['default-value-changed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
