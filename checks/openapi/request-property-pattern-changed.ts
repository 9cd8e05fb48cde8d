import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-pattern-changed',
  level: 'warning',
  description: 'Request property pattern changed.',
  kinds: ['pattern-changed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'warn'
})
