import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-pattern-property-removed',
  level: 'info',
  description: 'Request property patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
