import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-else-added',
  level: 'info',
  description: 'Response property else added.',
  kinds: ['else-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
