import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-contains-added',
  level: 'info',
  description: 'Response property contains added.',
  kinds: ['contains-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
