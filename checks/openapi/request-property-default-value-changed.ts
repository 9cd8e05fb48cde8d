import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-default-value-changed',
  level: 'info',
  description: 'Request property default value changed.',
  kinds: ['default-value-changed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
