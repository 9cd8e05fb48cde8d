import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-pattern-changed',
  level: 'info',
  description: 'Response property pattern changed.',
  kinds: ['pattern-changed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
