import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-then-added',
  level: 'info',
  description: 'Response property then added.',
  kinds: ['then-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
