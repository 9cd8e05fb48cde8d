import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-pattern-removed',
  level: 'info',
  description: 'Request property pattern removed.',
  kinds: ['pattern-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
