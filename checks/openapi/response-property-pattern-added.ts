import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-pattern-added',
  level: 'info',
  description: 'Response property pattern set.',
  kinds: ['pattern-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
