import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-pattern-property-removed',
  level: 'breaking',
  description: 'Response body patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
