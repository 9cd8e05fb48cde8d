import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-pattern-property-added',
  level: 'breaking',
  description: 'Request body patternProperties added.',
  kinds: ['pattern-property-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
