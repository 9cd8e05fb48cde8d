import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-pattern-property-added',
  level: 'info',
  description: 'Response body patternProperties added.',
  kinds: ['pattern-property-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
