import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-pattern-property-added',
  level: 'breaking',
  description: 'Request property patternProperties added.',
  kinds: ['pattern-property-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
