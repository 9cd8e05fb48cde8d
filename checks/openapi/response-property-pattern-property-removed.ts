import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-pattern-property-removed',
  level: 'breaking',
  description: 'Response property patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
