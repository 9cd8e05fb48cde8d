import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-if-added',
  level: 'info',
  description: 'Response property if added.',
  kinds: ['if-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
