import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-pattern-property-removed',
  level: 'info',
  description: 'Request body patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
